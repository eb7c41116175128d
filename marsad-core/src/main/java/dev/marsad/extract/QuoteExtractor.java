package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations and their speakers.
 * <ul>
 *   <li>Direct: text inside «», “”, or straight double quotes, at least {@value #MIN_QUOTE_WORDS} words (shorter
 *       quoted words are scare quotes); a quote left open runs to the end of its paragraph, and a paragraph
 *       that opens with a quote continues the previous speaker.</li>
 *   <li>Indirect: an attribution verb ({@code attribution-verbs-ar.txt}) followed by إن/أن; the statement is the
 *       clause after it.</li>
 *   <li>Speaker: the first person (else organisation, else place acting as a government) named between the verb
 *       and the statement, or after the verb when the quote comes first. A verb with no name after it
 *       ({@code وأضاف:}, {@code قال إنه}), a pronoun ({@code عنه قوله}), or a title alone ({@code وقال وزير
 *       التجارة}) continues the previous speaker. Single-word names carry the full name met earlier.</li>
 * </ul>
 * Thread-safe per run.
 */
final class QuoteExtractor {
    static final int MIN_QUOTE_WORDS = 3;
    private static final Pattern QUOTED = Pattern.compile("«([^»]+)(?:»|$)|“([^”]+)(?:”|$)|\"([^\"]+)(?:\"|$)");
    private static final Pattern THAT = Pattern.compile("(?<![\\p{L}])(?:ب)?[اإأ]ن(?:هما|ها|هم|ه|نا|ني)?(?![\\p{L}])");
    private static final Pattern PRONOUN_SOURCE = Pattern.compile("(?<![\\p{L}])عن(?:ه|ها|هم)(?![\\p{L}])");

    private final String text;
    private final List<Entity> entities;
    private final ExtractionRun run;
    private final SpeakerChain chain;
    private Speaker previous;
    /** Organisations quoted so far in the article, in order: a later head noun (المرصد) refers back to them. */
    private final List<Speaker> spokenOrganizations = new ArrayList<>();

    private QuoteExtractor(String text, List<Entity> entities, ExtractionRun run) {
        this.text = text;
        this.entities = entities;
        this.run = run;
        this.chain = new SpeakerChain(text, entities);
    }

    /** A speaker found for a statement. */
    private record Speaker(String name, String key) {
    }

    static List<Quote> extract(String text, List<Entity> entities, ExtractionRun run) {
        return new QuoteExtractor(text, entities, run).all();
    }

    private List<Quote> all() {
        List<Quote> out = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                quotesIn(paragraph, paragraphStart, out);
            }
            paragraphStart += paragraph.length() + 1;
        }
        return out;
    }

    /**
     * The quotations of one paragraph in text order, sentence by sentence: direct quotes where quotation marks
     * are, reported speech (قال … إن، مضيفا أن، بحسب …) in the same sentences, each speech verb opening its own
     * clause; a direct quote inside a reported clause is part of it (وقال إنه "ينفي بشدة" …), and a reported
     * clause that opens with a quotation mark is that direct quote (قال: "إن …"). Events are read in text order so
     * that a continuation (وأضاف:) follows whichever came just before it.
     */
    private void quotesIn(String p, int offset, List<Quote> out) {
        List<int[]> direct = directQuotes(p);
        int next = 0;
        int cursor = 0;
        for (Span s : SentenceSplitter.split(p)) {
            List<Reported> reported = new ArrayList<>();
            java.util.Map<int[], Reported> opening = new java.util.IdentityHashMap<>();
            for (Reported r : reportedIn(s.of(p), s.start(), direct)) {
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
                    emit(reported.get(r++), p, offset, out);
                }
                if (inSpeakerWords(q, reported, opening.values())) {
                    cursor = q[1]; // وأوضح مراسل "سكاي نيوز عربية" أن …: a name in marks among the speaker's words.
                    continue;
                }
                if (opening.containsKey(q)) {
                    out.add(quote(speakerOf(opening.get(q), offset), p.substring(q[2], q[3]).strip(), true));
                } else if (!insideReported(q, reported)) {
                    direct(p, offset, Math.max(cursor, Math.min(s.start(), q[0])), q, out);
                }
                cursor = q[1];
            }
            while (r < reported.size()) {
                emit(reported.get(r++), p, offset, out);
            }
        }
        while (next < direct.size()) {
            int[] q = direct.get(next++);
            direct(p, offset, cursor, q, out);
            cursor = q[1];
        }
    }

    /** The direct quote that starts where the statement starts (only spaces or a colon between), or null. */
    private static int[] quoteOpening(String p, int statementStart, List<int[]> direct) {
        for (int[] q : direct) {
            if (q[0] >= statementStart && p.substring(statementStart, q[0]).replace(":", "").isBlank()) {
                return q;
            }
        }
        return null;
    }

    /** True when a quotation stands between a reported clause's verb and its إن/أن, among the speaker's words. */
    private static boolean inSpeakerWords(int[] q, List<Reported> reported, java.util.Collection<Reported> opening) {
        for (List<Reported> all : List.of(reported, List.copyOf(opening))) {
            for (Reported r : all) {
                int verbAt = r.sentenceStart() + r.sentence().originalEnd(r.verbEnd());
                int thatAt = r.sentenceStart() + r.sentence().originalStart(r.thatStart());
                if (!r.cited() && q[0] >= verbAt && q[1] <= thatAt) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideReported(int[] q, List<Reported> reported) {
        for (Reported r : reported) {
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
     * One direct quote {@code q}; {@code from} is where the text that may name its speaker starts (the start of
     * its sentence, or the end of the quote before it in that sentence).
     */
    private void direct(String p, int offset, int from, int[] q, List<Quote> out) {
        String before = p.substring(from, q[0]);
        boolean opens = before.isBlank();
        String after = p.substring(q[1], sentenceEnd(p, q[1]));
        String afterFolded = ArabicNormalizer.fold(after);
        boolean verbless = !opens && lastVerbEnd(ArabicNormalizer.fold(before)) < 0 && verbEnd(afterFolded, 0) < 0
                && citedAfter(afterFolded) < 0;
        if (verbless && words(p.substring(q[2], q[3])) < MIN_VERBLESS_QUOTE_WORDS) {
            return; // بالتحقيق في "الانتهاكات ضد المدنيين": words in marks nobody is said to utter.
        }
        Speaker speaker = opens ? null : speakerBefore(before, offset + from);
        if (speaker == null && verbless) {
            // حيث أصدر العبادي "أمرا ديوانيا …": a long quotation without a speech verb is its sentence's subject's.
            speaker = named(offset + from, offset + q[0], EntityType.PERSON);
            speaker = speaker != null ? speaker : previous;
        }
        if (speaker == null) {
            // «لن نتخلى عن أوكرانيا»، قال الرئيس الأمريكي جو بايدن: the speaker is named after the quote.
            speaker = speakerAfter(after, offset + q[1]);
        }
        if (speaker == null && opens) {
            speaker = previous; // A quote opening its sentence with no verb after it goes on from the last speaker.
        }
        out.add(quote(speaker, p.substring(q[2], q[3]).strip(), true));
        previous = speaker != null ? speaker : previous;
    }

    /** A quotation in a sentence without a speech verb is one only from this many words (shorter: a name, a slogan). */
    private static final int MIN_VERBLESS_QUOTE_WORDS = 6;

    /** Reported speech: at most this many words between the verb and إن/أن (titles and times may stand there). */
    private static final int MAX_WORDS_TO_THAT = 20;

    /**
     * One reported clause of a sentence: the sentence (folded with an offset map), where the verb ends and where
     * إن/أن stands in the folded sentence, and the statement's span in the paragraph.
     */
    private record Reported(int index, FoldedText sentence, int sentenceStart, int verbStart, int verbEnd, int thatStart, int thatEnd,
                            int statementStart, int statementEnd, boolean cited) {
        String statement(String p) {
            return trimClause(p.substring(statementStart, statementEnd));
        }
    }

    /**
     * The reported clauses of one sentence: each attribution verb outside a quotation followed, before the next
     * verb and within {@value #MAX_WORDS_TO_THAT} words, by إن/أن/بأن; the clause runs to the next such verb.
     */
    private static List<Reported> reportedIn(String sentence, int sentenceStart, List<int[]> direct) {
        FoldedText text = FoldedText.of(sentence);
        String folded = text.folded();
        List<int[]> verbs = new ArrayList<>();
        for (int start = wordStart(folded, 0); start >= 0; ) {
            int end = wordEnd(folded, start);
            if (Lexicon.isVerb(folded, start, end) && !insideDirect(sentenceStart + text.originalStart(start), direct)) {
                verbs.add(new int[] {start, end});
            }
            start = wordStart(folded, end);
        }
        List<int[]> found = new ArrayList<>(); // verbStart, verbEnd, thatStart, thatEnd
        for (int v = 0; v < verbs.size(); v++) {
            int limit = v + 1 < verbs.size() ? verbs.get(v + 1)[0] : folded.length();
            Matcher that = THAT.matcher(folded).region(verbs.get(v)[1], limit);
            boolean thatFound = that.find();
            while (thatFound && afterTimeConjunction(folded, that.start())) {
                thatFound = that.find(); // قال بعد أن رافق …: أن of a time clause reports nothing.
            }
            // وقال … بعد أن رافق كيم في جولة: "…": a colon before إن/أن gives the verb its words there.
            if (thatFound && words(folded.substring(verbs.get(v)[1], that.start())) <= MAX_WORDS_TO_THAT
                    && !colonBefore(folded.substring(verbs.get(v)[1], that.start()))
                    && !insideDirect(sentenceStart + text.originalStart(that.start()), direct)) {
                found.add(new int[] {verbs.get(v)[0], verbs.get(v)[1], that.start(), that.end()});
            }
        }
        List<Reported> out = new ArrayList<>();
        if (found.isEmpty()) {
            cited(text, sentenceStart, direct).ifPresent(out::add);
        }
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            int from = sentenceStart + text.originalEnd(f[3]);
            int to = sentenceStart + (i + 1 < found.size() ? text.originalStart(found.get(i + 1)[0]) : sentence.length());
            Reported r = new Reported(i, text, sentenceStart, f[0], f[1], f[2], f[3], from, to, false);
            if (words(sentence.substring(from - sentenceStart, to - sentenceStart)) >= MIN_QUOTE_WORDS) {
                out.add(r);
            }
        }
        return out;
    }

    /** بحسب، حسب، وفقا ل، وفق، نقلا عن: a cited source, with ما and a verb after it or a name. */
    private static final Pattern CITED = Pattern.compile("(?<![\\p{L}])(?:و?ب?حسبما|و?ب?حسب|و?وفقا لما|و?وفقا ل|و?وفق|و?نقلا عن)(?: ما)?(?![\\p{L}])");

    /**
     * A sentence attributed to a cited source (وقتل 21 شخصا، بحسب وزارة الداخلية / وبحسب المرصد، فإن …): the
     * statement is the sentence before the source, or the words after the source's name when it opens the sentence;
     * the source's words (up to a comma) are where its name is looked for.
     */
    private static java.util.Optional<Reported> cited(FoldedText text, int sentenceStart, List<int[]> direct) {
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
        if (!saysAfter && words(folded.substring(0, m.start())) >= MIN_QUOTE_WORDS) {
            from = 0;
            to = m.start();
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
        return java.util.Optional.of(new Reported(0, text, sentenceStart, m.start(), m.end(), sourceEnd, sourceEnd, start, end, true));
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

    /** A colon followed by words: the verb's words start there, and a later أن belongs to them (قال …: "… بعد أن"). */
    private static boolean colonBefore(String between) {
        int colon = between.lastIndexOf(':');
        return colon >= 0 && words(between.substring(colon + 1)) > 0;
    }

    /** Conjunctions that make أن open a time or manner clause, not reported speech. */
    private static final java.util.Set<String> TIME_CONJUNCTIONS = java.util.stream.Stream.of("بعد", "قبل", "منذ", "دون", "بدون", "حتى", "ريثما")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean afterTimeConjunction(String folded, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(folded.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
            start--;
        }
        String w = folded.substring(start, end);
        return TIME_CONJUNCTIONS.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && TIME_CONJUNCTIONS.contains(w.substring(1)));
    }

    private static boolean insideDirect(int at, List<int[]> direct) {
        for (int[] q : direct) {
            if (at > q[0] && at < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** A clause without the comma or conjunction that joins it to the next verb. */
    private static String trimClause(String s) {
        String t = s.strip();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String end : List.of("،", ",", "و", "ف")) {
                if (t.endsWith(" " + end) || (end.length() == 1 && !Character.isLetter(end.charAt(0)) && t.endsWith(end))) {
                    t = t.substring(0, t.length() - end.length()).strip();
                    changed = true;
                }
            }
        }
        return t;
    }

    /** Finds the speaker of a reported clause and adds it. */
    private void emit(Reported r, String p, int paragraphOffset, List<Quote> out) {
        out.add(quote(speakerOf(r, paragraphOffset), r.statement(p), false));
    }

    /**
     * The speaker of a reported clause (also of a direct quote opening one: قال فلان إن «…»), and the speaker a
     * continuation after it takes.
     */
    private Speaker speakerOf(Reported r, int paragraphOffset) {
        FoldedText text = r.sentence();
        String folded = text.folded();
        int offset = paragraphOffset + r.sentenceStart();
        int verbEnd = r.verbEnd();
        int verbAt = offset + text.originalEnd(verbEnd);
        int thatAt = offset + text.originalStart(r.thatStart());
        String between = folded.substring(verbEnd, r.thatStart());
        String verb = folded.substring(r.verbStart(), verbEnd);
        Speaker speaker = null;
        if (r.cited()) {
            // The source cited is the speaker; an unnamed one (مصادر، مسؤولون) leaves it unknown.
            if (opensWithUnnamed(withoutLeadingVerb(between))) {
                return null; // وفق ما قال مسؤولون أكراد
            }
            speaker = named(verbAt, thatAt);
            if (speaker == null) {
                speaker = organizationPhrase(text, verbEnd, r.thatStart());
            }
            if (speaker == null) {
                speaker = speakingBody(text, verbEnd, r.thatStart());
            }
            if (speaker == null) {
                speaker = organizationMentionedAs(between, thatAt);
            }
            if (speaker == null) {
                // ووفق التدوينة المنشورة على صفحة رئيس الوزراء العراقي، فإنه …: the holder of the title cited.
                speaker = chain.holderWithin(between, verbAt).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            }
            return speaker;
        }
        if (isParticiple(verb)) {
            // مؤكدا أن …، مشيرا إلى أن …: the participle continues the subject of its sentence: the person named
            // in it before the participle when no clause of the sentence came first, else the one quoted last.
            Speaker subject = r.index() == 0
                    ? named(offset, offset + text.originalStart(r.verbStart()), EntityType.PERSON) : null;
            if (subject != null) {
                previous = subject;
            }
            return previous;
        }
        if (PRONOUN_SOURCE.matcher(between).find()) {
            speaker = previous; // ونقلت وكالة تاس عنه قوله إن …: the agency relays the one quoted before.
        }
        Matcher relay = RELAYED_FROM.matcher(between);
        if (speaker == null && isRelayVerb(verb) && relay.find()) {
            // ونقلت وكالة بلومبرغ عن لي مياوتشيان … أن …: the agency relays; the speaker is the one after عن.
            return relayed(r, text, offset, verbEnd + relay.end());
        }
        boolean title = namesTitle(between);
        // وقال مصدر أمني إن …: an unnamed speaker, unless a person is named there (المتحدث باسم الوزارة فلان).
        Speaker person = named(verbAt, thatAt, EntityType.PERSON);
        boolean unnamed = opensWithUnnamed(between) && (person == null || startsWithUnnamed(person.name()));
        if (speaker == null && unnamed && SPOKESPERSON_OF.matcher(between).find()) {
            // قال متحدث باسم الجيش الإسرائيلي إن …: an unnamed spokesperson speaks for the body named.
            speaker = named(verbAt, thatAt, EntityType.ORGANIZATION, EntityType.LOCATION);
            if (speaker == null) {
                speaker = speakingBody(text, verbEnd, r.thatStart());
            }
        }
        if (speaker == null && IN_IT.matcher(between).matches()) {
            // صدر بيان عن الجيش التركي قال فيه إنه …: "in it" is the statement, its issuer named before the verb.
            speaker = issuerBefore(text, offset, r.verbStart());
        }
        if (speaker == null && !unnamed && STATEMENT.matcher(between).lookingAt()) {
            speaker = previous; // وأكد البيان الذي نشره … أن: the statement is the last speaker's.
        }
        if (speaker == null && !unnamed) {
            speaker = named(verbAt, thatAt);
        }
        if (speaker == null && !title && !unnamed) {
            speaker = organizationMentionedAs(between, offset);
        }
        if (speaker == null && !title && !unnamed) {
            speaker = organizationPhrase(text, verbEnd, r.thatStart());
        }
        if (speaker == null && !title && !unnamed) {
            speaker = speakingBody(text, verbEnd, r.thatStart());
        }
        if (speaker == null && title) {
            speaker = nameAfterTitle(text, verbEnd, r.thatStart());
        }
        if (speaker == null && title) {
            // وأبان وزير الخارجية الإيطالي أن …: the person the same title introduced earlier.
            speaker = chain.holderOf(between.replaceAll("[^\\p{L}]+", " "), verbAt)
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
        }
        if (speaker == null && !unnamed && !title) {
            // وشدد المسيري على أن …: a surname the tagger missed, of a person the article named in full.
            speaker = chain.personByWord(between).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
        }
        if (speaker == null && unnamed) {
            speaker = UNNAMED; // وقال مصدر أمني إن …: nobody named; what follows him stays unnamed.
        }
        if (speaker == null && r.index() == 0) {
            // وكان كيشيدا قد قال إنه …: the subject stands before the verb (of the sentence's first clause only).
            speaker = named(offset + clauseStart(folded, r.verbStart()), offset + text.originalStart(r.verbStart()), EntityType.PERSON);
        }
        if (speaker == null && r.index() == 0) {
            // وتشن تركيا … هجوما، تقول إنه … / ويذكر أن المرصد السوري أعلن أن …: a body as the subject before the verb.
            speaker = subjectBody(text, offset, r.verbStart());
        }
        if (speaker == null && (onlyPrepositions(between) || title
                || folded.substring(r.thatStart(), r.thatEnd()).endsWith("ه"))) {
            speaker = previous; // وأوضح المدرب الإيطالي أن …، وأشار إلى أن …: the one quoted before.
        }
        if (speaker != null) {
            previous = speaker;
        }
        return speaker;
    }

    /** A speaker the article does not name: the quote has none, and continuations after it stay unnamed. */
    private static final Speaker UNNAMED = new Speaker("", null);

    private static final Pattern RELAYED_FROM = Pattern.compile("(?<![\\p{L}])عن(?![\\p{L}])");

    private static boolean isRelayVerb(String foldedVerb) {
        String v = foldedVerb.startsWith("و") || foldedVerb.startsWith("ف") ? foldedVerb.substring(1) : foldedVerb;
        return v.startsWith("نقل");
    }

    /** The speaker a relaying agency names after عن: a person, else a body, else none when unnamed (عن مصادر). */
    private Speaker relayed(Reported r, FoldedText text, int offset, int from) {
        String rest = text.folded().substring(from, r.thatStart());
        Speaker speaker = null;
        if (!opensWithUnnamed(rest) || SPOKESPERSON_OF.matcher(rest).find()) {
            int at = offset + text.originalStart(from);
            int to = offset + text.originalStart(r.thatStart());
            speaker = named(at, to, EntityType.PERSON);
            Speaker bare = bareNameAt(text, from, r.thatStart());
            if (bare != null && speaker != null && bare.name().startsWith(speaker.name()) && bare.name().length() > speaker.name().length()) {
                speaker = bare; // The tagger cut the name short (تشانغ of تشانغ ويمين).
            }
            if (speaker == null && namesTitle(rest)) {
                speaker = nameAfterTitle(text, from, r.thatStart());
            }
            if (speaker == null) {
                speaker = bareNameAt(text, from, r.thatStart()); // عن لي مياوتشيان الاقتصادي في …
            }
            if (speaker == null) {
                speaker = named(at, to, EntityType.ORGANIZATION, EntityType.LOCATION);
            }
            if (speaker == null) {
                speaker = organizationPhrase(text, from, r.thatStart());
            }
            if (speaker == null) {
                speaker = speakingBody(text, from, r.thatStart());
            }
        }
        previous = speaker != null ? speaker : UNNAMED;
        return speaker;
    }

    /** Two or three bare name words (no article, no title, no verb) right at {@code from}: a name the tagger missed. */
    private static Speaker bareNameAt(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        List<int[]> words = new ArrayList<>();
        while (m.find() && words.size() < 3 && isBareNameWord(m.group())
                && (words.isEmpty() || folded.substring(words.get(words.size() - 1)[1], m.start()).isBlank())) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.size() < 2 || !folded.substring(from, words.get(0)[0]).isBlank()) {
            return null;
        }
        String name = text.original().substring(text.originalStart(words.get(0)[0]), text.originalEnd(words.get(words.size() - 1)[1]));
        return new Speaker(name, NameKey.of(EntityType.PERSON, name));
    }

    /** فيه / فيها alone between the verb and إن/أن. */
    private static final Pattern IN_IT = Pattern.compile("\\s*في(?:ه|ها)\\s*[،,]?\\s*");

    /** The body a statement is from (بيان عن/من/ل …) before the verb, or null. */
    private Speaker issuerBefore(FoldedText text, int offset, int verbStart) {
        String folded = text.folded();
        Matcher m = ISSUED_BY.matcher(folded).region(0, verbStart);
        if (!m.find()) {
            return null;
        }
        Speaker named = named(offset + text.originalStart(m.end()), offset + text.originalStart(verbStart),
                EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION);
        if (named != null) {
            return named;
        }
        Speaker body = speakingBody(text, m.end(), verbStart);
        return body != null ? body : organizationPhrase(text, m.end(), verbStart);
    }

    private static final Pattern ISSUED_BY = Pattern.compile("بيان(?:ا)?\\s+(?:عن|من|صادر عن|صادر من)?\\s*");

    /** البيان / بيانها right after the verb: the statement of whoever spoke last. */
    private static final Pattern STATEMENT = Pattern.compile("\\s*(?:البيان|بيان(?:ها|ه))(?![\\p{L}])");

    private static final Pattern SPOKESPERSON_OF = Pattern.compile("(?<![\\p{L}])باسم(?![\\p{L}])");

    /** True when the first word after the verb is a noun for an unnamed speaker (مصدر، مسؤولون، مراسل). */
    private static boolean opensWithUnnamed(String between) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find()) {
            return false;
        }
        String w = m.group();
        return Lexicon.UNNAMED_SPEAKERS.contains(w) || (w.startsWith("ال") && Lexicon.UNNAMED_SPEAKERS.contains(w.substring(2)));
    }

    /** The words after the first one when it is a speech verb (ما قال مسؤولون → مسؤولون). */
    private static String withoutLeadingVerb(String folded) {
        Matcher m = LETTERS.matcher(folded);
        if (m.find() && (Lexicon.isVerb(m.group()) || m.group().equals("ما"))) {
            return withoutLeadingVerb(folded.substring(m.end()));
        }
        return folded;
    }

    /** مكاتب استقدام taken for a person's name: a name opening with a noun for unnamed speakers is none. */
    private static boolean startsWithUnnamed(String name) {
        return opensWithUnnamed(ArabicNormalizer.fold(name));
    }

    /** Nothing but prepositions between the verb and إن/أن (وأشار إلى أن، وكشف عن أن): no new speaker named. */
    private static boolean onlyPrepositions(String between) {
        for (String w : between.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !VERB_PREPOSITIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> VERB_PREPOSITIONS = java.util.stream.Stream.of("إلى", "عن", "على", "ب", "في", "كذلك", "أيضا")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * An organisation or country that is the subject before the verb: right after the sentence's first word (a verb
     * in the usual verb-first order: وتشن تركيا …) or right after أن/إن/كان (ويذكر أن المرصد السوري … أعلن).
     */
    private Speaker subjectBody(FoldedText text, int offset, int verbStart) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(0, verbStart);
        int index = 0;
        while (m.find()) {
            String w = m.group();
            boolean opener = index == 0 || SUBJECT_OPENERS.contains(w);
            index++;
            if (!opener) {
                continue;
            }
            int next = wordStart(folded, m.end());
            if (next < 0 || next >= verbStart) {
                return null;
            }
            Speaker body = named(offset + text.originalStart(next), offset + text.originalStart(verbStart),
                    EntityType.ORGANIZATION, EntityType.LOCATION);
            if (body != null && startsAt(body, offset + text.originalStart(next))) {
                return body;
            }
            Speaker phrase = organizationPhrase(text, next, verbStart);
            if (phrase != null) {
                return phrase;
            }
        }
        return null;
    }

    /** Whether the entity a speaker was taken from starts at {@code at} (the body is the first words there). */
    private boolean startsAt(Speaker speaker, int at) {
        for (Entity e : entities) {
            if (e.key().equals(speaker.key()) && e.start() == at) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUBJECT_OPENERS = java.util.stream.Stream.of("أن", "إن", "كان", "وكان", "لكن", "ولكن")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** An active participle of a speech verb (مؤكدا، مشيرة، مضيفين): it has the subject of the sentence it ends. */
    private static boolean isParticiple(String foldedVerb) {
        String v = foldedVerb.startsWith("و") && foldedVerb.length() > 3 ? foldedVerb.substring(1) : foldedVerb;
        return (v.startsWith("م") && v.length() >= 4) || v.startsWith("لافت") || v.startsWith("قائل");
    }

    /**
     * An organisation the tagger missed, named right after the verb by a head noun with the article and at least
     * one more word (قالت المفوضية العليا المستقلة للانتخابات في العراق إن …): the words up to a preposition,
     * a comma or إن/أن, at most six.
     */
    private static Speaker organizationPhrase(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher words = LETTERS.matcher(folded).region(from, to);
        List<int[]> phrase = new ArrayList<>();
        boolean inside = false;
        while (words.find() && phrase.size() < 9) {
            String w = words.group();
            if (inside) {
                // دائرة العلاقات الخارجية في حكومة إقليم كردستان: في before a second head noun stays in the name.
                if (!isHead(w)) {
                    phrase.remove(phrase.size() - 1);
                    inside = false;
                    break;
                }
                inside = false;
            } else if (!phrase.isEmpty() && w.equals("في") && phrase.size() >= 2) {
                inside = true;
            } else if (phrase.isEmpty() ? !isHead(w) : PHRASE_STOPS.contains(w)) {
                break;
            }
            if (!phrase.isEmpty() && folded.substring(phrase.get(phrase.size() - 1)[1], words.start()).strip().length() > 0) {
                break; // A comma or bracket ends the name.
            }
            phrase.add(new int[] {words.start(), words.end()});
        }
        if (inside) {
            phrase.remove(phrase.size() - 1);
        }
        if (phrase.size() < 2) {
            return null;
        }
        String name = text.original().substring(text.originalStart(phrase.get(0)[0]), text.originalEnd(phrase.get(phrase.size() - 1)[1]));
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }

    /**
     * A body that speaks without a proper name, as the first words after the verb or after بيان ل/متحدث باسم
     * (وذكرت الشرطة أن، وقال بيان للجيش اليمني إنه): the listed word with the nationality adjectives after it.
     */
    private static Speaker speakingBody(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        List<int[]> words = new ArrayList<>();
        while (m.find() && words.size() < 8) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size() && i < 4; i++) {
            String w = folded.substring(words.get(i)[0], words.get(i)[1]);
            // للجيش → الجيش (ل before the article drops its alif), لحكومة → حكومة.
            String bare = w.startsWith("لل") ? "ا" + w.substring(1) : w.startsWith("ل") && i > 0 ? w.substring(1) : w;
            int cut = w.startsWith("لل") ? 2 : w.length() - bare.length();
            String article = w.startsWith("لل") ? "ال" : "";
            int first = words.get(i)[0] + cut;
            int last = i;
            if (!Lexicon.SPEAKING_BODIES.contains(bare)) {
                if (i + 1 < words.size() && Lexicon.SPEAKING_BODIES.contains(bare + " "
                        + folded.substring(words.get(i + 1)[0], words.get(i + 1)[1]))) {
                    last = i + 1;
                } else {
                    continue;
                }
            }
            if (i > 0 && !SPOKESMAN_OF.contains(folded.substring(words.get(i - 1)[0], words.get(i - 1)[1]))
                    && !w.startsWith("ل")) {
                return null; // Only right after the verb, or after بيان ل / باسم.
            }
            while (last + 1 < words.size() && Lexicon.isNationality(folded.substring(words.get(last + 1)[0], words.get(last + 1)[1]))) {
                last++;
            }
            String name = article + text.original().substring(text.originalStart(first), text.originalEnd(words.get(last)[1]));
            return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
        }
        return null;
    }

    /** Words after which an organisation is the one speaking: بيان ل…، باسم …. */
    private static final java.util.Set<String> SPOKESMAN_OF = java.util.Set.of("باسم", "بيان", "بيانا", "متحدث", "مصدر", "سلطات");

    /** A head noun with the article (المفوضية) or in the construct state (إدارة الكوارث، وزارة الدفاع). */
    private static boolean isHead(String folded) {
        return Lexicon.ORGANIZATION_HEADS.contains(folded) || Lexicon.ORGANIZATION_HEADS.contains("ال" + folded);
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /**
     * A name the tagger did not know, standing right before إن/أن after a title: the last one to three words there,
     * none with the article, none a time word, after the title or its genitive (الأمين العام للاتحاد <b>ويندسور
     * جون</b> بأن …). Nothing when a preposition or an addressee (لوكالة رويترز، في كلمة) comes before them.
     */
    private static Speaker nameAfterTitle(FoldedText text, int from, int to) {
        String folded = text.folded();
        List<int[]> words = new ArrayList<>();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int first = words.size();
        while (first > 0 && words.size() - first < 3 && isBareNameWord(folded.substring(words.get(first - 1)[0], words.get(first - 1)[1]))
                && folded.substring(words.get(first - 1)[1], first < words.size() ? words.get(first)[0] : to).strip().replace("،", "").length() == 0) {
            first--;
        }
        if (first == words.size() || first == 0) {
            return null;
        }
        String before = folded.substring(words.get(first - 1)[0], words.get(first - 1)[1]);
        boolean afterTitle = Lexicon.TITLES.contains(before) || before.startsWith("لل") || before.startsWith("ال");
        if (!afterTitle || NOT_BEFORE_NAME.contains(before)) {
            return null;
        }
        String name = text.original().substring(text.originalStart(words.get(first)[0]), text.originalEnd(words.get(words.size() - 1)[1]));
        return new Speaker(name, NameKey.of(EntityType.PERSON, name));
    }

    private static boolean isBareNameWord(String w) {
        return w.length() >= 2 && !w.startsWith("ال") && !w.startsWith("لل") && !PHRASE_STOPS.contains(w)
                && !Lexicon.TITLES.contains(w) && !Lexicon.isVerb(w) && !Lexicon.STOPWORDS.contains(w);
    }

    /** Words after which the next words are not a name: time words and speech settings (الصحفيين، البيان). */
    private static final java.util.Set<String> NOT_BEFORE_NAME = java.util.stream.Stream.of("اليوم", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "المقبل", "البيان", "للصحفيين", "للصحافيين", "للتلفزيون")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words that end an organisation's name after its head noun: prepositions, time words, إن/أن. */
    private static final java.util.Set<String> PHRASE_STOPS = java.util.stream.Stream.of("في", "من", "على", "عن", "الى", "مع", "خلال",
            "امس", "اليوم", "يوم", "بيان", "ان", "بان", "انه", "انها", "قوله", "عنه", "عنها", "الذي", "التي", "لدي", "لدى")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Speaker speakerBefore(String before, int offset) {
        String folded = ArabicNormalizer.fold(before);
        int verbEnd = lastVerbEnd(folded);
        if (verbEnd < 0 || folded.length() != before.length()) {
            return null;
        }
        // A partial quote inside reported speech: the speaker stands before إن/أن.
        Matcher that = THAT.matcher(folded);
        int cut = that.find(verbEnd) ? that.start() : before.length();
        if (PRONOUN_SOURCE.matcher(folded.substring(verbEnd, cut)).find()) {
            return previous; // ونقلت وكالة يونهاب عنه قوله: the agency reports; "him" is the one quoted before.
        }
        Speaker named = named(offset + verbEnd, offset + cut);
        if (named != null) {
            return named;
        }
        String between = folded.substring(verbEnd, cut);
        // ونقلت وكالة … عنه قوله "…" / وقال وزير التجارة "…": the one quoted before.
        if (PRONOUN_SOURCE.matcher(between).find() || namesTitle(between)) {
            return previous;
        }
        if (words(between) <= 1) {
            // واستقبل بوتين ضيفه …، وقال له: "…": the subject of the clause before the verb, else the one quoted before.
            Speaker subject = named(offset + clauseStart(folded, verbEnd), offset + verbEnd, EntityType.PERSON);
            return subject != null ? subject : previous;
        }
        return organizationMentionedAs(between, offset + verbEnd);
    }

    /** Where the sentence holding the verb ending at {@code verbEnd} starts in {@code folded}. */
    private static int clauseStart(String folded, int verbEnd) {
        for (int i = verbEnd - 1; i >= 0; i--) {
            if (".؟?!\n".indexOf(folded.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The organisation a definite head noun in {@code folded} refers back to ({@code الوزارة} → the last
     * organisation before {@code before} whose name holds وزارة), or null.
     */
    private Speaker organizationMentionedAs(String folded, int before) {
        for (String w : folded.split("[^\\p{L}]+")) {
            String bare = w.startsWith("وال") || w.startsWith("فال") ? w.substring(1) : w;
            if (!Lexicon.ORGANIZATION_HEADS.contains(bare)) {
                continue;
            }
            String head = bare.substring(2);
            Entity found = null;
            for (Entity e : entities) {
                if (e.type() == EntityType.ORGANIZATION && e.end() <= before && containsWord(ArabicNormalizer.fold(e.text()), head)) {
                    found = e;
                }
            }
            if (found != null) {
                return new Speaker(found.text(), found.key());
            }
            for (int i = spokenOrganizations.size() - 1; i >= 0; i--) {
                // وفق ما أفاد المرصد: an organisation quoted earlier in the article under its full name.
                if (containsWord(ArabicNormalizer.fold(spokenOrganizations.get(i).name()), head)) {
                    return spokenOrganizations.get(i);
                }
            }
            // وأضافت المفوضية أن … after a speaker the tagger did not list: the one quoted before, when it is it.
            boolean previousIsIt = previous != null && previous.key() != null && previous.key().startsWith("organization:")
                    && containsWord(ArabicNormalizer.fold(previous.name()), head);
            return previousIsIt ? previous : null;
        }
        return null;
    }

    private static boolean containsWord(String foldedName, String head) {
        for (String w : foldedName.split("\\s+")) {
            if (w.equals(head) || w.equals("ال" + head)) {
                return true;
            }
        }
        return false;
    }

    /** الروسي، الأكراد taken for a person: a nationality word alone names nobody. */
    private static boolean isNationalityWord(Entity e) {
        String f = Lexicon.fold(e.text());
        return e.type() == EntityType.PERSON && !f.contains(" ") && Lexicon.isNationality(f);
    }

    /** "قال لبي بي سي": a name with the preposition ل is who was spoken to, not the speaker. */
    private boolean isAddressee(Entity e) {
        int s = e.start();
        if (Lexicon.AUDIENCES.contains(Lexicon.fold(e.text()))) {
            return true; // قال للصحافيين: a tagger may take the audience for a name.
        }
        boolean articleRestored = !e.text().equals(text.substring(s, e.end())); // للبيت الأبيض → البيت الأبيض
        if (!articleRestored && s >= 2 && text.charAt(s - 1) == '\u0644' && Character.isWhitespace(text.charAt(s - 2))) {
            return true;
        }
        // "قال لوكالة رويترز": the outlet a statement was made to, named after a media noun with ل.
        int end = s;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return MEDIA_ADDRESSEES.contains(ArabicNormalizer.fold(text.substring(start, end)));
    }

    private static final java.util.Set<String> MEDIA_ADDRESSEES = java.util.stream.Stream.of("لوكالة", "لصحيفة", "لقناة",
            "لشبكة", "لموقع", "لإذاعة", "لتلفزيون", "لمجلة", "لوكالات").map(ArabicNormalizer::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when a title of one or two words ({@code الوزير}, {@code الأمين العام}) stands in {@code folded}. */
    private static boolean namesTitle(String folded) {
        String previousWord = "";
        for (String w : folded.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && (Lexicon.TITLES.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && Lexicon.TITLES.contains(w.substring(1)))
                    || Lexicon.TITLES.contains(previousWord + " " + w))) {
                return true;
            }
            previousWord = w;
        }
        return false;
    }

    private Speaker speakerAfter(String after, int offset) {
        String folded = ArabicNormalizer.fold(after);
        int verbEnd = verbEnd(folded, 0);
        if (verbEnd < 0) {
            // «…»، بحسب وزارة الصحة: the source cited right after the quotation.
            int cue = citedAfter(folded);
            return cue < 0 || folded.length() != after.length() ? null : named(offset + cue, offset + after.length());
        }
        return named(offset + verbEnd, offset + after.length());
    }

    /** Where the source's name starts when a cited-source cue (بحسب، وفقا ل) opens {@code folded}, else -1. */
    private static int citedAfter(String folded) {
        Matcher m = CITED.matcher(folded);
        return m.find() && folded.substring(0, m.start()).replaceAll("[\\s،,]", "").isEmpty() ? m.end() : -1;
    }

    /**
     * The first person, else organisation, else place named in {@code [from, to)}. A place speaks only as the
     * verb's subject right after it (وقالت موسكو إن …), not as where someone lives (وقال أحد سكان مراكش).
     */
    private Speaker named(int from, int to) {
        return named(from, to, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    private Speaker named(int from, int to, EntityType... types) {
        for (EntityType type : types) {
            for (Entity e : entities) {
                if (e.type() == type && e.start() >= from && e.end() <= to && !isAddressee(e) && !isNationalityWord(e)
                        && (type != EntityType.LOCATION || text.substring(from, e.start()).isBlank())) {
                    String name = run.person(e.key()).map(ExtractionRun.Person::name).orElse(e.text());
                    if (type == EntityType.PERSON && !name.strip().contains(" ")) {
                        name = withFirstNameAfterTitle(e, name);
                    }
                    return new Speaker(chain.nameOf(e, name), e.key());
                }
            }
        }
        return null;
    }

    /**
     * A one-word name the tagger cut from its first name, after a title (الدكتور مساعد الأحمد → الأحمد): the bare
     * word between the title and the name joins it.
     */
    private String withFirstNameAfterTitle(Entity e, String name) {
        int end = e.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return name;
        }
        String first = ArabicNormalizer.fold(text.substring(start, end));
        int titleEnd = start;
        while (titleEnd > 0 && Character.isWhitespace(text.charAt(titleEnd - 1))) {
            titleEnd--;
        }
        int titleStart = titleEnd;
        while (titleStart > 0 && Character.isLetter(text.charAt(titleStart - 1))) {
            titleStart--;
        }
        String title = ArabicNormalizer.fold(text.substring(titleStart, titleEnd));
        boolean afterTitle = Lexicon.TITLES.contains(title) || (title.length() > 3 && title.charAt(0) == 'و' && Lexicon.TITLES.contains(title.substring(1)));
        return afterTitle && isBareNameWord(first) ? text.substring(start, end) + " " + name : name;
    }

    /** End of the first attribution verb among the 40 words from {@code from}, or -1. */
    private static int verbEnd(String folded, int from) {
        int count = 0;
        int start = wordStart(folded, from);
        while (start >= 0 && count < 40) {
            int end = wordEnd(folded, start);
            if (Lexicon.isVerb(folded, start, end)) {
                return end;
            }
            start = wordStart(folded, end);
            count++;
        }
        return -1;
    }

    private static int lastVerbEnd(String folded) {
        int last = -1;
        for (int start = wordStart(folded, 0); start >= 0; ) {
            int end = wordEnd(folded, start);
            if (Lexicon.isVerb(folded, start, end)) {
                last = end;
            }
            start = wordStart(folded, end);
        }
        return last;
    }

    /**
     * Where the next word ({@code [\p{L}]+}, by code point as the regular expression reads it) starts at or
     * after {@code from}, or -1: words are walked by hand since they are only looked up, never kept.
     */
    private static int wordStart(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int sentenceEnd(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            if (".؟?!".indexOf(p.charAt(i)) >= 0) {
                return i;
            }
        }
        return p.length();
    }

    private Quote quote(Speaker speaker, String text, boolean direct) {
        if (speaker != null && speaker.name().isBlank()) {
            speaker = null;
        }
        if (speaker != null) {
            speaker = new Speaker(SpeakerChain.withoutTrailingTime(speaker.name()), speaker.key());
        }
        if (speaker != null && !speaker.name().strip().contains(" ")) {
            speaker = new Speaker(chain.fullName(speaker.name()), speaker.key());
        }
        if (speaker != null && speaker.key() != null && speaker.key().startsWith("organization:")) {
            speaker = new Speaker(chain.fullOrganization(speaker.name()), speaker.key());
            spokenOrganizations.add(speaker);
        }
        return new Quote(Optional.ofNullable(speaker).map(Speaker::name), Optional.ofNullable(speaker).map(Speaker::key), text, direct);
    }

    private static int firstGroupIndex(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }

    /** Whitespace-separated chunks ({@code \s+}) holding a letter: what splitting and testing each would count. */
    private static int words(String s) {
        int n = 0;
        boolean letter = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                n += letter ? 1 : 0;
                letter = false;
            } else if (!letter && dev.marsad.text.CharClass.isLetter(c)) {
                letter = true;
            }
        }
        return n;
    }
}
