package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.text.FoldedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence attributed to a cited source (بحسب / وفقا ل / نقلا عن / وفق ما; not to figures: {@code
 * cited-data-ar.txt}), as a reported clause whose "verb" is the citing words. Split from {@link QuoteFinder};
 * stateless, thread-safe.
 */
final class CitedSources {
    private CitedSources() {
    }

    /**
     * A sentence attributed to a cited source (وقتل 21 شخصا، بحسب وزارة الداخلية / وبحسب المرصد، فإن …): the
     * statement is the sentence before the source, or the words after the source's name when it opens the sentence;
     * the source's words (up to a comma) are where its name is looked for.
     */
    static java.util.Optional<ReportedClause> cited(FoldedText text, int sentenceStart, List<DirectQuotes.Quoted> direct) {
        String folded = text.folded();
        Matcher m = CITED.matcher(folded);
        if (!m.find()) {
            m = JOINED.matcher(folded);
            if (!m.find() || !speakerNoun(folded.substring(m.end(), wordEnd(folded, m.end())))) {
                return java.util.Optional.empty();
            }
        }
        if (DirectQuotes.insideDirect(sentenceStart + text.originalStart(m.start()), direct)) {
            return java.util.Optional.empty();
        }
        // وفقا لوكالة …: the ل written onto the source belongs to the cue (not an addressee's لـ); لل (للجيش) stays,
        // read as the article.
        int cueEnd = m.end() < folded.length() && folded.charAt(m.end()) == 'ل' && !folded.startsWith("لل", m.end())
                ? m.end() + 1 : m.end();
        int cueStart = m.start();
        int next = wordStart(folded, cueEnd);
        if (next >= 0) {
            String w = folded.substring(next, wordEnd(folded, next));
            if (Lexicon.CITED_DATA.contains(w) || (w.startsWith("ل") && Lexicon.CITED_DATA.contains(w.substring(1)))) {
                return java.util.Optional.empty(); // وفق بيانات رسمية: figures, not a speaker.
            }
        }
        int comma = indexOfAny(folded, cueEnd, "،,");
        int sourceEnd = comma < 0 ? folded.length() : comma;
        int from;
        int to;
        boolean saysAfter = comma >= 0 && THEN.matcher(folded).region(comma + 1, folded.length()).lookingAt();
        int wordsBefore = words(folded.substring(0, cueStart));
        int[] cut = wordsBefore < MIN_QUOTE_WORDS ? sourceCut(text, cueEnd, sourceEnd) : null;
        if (cut != null) {
            // وبحسب الوزارة فإن … / ووفقا لـ "رويترز" انخفض …: no comma, the source ends at فإن or at its closing mark.
            sourceEnd = cut[0];
            from = cut[1];
            to = folded.length();
        } else if (!saysAfter && wordsBefore >= MIN_QUOTE_WORDS) {
            from = 0;
            to = cueStart;
        } else if (!saysAfter && wordsBefore > 0 && folded.indexOf(':', cueEnd) < 0
                && !folded.substring(comma < 0 ? folded.length() : comma).matches("(?s).*[«»“”\"].*")) {
            // وتتحدر الشابة، وفق ما ذكرت شبكة …، من قرية …: the source cuts the sentence; the whole of it is reported
            // (not when words follow in marks or after a colon: وتابع فلان وفقا لما نقلته الوكالة: "…" is direct).
            from = 0;
            to = folded.length();
        } else if (comma >= 0) {
            Matcher that = THAT.matcher(folded).region(comma, folded.length());
            Matcher then = THEN.matcher(folded).region(comma + 1, folded.length());
            from = that.lookingAt() || (that.find() && folded.substring(comma, that.start()).replaceAll("[\\s،,ف]", "").isEmpty())
                    ? that.end() : then.lookingAt() ? then.end() : comma + 1;
            to = folded.length();
        } else {
            return java.util.Optional.empty();
        }
        if (from > cueStart && opensWithSpeechVerb(folded, from)) {
            return java.util.Optional.empty(); // وبحسب «رويترز»، قال فلان: «…»: the sentence names its own speaker.
        }
        int start = sentenceStart + text.originalStart(from);
        int end = sentenceStart + (to == folded.length() ? text.original().length() : text.originalStart(to));
        if (to == cueStart && DirectQuotes.insideDirect(start, direct)) {
            // وقال الحريري: "… سوريا. هذا ما توصلنا إليه"، بحسب بيان لمكتبه: the words before the source close a direct
            // quotation opened in an earlier sentence; the source relays that quotation, which is read already.
            return java.util.Optional.empty();
        }
        if (to == cueStart && quotedAfterSpeechVerb(text, sentenceStart, direct, start, end)) {
            // وأضافت: «بالطبع قد يصبح الوضع خطيرا …»، حسب «رويترز»: the agency relays words a speech verb put in marks;
            // they are the speaker's own quotation, read as one, not the agency's report (words in marks inside the
            // agency's own sentence, ويتحصن المقاتلون … و"إن كانوا …"، وفق ما يقول فلان, stay its report).
            return java.util.Optional.empty();
        }
        if (words(text.original().substring(start - sentenceStart, end - sentenceStart)) < MIN_QUOTE_WORDS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReportedClause(0, text, sentenceStart, cueStart, cueEnd, sourceEnd, sourceEnd, start, end, true));
    }

    /**
     * Whether a direct quotation opens between {@code start} and {@code end} (paragraph offsets) after a speech verb
     * of the same words (وأضافت: «…»).
     */
    private static boolean quotedAfterSpeechVerb(FoldedText text, int sentenceStart, List<DirectQuotes.Quoted> direct,
                                                 int start, int end) {
        for (DirectQuotes.Quoted q : direct) {
            if (q.marks().start() >= start && q.marks().start() < end) {
                String before = text.original().substring(start - sentenceStart, q.marks().start() - sentenceStart);
                Matcher w = LETTERS.matcher(dev.marsad.text.ArabicNormalizer.fold(before));
                while (w.find()) {
                    if (Lexicon.isSpeechVerb(w.group())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the first word at or after {@code from} is a speech verb (قال، أكد). */
    private static boolean opensWithSpeechVerb(String folded, int from) {
        int w = wordStart(folded, from);
        return w >= 0 && Lexicon.isSpeechVerb(folded.substring(w, wordEnd(folded, w)));
    }

    /** وبحسب المرصد، فإن … / فقد …: the source's words come after it. */
    private static final Pattern THEN = Pattern.compile("\\s*ف(?:ان(?:ه|ها|هم|هما)?|قد)?(?![\\p{L}])");

    /** ووفقا للتقرير / وفقا لوكالة …: ل written onto the source's noun (the match ends before that word). */
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}])و?وفقا (?=ل\\p{L})");

    /**
     * Whether a word written with ل after وفقا names a source that speaks (لوكالة، للتقرير، للجيش، لمصادر), not a rule
     * or plan acted on (وفقا للقانون، وفقا للخطة): a body's or outlet's head noun, a body that speaks, a finding, a
     * statement (وفقا للبيان الذي أصدرته الوزارة) or an unnamed source.
     */
    private static boolean speakerNoun(String joined) {
        String w = joined.startsWith("لل") ? "ا" + joined.substring(1) : joined.substring(1);
        String bare = w.startsWith("ال") ? w.substring(2) : w;
        if (Lexicon.CITED_DATA.contains(w) || Lexicon.CITED_DATA.contains(bare)) {
            return false; // وفقا للبيانات: figures, not a speaker.
        }
        return Lexicon.SPEAKER_HEADS.contains(w) || Lexicon.SPEAKER_HEADS.contains("ال" + bare)
                || SpeakerWords.MEDIA_HEADS.contains(bare) || Lexicon.SPEAKING_BODIES.contains(w)
                || StudyMakers.NOUNS.contains(bare) || Lexicon.UNNAMED_SPEAKERS.contains(bare) || bare.equals("بيان");
    }

    /** فإن / فأن / فقد as a word of its own (the hamza of فإن checked on the written text: فان is also a name). */
    private static final Pattern THEN_WORD = Pattern.compile("(?<![\\p{L}])ف(?:ان(?:ه|ها|هم|هما)?|قد)(?![\\p{L}])");

    /**
     * Where a source opening its sentence ends when no comma closes it, and where its words start: at فإن/فقد after
     * the source's name (وبحسب الوزارة فإن الإجراء …), or after a name in marks right after the cue (ووفقا لـ
     * "رويترز" انخفض …); null when neither, or fewer than {@value QuoteText#MIN_QUOTE_WORDS} words follow.
     */
    private static int[] sourceCut(FoldedText text, int cueEnd, int sourceEnd) {
        String folded = text.folded();
        Matcher then = THEN_WORD.matcher(folded).region(cueEnd, sourceEnd);
        while (then.find()) {
            boolean written = then.group().startsWith("فق")
                    || "إأ".indexOf(text.original().charAt(Math.min(text.original().length() - 1, text.originalStart(then.start() + 1)))) >= 0;
            if (written && words(folded.substring(cueEnd, then.start())) > 0 && words(folded.substring(then.end())) >= MIN_QUOTE_WORDS) {
                return new int[] {then.start(), then.end()};
            }
        }
        int k = cueEnd;
        while (k < sourceEnd && Character.isWhitespace(folded.charAt(k))) {
            k++;
        }
        if (k < sourceEnd && "\"«“".indexOf(folded.charAt(k)) >= 0) {
            int close = indexOfAny(folded, k + 1, "\"»”");
            if (close > k + 1 && close < sourceEnd && words(folded.substring(close + 1)) >= MIN_QUOTE_WORDS) {
                return new int[] {close + 1, close + 1};
            }
        }
        return null;
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
