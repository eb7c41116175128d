package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation finding, the first half of the quote stage: where the quotations of an article are, in text order,
 * with what their speaker resolution needs ({@link QuoteCandidate}), and no speaker yet.
 * <ul>
 *   <li>Direct: text inside «», “”, or straight double quotes, at least {@value QuoteText#MIN_QUOTE_WORDS} words
 *       (shorter quoted words are scare quotes); a quote left open runs to the end of its paragraph.</li>
 *   <li>ReportedClause: an attribution verb ({@code attribution-verbs-ar.txt}, participles included) followed by إن/أن;
 *       each verb opens its own clause, which runs to the next one.</li>
 *   <li>Cited: a sentence attributed with بحسب / وفقا ل / نقلا عن / وفق ما (not to figures: {@code cited-data-ar.txt}).</li>
 * </ul>
 * Stateless; thread-safe.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The quotations of {@code text}, paragraph by paragraph, in text order. */
    static List<QuoteCandidate> find(String text) {
        List<QuoteCandidate> out = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                quotesIn(paragraph, paragraphStart, out);
            }
            paragraphStart += paragraph.length() + 1;
        }
        return out;
    }
    private static final Pattern QUOTED = Pattern.compile("«([^»]+)(?:»|$)|“([^”]+)(?:”|$)|\"([^\"]+)(?:\"|$)");

    /** A quotation in a sentence without a speech verb is one only from this many words (shorter: a name, a slogan). */
    private static final int MIN_VERBLESS_QUOTE_WORDS = 6;

    /** ReportedClause speech: at most this many words between the verb and إن/أن (titles and times may stand there). */
    private static final int MAX_WORDS_TO_THAT = 20;

    /**
     * The quotations of one paragraph in text order, sentence by sentence: direct quotes where quotation marks
     * are, reported speech (قال … إن، مضيفا أن، بحسب …) in the same sentences, each speech verb opening its own
     * clause; a direct quote inside a reported clause is part of it (وقال إنه "ينفي بشدة" …), and a reported
     * clause that opens with a quotation mark is that direct quote (قال: "إن …"). Events are read in text order so
     * that a continuation (وأضاف:) follows whichever came just before it.
     */
    private static void quotesIn(String p, int offset, List<QuoteCandidate> out) {
        List<int[]> direct = directQuotes(p);
        int next = 0;
        int cursor = 0;
        for (Span s : SentenceSplitter.split(p)) {
            List<ReportedClause> reported = new ArrayList<>();
            java.util.Map<int[], ReportedClause> opening = new java.util.IdentityHashMap<>();
            for (ReportedClause r : reportedIn(s.of(p), s.start(), direct)) {
                int[] q = quoteOpening(p, r.statementStart(), direct);
                if (q == null) {
                    reported.add(r);
                } else {
                    opening.put(q, r); // قال فلان إن «…»: a direct quote whose speaker is the clause's.
                }
            }
            int r = 0;
            while (next < direct.size() && direct.get(next)[0] < s.end()) {
                int[] q = direct.get(next++);
                while (r < reported.size() && reported.get(r).statementStart() <= q[0]) {
                    out.add(new QuoteCandidate.Reported(reported.get(r++), p, offset));
                }
                if (isNameInMarks(p, q)) {
                    continue; // شبكة "سي إن إن"، مصادر "سكاي نيوز عربية": a name in marks, not a quotation.
                }
                if (inSpeakerWords(q, reported, opening.values())) {
                    cursor = q[1]; // وأوضح مراسل "سكاي نيوز عربية" أن …: a name in marks among the speaker's words.
                    continue;
                }
                if (opening.containsKey(q)) {
                    out.add(new QuoteCandidate.Opening(opening.get(q), offset, p.substring(q[2], q[3]).strip()));
                } else if (!insideReported(q, reported)) {
                    direct(p, offset, Math.max(cursor, Math.min(s.start(), q[0])), q, out);
                }
                cursor = q[1];
            }
            while (r < reported.size()) {
                out.add(new QuoteCandidate.Reported(reported.get(r++), p, offset));
            }
        }
        while (next < direct.size()) {
            int[] q = direct.get(next++);
            direct(p, offset, cursor, q, out);
            cursor = q[1];
        }
    }

    /**
     * The direct quote that starts where the statement starts (only spaces or a colon between), or null. Quotes are
     * in text order, so only the first at or after the statement can be it: words before it stand before any later
     * one too (a binary search, not a scan of the paragraph's quotes, which made long inputs quadratic, issue 12).
     */
    private static int[] quoteOpening(String p, int statementStart, List<int[]> direct) {
        int i = firstStartingAtOrAfter(direct, statementStart);
        if (i == direct.size()) {
            return null;
        }
        int[] q = direct.get(i);
        for (int k = statementStart; k < q[0]; k++) {
            char c = p.charAt(k);
            if (c != ':' && !Character.isWhitespace(c)) {
                return null;
            }
        }
        return q;
    }

    /** The first of the quotes (in text order) starting at or after {@code at}, or their count. */
    private static int firstStartingAtOrAfter(List<int[]> direct, int at) {
        int lo = 0;
        int hi = direct.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (direct.get(mid)[0] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when a quotation stands between a reported clause's verb and its إن/أن, among the speaker's words. */
    private static boolean inSpeakerWords(int[] q, List<ReportedClause> reported, java.util.Collection<ReportedClause> opening) {
        for (List<ReportedClause> all : List.of(reported, List.copyOf(opening))) {
            for (ReportedClause r : all) {
                int verbAt = r.sentenceStart() + r.sentence().originalEnd(r.verbEnd());
                int thatAt = r.sentenceStart() + r.sentence().originalStart(r.thatStart());
                if (!r.cited() && q[0] >= verbAt && q[1] <= thatAt) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Media, group and source nouns after which a short span in marks is a name (وكالة "الأناضول"، مصادر "سكاي نيوز"). */
    private static final java.util.Set<String> NAME_IN_MARKS_HEADS = java.util.stream.Stream.of("وكالة", "صحيفة", "قناة", "موقع",
            "شبكة", "مجلة", "إذاعة", "أنباء", "تنظيم", "حركة", "جماعة", "حزب", "منظمة", "فرقة", "شركة", "مجموعة", "برنامج")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A span of at most four words in marks right after a media, group or source noun: a name, not a quotation. */
    private static boolean isNameInMarks(String p, int[] q) {
        if (words(p.substring(q[2], q[3])) > 4) {
            return false;
        }
        int end = q[0];
        while (end > 0 && p.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(p.charAt(start - 1))) {
            start--;
        }
        String w = ArabicNormalizer.fold(p.substring(start, end));
        return start < end && (NAME_IN_MARKS_HEADS.contains(w) || Lexicon.UNNAMED_SPEAKERS.contains(w));
    }

    private static boolean insideReported(int[] q, List<ReportedClause> reported) {
        for (ReportedClause r : reported) {
            if (q[0] > r.statementStart() && q[0] < r.statementEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Direct quotes of at least {@value #MIN_QUOTE_WORDS} words: match start and end, text start and end. */
    private static List<int[]> directQuotes(String p) {
        List<int[]> out = new ArrayList<>();
        // Without a quotation mark there is no direct quote: the pattern need not be tried at every char.
        if (p.indexOf('«') < 0 && p.indexOf('“') < 0 && p.indexOf('"') < 0) {
            return out;
        }
        Matcher m = QUOTED.matcher(p);
        while (m.find()) {
            int g = firstGroupIndex(m);
            if (words(m.group(g)) >= MIN_QUOTE_WORDS) {
                out.add(new int[] {m.start(), m.end(), m.start(g), m.end(g)});
            }
        }
        return out;
    }

    /**
     * One direct quote {@code q}; {@code from} is where the text that may name its speaker starts (the start of its
     * sentence, or the end of the quote before it in that sentence). Words in marks in a sentence without a speech
     * verb or a cited source are a quotation only when long (بالتحقيق في "الانتهاكات ضد المدنيين" is a name).
     */
    private static void direct(String p, int offset, int from, int[] q, List<QuoteCandidate> out) {
        String before = p.substring(from, q[0]);
        boolean opens = before.isBlank();
        String afterFolded = ArabicNormalizer.fold(p.substring(q[1], sentenceEnd(p, q[1])));
        boolean verbless = !opens && lastVerbEnd(ArabicNormalizer.fold(before)) < 0 && verbEnd(afterFolded, 0) < 0
                && citedAfter(afterFolded) < 0;
        if (verbless && words(p.substring(q[2], q[3])) < MIN_VERBLESS_QUOTE_WORDS) {
            return;
        }
        out.add(new QuoteCandidate.Direct(p, offset, from, q[0], q[1], q[2], q[3], opens, verbless));
    }


    /**
     * The reported clauses of one sentence: each attribution verb outside a quotation followed, before the next
     * verb and within {@value #MAX_WORDS_TO_THAT} words, by إن/أن/بأن; the clause runs to the next such verb.
     */
    private static List<ReportedClause> reportedIn(String sentence, int sentenceStart, List<int[]> direct) {
        FoldedText text = FoldedText.of(sentence);
        String folded = text.folded();
        List<int[]> verbs = new ArrayList<>();
        for (int start = wordStart(folded, 0); start >= 0; ) {
            int end = wordEnd(folded, start);
            if ((Lexicon.isSpeechVerb(folded, start, end) || StudyMakers.showsFinding(folded, start, end)) && !insideDirect(sentenceStart + text.originalStart(start), direct)
                    && !SUBORDINATORS.contains(QuoteText.wordBefore(folded, start))) {
                verbs.add(new int[] {start, end});
            }
            start = wordStart(folded, end);
        }
        List<int[]> found = new ArrayList<>(); // verbStart, verbEnd, thatStart, thatEnd
        for (int v = 0; v < verbs.size(); v++) {
            int limit = v + 1 < verbs.size() ? verbs.get(v + 1)[0] : folded.length();
            Matcher that = THAT.matcher(folded).region(verbs.get(v)[1], limit);
            boolean thatFound = that.find();
            while (thatFound && (afterTimeConjunction(folded, that.start()) || isNameAan(text, that.start(), that.end()))) {
                // قال بعد أن رافق …: أن of a time clause reports nothing; قالت آن بوفيرت: آن is a name, not أن.
                thatFound = that.find();
            }
            // وقال … بعد أن رافق كيم في جولة: "…": a colon before إن/أن gives the verb its words there.
            if (thatFound && words(folded.substring(verbs.get(v)[1], that.start())) <= MAX_WORDS_TO_THAT
                    && !colonBefore(folded.substring(verbs.get(v)[1], that.start()))
                    && !insideDirect(sentenceStart + text.originalStart(that.start()), direct)) {
                found.add(new int[] {verbs.get(v)[0], verbs.get(v)[1], that.start(), that.end()});
            }
        }
        List<ReportedClause> out = new ArrayList<>();
        if (found.isEmpty()) {
            cited(text, sentenceStart, direct).ifPresent(out::add);
        }
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            int from = sentenceStart + text.originalEnd(f[3]);
            int toFolded = i + 1 < found.size() ? found.get(i + 1)[0] : folded.length();
            for (int[] verb : verbs) {
                // …، مضيفةً: "لقد …": a speech verb opening its own words in marks or after a colon ends the clause.
                if (verb[0] > f[3] && verb[0] < toFolded && opensOwnWords(text, sentenceStart, verb[1], direct)) {
                    toFolded = verb[0];
                    break;
                }
            }
            int to = sentenceStart + (toFolded == folded.length() ? sentence.length() : text.originalStart(toFolded));
            ReportedClause r = new ReportedClause(i, text, sentenceStart, f[0], f[1], f[2], f[3], from, to, false);
            if (words(sentence.substring(from - sentenceStart, to - sentenceStart)) >= MIN_QUOTE_WORDS) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A sentence attributed to a cited source (وقتل 21 شخصا، بحسب وزارة الداخلية / وبحسب المرصد، فإن …): the
     * statement is the sentence before the source, or the words after the source's name when it opens the sentence;
     * the source's words (up to a comma) are where its name is looked for.
     */
    private static java.util.Optional<ReportedClause> cited(FoldedText text, int sentenceStart, List<int[]> direct) {
        String folded = text.folded();
        Matcher m = CITED.matcher(folded);
        if (!m.find() || insideDirect(sentenceStart + text.originalStart(m.start()), direct)) {
            return java.util.Optional.empty();
        }
        int next = wordStart(folded, m.end());
        if (next >= 0) {
            String w = folded.substring(next, wordEnd(folded, next));
            if (Lexicon.CITED_DATA.contains(w) || (w.startsWith("ل") && Lexicon.CITED_DATA.contains(w.substring(1)))) {
                return java.util.Optional.empty(); // وفق بيانات رسمية: figures, not a speaker.
            }
        }
        int comma = indexOfAny(folded, m.end(), "،,");
        int sourceEnd = comma < 0 ? folded.length() : comma;
        int from;
        int to;
        boolean saysAfter = comma >= 0 && THEN.matcher(folded).region(comma + 1, folded.length()).lookingAt();
        int wordsBefore = words(folded.substring(0, m.start()));
        if (!saysAfter && wordsBefore >= MIN_QUOTE_WORDS) {
            from = 0;
            to = m.start();
        } else if (!saysAfter && wordsBefore > 0 && folded.indexOf(':', m.end()) < 0
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
        int start = sentenceStart + text.originalStart(from);
        int end = sentenceStart + (to == folded.length() ? text.original().length() : text.originalStart(to));
        if (words(text.original().substring(start - sentenceStart, end - sentenceStart)) < MIN_QUOTE_WORDS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReportedClause(0, text, sentenceStart, m.start(), m.end(), sourceEnd, sourceEnd, start, end, true));
    }

    /** وبحسب المرصد، فإن … / فقد …: the source's words come after it. */
    private static final Pattern THEN = Pattern.compile("\\s*ف(?:ان(?:ه|ها|هم|هما)?|قد)?(?![\\p{L}])");

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A colon or a quotation right after a verb (spaces and diacritics between): its own words follow. */
    private static boolean opensOwnWords(FoldedText text, int sentenceStart, int verbEnd, List<int[]> direct) {
        String folded = text.folded();
        int k = verbEnd;
        while (k < folded.length() && (Character.isWhitespace(folded.charAt(k)) || Character.getType(folded.charAt(k)) == Character.NON_SPACING_MARK)) {
            k++;
        }
        if (k < folded.length() && folded.charAt(k) == ':') {
            return true;
        }
        int at = sentenceStart + text.originalStart(Math.min(k, folded.length() - 1));
        for (int[] q : direct) {
            if (q[0] == at) {
                return true; // a quotation of its own (not "156" in أضافت "156" رحلة: too short to be one)
            }
        }
        return false;
    }

    /** After these a speech verb is part of someone's words (عندما يرى الناس أن …), not a new quotation. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.stream.Stream.of("عندما", "حينما", "إذا",
            "اذا", "لو", "كلما").map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** آن (Anne) folds like أن/إن; only the written madda tells the name from the conjunction. */
    private static boolean isNameAan(FoldedText text, int foldedStart, int foldedEnd) {
        return text.original().substring(text.originalStart(foldedStart), text.originalEnd(foldedEnd)).indexOf('\u0622') >= 0;
    }

    /** A colon followed by words: the verb's words start there, and a later أن belongs to them (قال …: "… بعد أن"). */
    private static boolean colonBefore(String between) {
        int colon = between.lastIndexOf(':');
        return colon >= 0 && words(between.substring(colon + 1)) > 0;
    }

    /** Conjunctions that make أن open a time or manner clause, not reported speech. */
    private static final java.util.Set<String> TIME_CONJUNCTIONS = java.util.stream.Stream.of("بعد", "قبل", "منذ", "دون", "بدون", "حتى", "ريثما")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean afterTimeConjunction(String folded, int at) {
        String w = QuoteText.wordBefore(folded, at);
        return TIME_CONJUNCTIONS.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && TIME_CONJUNCTIONS.contains(w.substring(1)));
    }

    /** Whether {@code at} is inside a quote: quotes do not overlap, so only the last starting before it can hold it. */
    private static boolean insideDirect(int at, List<int[]> direct) {
        int last = firstStartingAtOrAfter(direct, at) - 1;
        return last >= 0 && at < direct.get(last)[1];
    }

    private static int firstGroupIndex(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }
}
