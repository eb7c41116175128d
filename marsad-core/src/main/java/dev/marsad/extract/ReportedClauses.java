package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reported speech in one sentence: an attribution verb ({@code attribution-verbs-ar.txt}, participles included)
 * followed by إن/أن, each verb opening its own clause, which runs to the next one; without one, a source cited
 * ({@link CitedSources}). Split from {@link QuoteFinder}; stateless, thread-safe.
 */
final class ReportedClauses {
    private ReportedClauses() {
    }

    /** ReportedClause speech: at most this many words between the verb and إن/أن (titles and times may stand there). */
    private static final int MAX_WORDS_TO_THAT = 20;

    /** A speech verb and the إن/أن after it that opens its clause (folded offsets of the sentence). */
    private record VerbThat(Span verb, Span that) {
    }

    /**
     * The reported clauses of one sentence: each attribution verb outside a quotation followed, before the next
     * verb and within {@value #MAX_WORDS_TO_THAT} words, by إن/أن/بأن; the clause runs to the next such verb.
     */
    static List<ReportedClause> reportedIn(String sentence, int sentenceStart, List<DirectQuotes.Quoted> direct) {
        FoldedText text = FoldedText.of(sentence);
        String folded = text.folded();
        List<Span> verbs = new ArrayList<>();
        for (int start = wordStart(folded, 0); start >= 0; ) {
            int end = wordEnd(folded, start);
            if ((Lexicon.isSpeechVerb(folded, start, end) || StudyMakers.showsFinding(folded, start, end) || cameInText(folded, start, end))
                    && !DirectQuotes.insideDirect(sentenceStart + text.originalStart(start), direct)
                    && !SUBORDINATORS.contains(QuoteText.wordBefore(folded, start)) && !carriedSomewhere(folded, start, end) && !taught(folded, start, end)
                    && !BY_SAYING.equals(folded.substring(start, end))
                    && !(CITING.contains(QuoteText.wordBefore(folded, start)) && !verbs.isEmpty())
                    && !wordsAfterColon(folded, verbs, start, end)) {
                // وأشارت مصادر حسبما أوردت صحيفة "عكاظ"، إلى أنه: a verb after حسبما cites where the words were read;
                // after an earlier speech verb the إن/أن that follows is that verb's. وقال: تضمنت عمليات الإزالة …: a verb
                // right after a speech verb's colon, with no إن/أن of its own, is the first of its words.
                verbs.add(new Span(start, end));
            }
            start = wordStart(folded, end);
        }
        List<VerbThat> found = new ArrayList<>();
        for (int v = 0; v < verbs.size(); v++) {
            int limit = v + 1 < verbs.size() ? verbs.get(v + 1).start() : folded.length();
            Matcher that = THAT.matcher(folded).region(verbs.get(v).end(), limit);
            boolean thatFound = that.find();
            int aside = QuoteText.asideEnd(folded, verbs.get(v).end());
            while (thatFound && (that.start() < aside || afterTimeConjunction(folded, that.start()) || isNameAan(text, that.start(), that.end())
                    || afterAlso(folded, verbs.get(v).end(), that.start()))) {
                // وقال - دون أن يسمي دولا بأسمائها - إن: أن inside an aside after the verb is not its; قال بعد أن رافق …:
                // أن of a time clause reports nothing; قالت آن بوفيرت: آن is a name, not أن; ولم
                // توضح الشركة ما إذا …، كما أنها لم تتوصل: كما أن adds the writer's next clause, not the verb's words.
                thatFound = that.find();
            }
            // وقال … بعد أن رافق كيم في جولة: "…": a colon before إن/أن gives the verb its words there.
            if (thatFound && words(folded.substring(verbs.get(v).end(), that.start())) <= MAX_WORDS_TO_THAT
                    && !colonBefore(folded.substring(verbs.get(v).end(), that.start()))
                    && !DirectQuotes.insideDirect(sentenceStart + text.originalStart(that.start()), direct)) {
                found.add(new VerbThat(verbs.get(v), new Span(that.start(), that.end())));
            } else {
                java.util.Optional<VerbThat> opened = colonClause(text, sentenceStart, verbs.get(v), limit, direct);
                if (opened.isEmpty()) {
                    opened = laqadClause(text, sentenceStart, verbs.get(v), limit, direct);
                }
                if (opened.isEmpty() && !thatFound) {
                    opened = bareContinuation(text, sentenceStart, verbs.get(v), limit, direct);
                }
                opened.ifPresent(found::add);
            }
        }
        List<ReportedClause> out = new ArrayList<>();
        if (found.isEmpty()) {
            CitedSources.cited(text, sentenceStart, direct).ifPresent(out::add);
        } else {
            citedBefore(text, sentenceStart, direct, found.get(0).verb().start()).ifPresent(out::add);
        }
        int kept = 0;
        for (int i = 0; i < found.size(); i++) {
            VerbThat f = found.get(i);
            int from = sentenceStart + text.originalEnd(f.that().end());
            int next = i + 1;
            // وقال المختصون إن الدراسات الأخيرة أشارت إلى أن …: a clause too short to stand alone is the subject of
            // the next verb, whose words it reports; the outer speaker says all of it.
            while (next < found.size() && tooShort(text, sentence, sentenceStart, f, from, found.get(next).verb())) {
                next++;
            }
            int toFolded = next < found.size() ? found.get(next).verb().start() : folded.length();
            for (Span verb : verbs) {
                // …، مضيفةً: "لقد …": a speech verb opening its own words in marks or after a colon ends the clause.
                if (verb.start() > f.that().end() && verb.start() < toFolded && opensOwnWords(text, sentenceStart, verb.end(), direct)) {
                    toFolded = verb.start();
                    break;
                }
            }
            int to = sentenceStart + (toFolded == folded.length() ? sentence.length() : text.originalStart(toFolded));
            // The index counts the clauses kept: after وقال ألتماير إنه متفائل (too short to keep), مشيرا إلى أن … is
            // the sentence's first clause and takes its subject.
            ReportedClause r = new ReportedClause(kept, text, sentenceStart, f.verb().start(), f.verb().end(), f.that().start(),
                    f.that().end(), from, to, false);
            if (words(sentence.substring(from - sentenceStart, to - sentenceStart)) + pronoun(folded, f) >= MIN_QUOTE_WORDS) {
                out.add(r);
                kept++;
                i = next - 1;
            }
        }
        return out;
    }

    /** جاء (came), with و/ف or none: a clause's verb only as "came in" a text ({@link #cameInText}). */
    static final java.util.Set<String> CAME_IN_VERBS = java.util.Set.of("جاء", "وجاء", "فجاء");

    /** Texts that words "came in" ({@code came-in-texts-ar.txt}), folded. */
    private static final java.util.Set<String> CAME_IN_TEXTS = Lexicon.phrases("came-in-texts-ar.txt");

    /**
     * Whether {@code folded[start, end)} is جاء (with و/ف) followed by في and a text (وجاء في بيان لوزارة الخارجية أن،
     * وجاء في البيان أن) or by فيه/فيها: the text says what follows إن/أن, as a speech verb would.
     */
    private static boolean cameInText(String folded, int start, int end) {
        if (!CAME_IN_VERBS.contains(folded.substring(start, end))) {
            return false;
        }
        Matcher m = LETTERS.matcher(folded).region(end, folded.length());
        if (!m.find() || !folded.substring(end, m.start()).isBlank()) {
            return false;
        }
        if (m.group().equals("فيه") || m.group().equals("فيها")) {
            return true;
        }
        int inEnd = m.end();
        if (!m.group().equals("في") || !m.find() || !folded.substring(inEnd, m.start()).isBlank() || !CAME_IN_TEXTS.contains(m.group())) {
            return false;
        }
        // وجاء في بيان: أن …: a text no words qualify, named by no article, says whose it is nowhere; left unread.
        int textEnd = m.end();
        return m.group().startsWith("ال") || m.find() && folded.substring(textEnd, m.start()).isBlank()
                && !THAT_FORMS.contains(m.group());
    }

    /** إن/أن and their pronoun forms, folded: the clause's opening, no word qualifying the text before it. */
    private static final java.util.Set<String> THAT_FORMS = java.util.Set.of("ان", "انه", "انها", "انهم", "بان", "بانه");

    /** وقالت إنها محاولة لشيطنتها: a pronoun on إن/أن is the clause's subject, so it counts as one of its words. */
    private static int pronoun(String folded, VerbThat f) {
        return f.that().length() > (folded.charAt(f.that().start()) == 'ب' ? 3 : 2) ? 1 : 0;
    }

    /**
     * Whether the words from {@code from} (paragraph offset) to the next verb are too few for a clause of their own,
     * so that they are that verb's subject. Not before a participle or a verb joined by و/ف (…، مبينا أن / وشدد على
     * أنه): those open the speaker's next clause, not a report inside this one.
     */
    private static boolean tooShort(FoldedText text, String sentence, int sentenceStart, VerbThat f, int from, Span nextVerb) {
        String verb = text.folded().substring(nextVerb.start(), nextVerb.end());
        if (verb.startsWith("و") || verb.startsWith("ف") || SpeakerCues.isParticiple(verb)) {
            return false;
        }
        int to = text.originalStart(nextVerb.start());
        return to >= from - sentenceStart
                && words(sentence.substring(from - sentenceStart, to)) + pronoun(text.folded(), f) < MIN_QUOTE_WORDS;
    }

    /**
     * وأضاف: فعلى سبيل المثال، إذا … / وقال المتحدث في مؤتمر صحفي: عندما …: a colon after a speech verb (its subject
     * and circumstances between, within {@value #MAX_WORDS_TO_THAT} words) opens the speaker's words without إن/أن or
     * marks — reported speech by the labelling rule ("a clause after a speech verb with إن/أن/بأن or a colon"). Not
     * when a quotation stands in those words (قال: "…" is a direct quote, read as one) or the colon is inside one.
     */
    private static java.util.Optional<VerbThat> colonClause(FoldedText text, int sentenceStart, Span verb, int limit,
                                                            List<DirectQuotes.Quoted> direct) {
        String folded = text.folded();
        int colon = folded.indexOf(':', verb.end());
        while (colon > 0 && Character.isDigit(folded.charAt(colon - 1)) && digitAfter(folded, colon + 1)) {
            colon = folded.indexOf(':', colon + 1); // الساعة 23:59، 59: 11: a time, not the colon that opens words.
        }
        if (colon < 0 || colon >= limit || words(folded.substring(verb.end(), colon)) > MAX_WORDS_TO_THAT
                || words(folded.substring(colon + 1, limit)) < MIN_QUOTE_WORDS
                || DirectQuotes.insideDirect(sentenceStart + text.originalStart(colon), direct)) {
            return java.util.Optional.empty();
        }
        int from = sentenceStart + text.originalEnd(colon);
        int to = sentenceStart + (limit >= folded.length() ? text.original().length() : text.originalStart(limit));
        for (DirectQuotes.Quoted q : direct) {
            if (q.marks().start() >= from && q.marks().start() < to) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new VerbThat(verb, new Span(colon, colon + 1)));
    }

    /**
     * Whether the verb {@code [start, end)} stands right after the colon of the speech verb before it and has no
     * إن/أن of its own within {@value #MAX_WORDS_TO_THAT} words (وقال: تضمنت عمليات الإزالة سورين: the first of the
     * words; وزاد البيان: وأكد الاتحاد بأن …: a verb reporting on its own).
     */
    private static boolean wordsAfterColon(String folded, List<Span> verbs, int start, int end) {
        if (verbs.isEmpty() || !folded.substring(verbs.get(verbs.size() - 1).end(), start).strip().endsWith(":")) {
            return false;
        }
        Matcher that = THAT.matcher(folded).region(end, folded.length());
        return !that.find() || words(folded.substring(end, that.start())) > MAX_WORDS_TO_THAT;
    }

    /** Whether the first character at or after {@code from} that is not a space is a digit. */
    private static boolean digitAfter(String folded, int from) {
        int i = from;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        return i < folded.length() && Character.isDigit(folded.charAt(i));
    }

    /**
     * ووفقا للتقرير فإن الصندوق يقدم …، مشيرا إلى أن …: a source cited before the sentence's first speech verb, its
     * words ending where that verb starts (the verb's clause is read as before).
     */
    private static java.util.Optional<ReportedClause> citedBefore(FoldedText text, int sentenceStart,
                                                                  List<DirectQuotes.Quoted> direct, int firstVerb) {
        java.util.Optional<ReportedClause> cited = CitedSources.cited(text, sentenceStart, direct);
        if (cited.isEmpty() || cited.get().verbEnd() > firstVerb) {
            return java.util.Optional.empty();
        }
        ReportedClause c = cited.get();
        int end = Math.min(c.statementEnd(), sentenceStart + text.originalStart(firstVerb));
        if (c.statementStart() >= end || words(text.original().substring(c.statementStart() - sentenceStart, end - sentenceStart)) < MIN_QUOTE_WORDS
                || c.thatStart() > firstVerb) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReportedClause(c.index(), c.sentence(), c.sentenceStart(), c.verbStart(), c.verbEnd(),
                c.thatStart(), c.thatEnd(), c.statementStart(), end, true));
    }

    /** لقد / ولقد: opens a statement of its own; no noun object of the verb starts with it. */
    private static final java.util.regex.Pattern LAQAD = java.util.regex.Pattern.compile("(?<![\\p{L}])و?لقد(?![\\p{L}])");

    /** The most words between a speech verb and the لقد opening its words (the subject and a time word). */
    private static final int MAX_WORDS_TO_LAQAD = 8;

    /**
     * وقال المتحدث باسم التحالف لقد تم تدمير …: a speech verb whose words follow without إن/أن, colon or marks, opening
     * with لقد; the clause starts at لقد (a statement by the labelling rule's "a clause after a speech verb").
     */
    private static java.util.Optional<VerbThat> laqadClause(FoldedText text, int sentenceStart, Span verb, int limit,
                                                            List<DirectQuotes.Quoted> direct) {
        String folded = text.folded();
        Matcher m = LAQAD.matcher(folded).region(verb.end(), limit);
        if (!m.find() || words(folded.substring(verb.end(), m.start())) > MAX_WORDS_TO_LAQAD
                || folded.substring(verb.end(), m.start()).matches("(?s).*[:«»“”\"].*")
                || words(folded.substring(m.end(), limit)) < MIN_QUOTE_WORDS - 1
                || DirectQuotes.insideDirect(sentenceStart + text.originalStart(m.start()), direct)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new VerbThat(verb, new Span(m.start(), m.start())));
    }

    static final java.util.Set<String> CONTINUATION_VERBS = Lexicon.phrases("speaker-continuation-verbs-ar.txt");
    private static final java.util.Set<String> CONTINUATION_STOPS = Lexicon.phrases("speaker-continuation-stops-ar.txt");

    /**
     * وأضاف بلغت التكلفة الإجمالية لهذا المشروع 250 ألف دولار: a continuation verb opening its sentence with و and
     * followed at once by its statement, with no إن/أن, colon or marks anywhere after it (those are read as before). Not
     * when the next word is the verb's subject or complement: a word with the article (وأضاف الوزير، وأضاف النادي
     * لاعبا), a title (وأضاف مدير), a particle ({@code speaker-continuation-stops-ar.txt}: في، إليه، قائلا), an
     * accusative or adverb ending in ا (وأضاف هدفا ثانيا), or no word at all.
     */
    private static java.util.Optional<VerbThat> bareContinuation(FoldedText text, int sentenceStart, Span verb, int limit,
                                                                 List<DirectQuotes.Quoted> direct) {
        String folded = text.folded();
        String v = folded.substring(verb.start(), verb.end());
        if (v.length() < 4 || v.charAt(0) != '\u0648' || !CONTINUATION_VERBS.contains(v.substring(1))
                || !folded.substring(0, verb.start()).isBlank()) {
            return java.util.Optional.empty();
        }
        int next = wordStart(folded, verb.end());
        if (next < 0 || next >= limit || !folded.substring(verb.end(), next).isBlank()) {
            return java.util.Optional.empty();
        }
        String word = folded.substring(next, wordEnd(folded, next));
        String rest = folded.substring(next, limit);
        if (!word.chars().allMatch(Character::isLetter) || word.startsWith("ال") || word.startsWith("وال")
                || word.startsWith("لل") || word.endsWith("ا") || CONTINUATION_STOPS.contains(word)
                || Lexicon.SPEAKER_TITLES.contains(word) || rest.matches("(?s).*[:«»“”\"].*")
                || words(rest) < MIN_QUOTE_WORDS + 1
                || DirectQuotes.insideDirect(sentenceStart + text.originalStart(next), direct)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new VerbThat(verb, new Span(next, next)));
    }

    /** A colon or a quotation right after a verb (spaces and diacritics between): its own words follow. */
    private static boolean opensOwnWords(FoldedText text, int sentenceStart, int verbEnd, List<DirectQuotes.Quoted> direct) {
        String folded = text.folded();
        int k = verbEnd;
        while (k < folded.length() && (Character.isWhitespace(folded.charAt(k)) || Character.getType(folded.charAt(k)) == Character.NON_SPACING_MARK)) {
            k++;
        }
        if (k < folded.length() && folded.charAt(k) == ':') {
            return true;
        }
        int at = sentenceStart + text.originalStart(Math.min(k, folded.length() - 1));
        for (DirectQuotes.Quoted q : direct) {
            if (q.marks().start() == at) {
                return true; // a quotation of its own (not "156" in أضافت "156" رحلة: too short to be one)
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code [start, end)} is نقل in its sense of carrying, to somewhere (الطفلة نقلت إلى المستشفى،
     * نقل للعلاج): no relaying (نقل عن), so it neither ends the words before it nor opens a clause.
     */
    private static boolean carriedSomewhere(String folded, int start, int end) {
        String verb = folded.substring(start, end);
        String bare = verb.length() > 3 && (verb.charAt(0) == 'و' || verb.charAt(0) == 'ف') ? verb.substring(1) : verb;
        if (!CARRY_VERBS.contains(bare)) {
            return false;
        }
        int next = wordStart(folded, end);
        if (next < 0) {
            return false;
        }
        String after = folded.substring(next, wordEnd(folded, next));
        return after.equals("الي") || after.startsWith("لل");
    }

    /**
     * Whether the verb at {@code [start, end)} is علمت read as "taught" (علمت الجميع معاني الفداء), not as an outlet's
     * "learnt" (وعلمت «عكاظ» من مصادرها أن، علمت صحيفة الشرق الأوسط أن): it reports only with a name in marks, an
     * outlet's noun or من right after it.
     */
    private static boolean taught(String folded, int start, int end) {
        String verb = folded.substring(start, end);
        if (!verb.equals("علمت") && !verb.equals("وعلمت")) {
            return false;
        }
        String after = folded.substring(end).stripLeading();
        if (after.startsWith("«") || after.startsWith("\"") || after.startsWith("“")) {
            return false;
        }
        int next = wordStart(folded, end);
        String word = next < 0 ? "" : folded.substring(next, wordEnd(folded, next));
        return !(word.equals("من") || SpeakerWords.MEDIA_HEADS.contains(word));
    }

    /**
     * بالقول ("by saying"), a speech word before a quotation in marks (اكتفى بالقول «…»), opens no reported clause of its
     * own: before إن it is the manner of the verb before it (وتابع بالقول إن), read with that verb.
     */
    private static final String BY_SAYING = "بالقول";

    /** نقل and its forms (folded), which carry as well as relay. */
    private static final java.util.Set<String> CARRY_VERBS = java.util.stream.Stream.of("نقل", "نقلت", "نقلوا", "ينقل", "تنقل")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** حسبما / بحسبما before a verb: a citation set into the sentence (folded). */
    private static final java.util.Set<String> CITING = java.util.Set.of("حسبما", "بحسبما");

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

    /** Whether كما (also, as well) stands right before أن at {@code at}, with words between it and the verb. */
    private static boolean afterAlso(String folded, int verbEnd, int at) {
        String w = QuoteText.wordBefore(folded, at);
        if (!w.equals("كما") && !w.equals("وكما")) {
            return false;
        }
        int also = folded.lastIndexOf(w, at);
        return also > verbEnd && words(folded.substring(verbEnd, also)) > 0;
    }

    private static boolean afterTimeConjunction(String folded, int at) {
        String w = QuoteText.wordBefore(folded, at);
        return TIME_CONJUNCTIONS.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && TIME_CONJUNCTIONS.contains(w.substring(1)));
    }
}
