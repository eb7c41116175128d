package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker resolution, the second half of the quote stage: who said each quotation {@link QuoteFinder} found, read
 * in text order with a model of who is talking.
 * <ul>
 *   <li>Named: the first person (else organisation, else place acting as a government) named between the verb and
 *       the statement, or after the verb when the quote comes first; a body without a proper name
 *       ({@code speaking-bodies-ar.txt}); an organisation's head-noun phrase; the subject before the verb.</li>
 *   <li>Through the article's mention chain ({@link SpeakerChain}): surname → full name, title → the person it
 *       introduced, short organisation name → its fuller form, hashtags cleaned.</li>
 *   <li>Relayed and cited: an agency relaying (نقلت … عن فلان) gives that someone; a spokesperson without a name
 *       gives the body; a statement (البيان، قال فيه) gives its issuer; a cited source speaks what it reports.</li>
 *   <li>Continuations (وأضاف، وأشار إلى أن، participles, pronouns, a title alone) take the last <em>speaker</em>,
 *       not the last name; after an unnamed source ({@code unnamed-speakers-ar.txt}) they stay unnamed.</li>
 * </ul>
 * One resolver per article; not thread-safe.
 */
final class SpeakerResolver {
    private static final Pattern PRONOUN_SOURCE = Pattern.compile("(?<![\\p{L}])عن(?:ه|ها|هم)(?![\\p{L}])");

    private final String text;
    /** The article's entities, for look-ups by position and by word (not a scan per quote, issue 12). */
    private final EntitySpans entities;
    private final ExtractionRun run;
    private final SpeakerChain chain;
    private Speaker previous;
    /** Organisations quoted so far in the article, in order: a later head noun (المرصد) refers back to them. */
    private final List<Speaker> spokenOrganizations = new ArrayList<>();
    /** Per folded word, the position in {@link #spokenOrganizations} of the last organisation with that word. */
    private final java.util.Map<String, Integer> lastSpokenWithWord = new java.util.HashMap<>();
    /** Names in marks a head noun introduced (تنظيم "جيش الإسلام"), by that head noun without the article. */
    private final java.util.Map<String, Speaker> namedByHead = new java.util.HashMap<>();

    private SpeakerResolver(String text, List<Entity> entities, ExtractionRun run) {
        this.text = text;
        this.entities = new EntitySpans(entities);
        this.run = run;
        this.chain = new SpeakerChain(text, entities);
    }

    /** Resolves the speakers of an article's quotations, read in text order. */
    static List<Quote> resolve(String text, List<Entity> entities, ExtractionRun run, List<QuoteCandidate> candidates) {
        SpeakerResolver resolver = new SpeakerResolver(text, entities, run);
        List<Quote> out = new ArrayList<>(candidates.size());
        for (QuoteCandidate c : candidates) {
            if (c instanceof QuoteCandidate.Direct d) {
                out.add(resolver.direct(d));
            } else if (c instanceof QuoteCandidate.Reported r) {
                out.add(resolver.quote(resolver.speakerOf(r.clause(), r.paragraphOffset()), r.clause().statement(r.paragraph()), false));
            } else if (c instanceof QuoteCandidate.Opening o) {
                out.add(resolver.quote(resolver.speakerOf(o.clause(), o.paragraphOffset()), o.text(), true));
            }
        }
        return out;
    }


    /** The speaker of a direct quote: named before it, else after it, else the one quoted last when it opens its sentence. */
    private Quote direct(QuoteCandidate.Direct d) {
        String p = d.paragraph();
        int offset = d.paragraphOffset();
        String before = p.substring(d.from(), d.start());
        String after = p.substring(d.end(), sentenceEnd(p, d.end()));
        Speaker speaker = d.opens() ? null : speakerBefore(before, offset + d.from());
        if (speaker == null && d.verbless()) {
            // حيث أصدر العبادي "أمرا ديوانيا …": a long quotation without a speech verb is its sentence's subject's.
            speaker = named(offset + d.from(), offset + d.start(), EntityType.PERSON);
            speaker = speaker != null ? speaker : previous;
        }
        if (speaker == null) {
            // «لن نتخلى عن أوكرانيا»، قال الرئيس الأمريكي جو بايدن: the speaker is named after the quote.
            speaker = speakerAfter(after, offset + d.end());
        }
        if (speaker == null && d.opens()) {
            speaker = previous; // A quote opening its sentence with no verb after it goes on from the last speaker.
        }
        Quote quote = quote(speaker, d.text(), true);
        previous = speaker != null ? speaker : previous;
        return quote;
    }


    /**
     * The speaker of a reported clause (also of a direct quote opening one: قال فلان إن «…»), and the speaker a
     * continuation after it takes.
     */
    private Speaker speakerOf(ReportedClause r, int paragraphOffset) {
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
            // حسبما أعلنت الحكومة المصرية / وفق ما ذكرت شبكة "السويداء 24": the source stands after its verb.
            int sourceFrom = r.thatStart() - withoutLeadingVerb(folded.substring(verbEnd, r.thatStart())).length();
            if (speaker == null || speaker.key() == null || !speaker.key().startsWith("person:")) {
                Speaker quoted = quotedName(text, sourceFrom, r.thatStart());
                if (quoted != null) {
                    rememberHead(folded, sourceFrom, r.thatStart(), quoted);
                    return quoted;
                }
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.organizationPhrase(text, sourceFrom, r.thatStart());
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, sourceFrom, r.thatStart());
            }
            if (speaker == null || !SpeakerChain.withoutTrailingTime(speaker.name()).strip().contains(" ")) {
                // وفق ما أفاد المرصد: a head noun alone refers back to the body it named in full.
                Speaker mentioned = organizationMentionedAs(between, thatAt);
                speaker = mentioned != null ? mentioned : speaker;
            }
            if (speaker == null) {
                // ووفق التدوينة المنشورة على صفحة رئيس الوزراء العراقي، فإنه …: the holder of the title cited.
                speaker = chain.holderWithin(between, verbAt).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            }
            return speaker;
        }
        if (isDual(verb)) {
            // وبينا أنها …، قالا إن: two speakers together, the last two people the article named before the verb.
            Speaker pair = lastTwoPersons(verbAt);
            if (pair != null) {
                previous = pair;
                return pair;
            }
        }
        if (isParticiple(verb)) {
            // مؤكدا أن …، مشيرا إلى أن …: the participle continues the subject of its sentence: the person named
            // in it before the participle when no clause of the sentence came first, else the one quoted last.
            Speaker subject = r.index() == 0
                    ? named(offset, offset + text.originalStart(r.verbStart()), EntityType.PERSON) : null;
            if (subject == null && r.index() == 0) {
                subject = subjectBody(text, offset, r.verbStart()); // عزت أمانة المنطقة الشرقية …، مؤكدة أنها
            }
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
        if (speaker == null && previous != null && definiteUnnamedAlone(between)) {
            speaker = previous; // وأكد المتحدث أن / وذكر المصدر أن: the spokesperson or source met before.
        }
        boolean title = namesTitle(between);
        // وقال مصدر أمني إن …: an unnamed speaker, unless a person is named there (المتحدث باسم الوزارة فلان).
        Speaker person = named(verbAt, thatAt, EntityType.PERSON);
        boolean unnamed = opensWithUnnamed(between) && (person == null || startsWithUnnamed(person.name()));
        if (speaker == null && unnamed && SPOKESPERSON_OF.matcher(between).find()) {
            // قال متحدث باسم الجيش الإسرائيلي إن …: an unnamed spokesperson speaks for the body named.
            speaker = named(verbAt, thatAt, EntityType.ORGANIZATION, EntityType.LOCATION);
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, verbEnd, r.thatStart());
            }
        }
        if (speaker == null && IN_IT.matcher(between).matches()) {
            // صدر بيان عن الجيش التركي قال فيه إنه …: "in it" is the statement, its issuer named before the verb.
            speaker = issuerBefore(text, offset, r.verbStart());
        }
        if (speaker == null && !unnamed && STATEMENT.matcher(between).lookingAt()) {
            speaker = previous; // وأكد البيان الذي نشره … أن: the statement is the last speaker's.
        }
        if (speaker == null && QuoteText.wordBefore(folded, r.verbStart()).equals("قد")) {
            // وكان الشيخ سلطان بن سحيم قد قال … إن: the subject stands before قد, whatever is named after the verb.
            int from = offset + clauseStart(folded, r.verbStart());
            int to = offset + text.originalStart(r.verbStart());
            speaker = named(from, to, EntityType.PERSON);
            if (speaker == null) {
                speaker = subjectBody(text, offset, r.verbStart());
            }
            if (speaker == null) {
                speaker = chain.holderWithin(folded.substring(0, r.verbStart()), to)
                        .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(UNNAMED);
            }
        }
        if (speaker == null && RELATIVE.contains(QuoteText.wordBefore(folded, r.verbStart()))) {
            // المرشحون «الصغار» الذين قالوا إنه …: the relative clause's subject is the noun before it, unnamed here.
            speaker = UNNAMED;
        }
        if (speaker == null && !unnamed) {
            speaker = quotedName(text, verbEnd, r.thatStart()); // ذكرت وكالة أنباء "الأناضول" التركية أن: the name in marks.
            if (speaker != null) {
                rememberHead(folded, verbEnd, r.thatStart(), speaker);
            }
        }
        if (speaker == null && !unnamed) {
            speaker = named(verbAt, thatAt);
            if (speaker != null && title && (speaker.key() == null || !speaker.key().startsWith("person:")
                    || !speaker.name().strip().contains(" "))) {
                // وأوضح مدير مطار الجوف عبدالمحسن المضيان أن / المدير العام للإعلام بإمارة مكة: the title's holder,
                // not the body in the title (nor a one-word fragment), when a person's name stands there.
                Speaker holder = fullPersonIn(verbAt, thatAt);
                if (holder == null) {
                    holder = SpeakerPhrases.nameAfterTitle(text, verbEnd, r.thatStart());
                }
                if (holder == null || !holder.name().strip().contains(" ")) {
                    holder = chain.holderWithin(between, verbAt).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
                }
                speaker = holder != null && holder.name().strip().contains(" ") ? holder : speaker;
            }
        }
        if (speaker == null && !title && !unnamed) {
            speaker = organizationMentionedAs(between, offset);
        }
        if (speaker == null && !title && !unnamed) {
            speaker = SpeakerPhrases.organizationPhrase(text, verbEnd, r.thatStart());
        }
        if (speaker == null && !title && !unnamed) {
            speaker = SpeakerPhrases.speakingBody(text, verbEnd, r.thatStart());
        }
        if (speaker == null && title) {
            speaker = SpeakerPhrases.nameAfterTitle(text, verbEnd, r.thatStart());
        }
        if (speaker == null && title) {
            speaker = SpeakerPhrases.appositionName(text, verbEnd, r.thatStart()); // …، إحسان الجلبي، إن
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
        if (speaker == null && opensWithoutSubject(between)) {
            speaker = previous; // وأضاف للصحفيين أثناء توجهه إلى موسكو إن …: no subject named, the one quoted before.
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

    /** أعلن تنظيم "جيش الإسلام" … وأوضح التنظيم أن: the head noun refers back to the name it introduced. */
    private void rememberHead(String folded, int from, int to, Speaker speaker) {
        Matcher head = LETTERS.matcher(folded).region(from, to);
        if (head.find()) {
            namedByHead.put(head.group(), speaker);
        }
    }

    /** A speaker the article does not name: the quote has none, and continuations after it stay unnamed. */
    private static final Speaker UNNAMED = new Speaker("", null);

    private static final Pattern RELAYED_FROM = Pattern.compile("(?<![\\p{L}])عن(?![\\p{L}])");

    private static boolean isRelayVerb(String foldedVerb) {
        String v = foldedVerb.startsWith("و") || foldedVerb.startsWith("ف") ? foldedVerb.substring(1) : foldedVerb;
        return v.startsWith("نقل");
    }

    /** The speaker a relaying agency names after عن: a person, else a body, else none when unnamed (عن مصادر). */
    private Speaker relayed(ReportedClause r, FoldedText text, int offset, int from) {
        String rest = text.folded().substring(from, r.thatStart());
        Speaker speaker = null;
        if (!opensWithUnnamed(rest) || SPOKESPERSON_OF.matcher(rest).find()) {
            int at = offset + text.originalStart(from);
            int to = offset + text.originalStart(r.thatStart());
            speaker = named(at, to, EntityType.PERSON);
            Speaker bare = SpeakerPhrases.bareNameAt(text, from, r.thatStart());
            if (bare != null && speaker != null && bare.name().startsWith(speaker.name()) && bare.name().length() > speaker.name().length()) {
                speaker = bare; // The tagger cut the name short (تشانغ of تشانغ ويمين).
            }
            if (speaker == null && namesTitle(rest)) {
                speaker = SpeakerPhrases.nameAfterTitle(text, from, r.thatStart());
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.bareNameAt(text, from, r.thatStart()); // عن لي مياوتشيان الاقتصادي في …
            }
            if (speaker == null) {
                speaker = named(at, to, EntityType.ORGANIZATION, EntityType.LOCATION);
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.organizationPhrase(text, from, r.thatStart());
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, from, r.thatStart());
            }
        }
        previous = speaker != null ? speaker : UNNAMED;
        return speaker;
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
        Speaker body = SpeakerPhrases.speakingBody(text, m.end(), verbStart);
        return body != null ? body : SpeakerPhrases.organizationPhrase(text, m.end(), verbStart);
    }

    private static final Pattern ISSUED_BY = Pattern.compile("بيان(?:ا)?\\s+(?:عن|من|صادر عن|صادر من)?\\s*");

    /** البيان / بيانها right after the verb: the statement of whoever spoke last. */
    private static final Pattern STATEMENT = Pattern.compile("\\s*(?:البيان|بيان(?:ها|ه)|التقرير)(?![\\p{L}])");

    private static final Pattern SPOKESPERSON_OF = Pattern.compile("(?<![\\p{L}])باسم(?![\\p{L}])");

    /** One definite word of an unnamed speaker's noun and nothing else (المتحدث، المصدر): the one met before. */
    private static boolean definiteUnnamedAlone(String between) {
        String w = between.strip();
        return w.startsWith("ال") && !w.contains(" ") && Lexicon.UNNAMED_SPEAKERS.contains(w.substring(2));
    }

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
        if (m.find() && (Lexicon.isSpeechVerb(m.group()) || m.group().equals("ما"))) {
            return withoutLeadingVerb(folded.substring(m.end()));
        }
        return folded;
    }

    /** مكاتب استقدام taken for a person's name: a name opening with a noun for unnamed speakers is none. */
    private static boolean startsWithUnnamed(String name) {
        return opensWithUnnamed(ArabicNormalizer.fold(name));
    }

    /**
     * Plural and dual relative pronouns: a speech verb right after one has the noun before it as subject (الذي/التي
     * may be the object: المواقف التي يرى أنه …, so they are left out).
     */
    private static final java.util.Set<String> RELATIVE = java.util.stream.Stream.of("الذين", "اللذين", "اللذان",
            "اللتين", "اللواتي", "اللاتي", "اللائي").map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());


    /**
     * True when the words after the verb open with an audience (للصحفيين، لوكالة), a preposition or a time word:
     * the verb has no subject of its own there (Arabic puts the subject right after the verb).
     */
    private static boolean opensWithoutSubject(String between) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find()) {
            return false;
        }
        String w = m.group();
        // لوسائل إعلام محلية: the people spoken to, with ل, stand where a subject would.
        boolean toUnnamed = w.length() > 3 && w.startsWith("ل") && Lexicon.UNNAMED_SPEAKERS.contains(w.substring(1));
        return w.startsWith("لل") || toUnnamed || Lexicon.AUDIENCES.contains(w) || NO_SUBJECT_OPENERS.contains(w);
    }

    private static final java.util.Set<String> NO_SUBJECT_OPENERS = java.util.stream.Stream.of("في", "خلال", "أثناء", "عن", "إلى",
            "على", "لدى", "أمام", "عقب", "بعد", "اليوم", "أمس", "مساء", "صباح", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
            "الأربعاء", "الخميس", "الجمعة", "السبت", "أيضا", "كذلك", "بدوره", "بدورها", "من جهته", "من جانبه")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

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
            String bare = w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
            // وفي سلطنة عمان انخفض …: a preposition first, the name after it is no subject.
            boolean opener = (index == 0 && !NO_SUBJECT_OPENERS.contains(bare) && !NO_SUBJECT_OPENERS.contains(w))
                    || SUBJECT_OPENERS.contains(w);
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
            Speaker phrase = SpeakerPhrases.organizationPhrase(text, next, verbStart);
            if (phrase != null) {
                return phrase;
            }
        }
        return null;
    }

    /** Whether the entity a speaker was taken from starts at {@code at} (the body is the first words there). */
    private boolean startsAt(Speaker speaker, int at) {
        for (Entity e : entities.startingIn(at, at + 1)) {
            if (e.key().equals(speaker.key()) && e.start() == at) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUBJECT_OPENERS = java.util.stream.Stream.of("أن", "إن", "كان", "وكان", "لكن", "ولكن")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> DUAL_VERBS = Lexicon.phrases("dual-speech-verbs-ar.txt");

    /** A speech verb in the dual (قالا، أكدا، بينا): two speakers. */
    private static boolean isDual(String foldedVerb) {
        String v = foldedVerb.startsWith("و") || foldedVerb.startsWith("ف") ? foldedVerb.substring(1) : foldedVerb;
        return DUAL_VERBS.contains(v);
    }

    /** The last two different people named before {@code before}, in text order joined with و, or null. */
    private Speaker lastTwoPersons(int before) {
        List<Entity> all = entities.startingIn(0, before);
        String second = null;
        String first = null;
        for (int i = all.size() - 1; i >= 0 && first == null; i--) {
            Entity e = all.get(i);
            if (e.type() != EntityType.PERSON || e.end() > before || isNationalityWord(e) || notASpeakerName(e) || isAddressee(e)) {
                continue;
            }
            String name = chain.fullPersonName(chain.nameOf(e, e.text()));
            if (second == null) {
                second = name;
            } else if (!ArabicNormalizer.fold(name).equals(ArabicNormalizer.fold(second))) {
                first = name;
            }
        }
        if (first == null) {
            return null;
        }
        String joined = first + " و" + second;
        return new Speaker(joined, NameKey.of(EntityType.PERSON, joined));
    }

    /** An active participle of a speech verb (مؤكدا، مشيرة، مضيفين): it has the subject of the sentence it ends. */
    private static boolean isParticiple(String foldedVerb) {
        String v = foldedVerb.startsWith("و") && foldedVerb.length() > 3 ? foldedVerb.substring(1) : foldedVerb;
        return (v.startsWith("م") && v.length() >= 4) || v.startsWith("لافت") || v.startsWith("قائل");
    }

    private Speaker speakerBefore(String before, int offset) {
        String folded = ArabicNormalizer.fold(before);
        int verbEnd = lastVerbEnd(folded);
        if (verbEnd >= 0 && folded.length() != before.length()) {
            // مضيفةً: "…": diacritics folded away move the positions; a verb with nothing but a colon after it
            // (a participle, وأضاف:) continues the last speaker.
            return folded.substring(verbEnd).replaceAll("[:\\s]", "").isEmpty() ? previous : null;
        }
        if (verbEnd < 0) {
            return null;
        }
        // A partial quote inside reported speech: the speaker stands before إن/أن.
        Matcher that = THAT.matcher(folded);
        boolean thatFound = that.find(verbEnd);
        while (thatFound && insideEntity(offset + that.start())) {
            thatFound = that.find(); // كتبت شبكة "سي ان ان": ان inside a name is no أن.
        }
        int cut = thatFound ? that.start() : before.length();
        if (PRONOUN_SOURCE.matcher(folded.substring(verbEnd, cut)).find()) {
            return previous; // ونقلت وكالة يونهاب عنه قوله: the agency reports; "him" is the one quoted before.
        }
        Speaker named = named(offset + verbEnd, offset + cut);
        if (named != null) {
            return named;
        }
        Speaker quoted = quotedName(FoldedText.of(before), verbEnd, cut); // وكتبت صحيفة "الشرق اليوم": "…"
        if (quoted != null) {
            return quoted;
        }
        String between = folded.substring(verbEnd, cut);
        // ونقلت وكالة … عنه قوله "…" / وقال وزير التجارة "…": the one quoted before.
        if (PRONOUN_SOURCE.matcher(between).find() || namesTitle(between)) {
            return previous;
        }
        if (opensWithoutSubject(between) && !opensWithUnnamed(between)) {
            return previous; // وأضاف للصحفيين في بانكوك: "…": no subject named, the one quoted before.
        }
        if (words(between) <= 1) {
            // واستقبل بوتين ضيفه …، وقال له: "…": the subject of the clause before the verb, else the one quoted before.
            Speaker subject = named(offset + clauseStart(folded, verbEnd), offset + verbEnd, EntityType.PERSON);
            return subject != null ? subject : previous;
        }
        return organizationMentionedAs(between, offset + verbEnd);
    }

    /**
     * The organisation a definite head noun in {@code folded} refers back to ({@code الوزارة} → the last
     * organisation before {@code before} whose name holds وزارة), or null.
     */
    private Speaker organizationMentionedAs(String folded, int before) {
        String[] words = folded.split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String bare = w.startsWith("وال") || w.startsWith("فال") ? w.substring(1) : w;
            if (!Lexicon.SPEAKER_HEADS.contains(bare)) {
                continue;
            }
            String head = bare.substring(2);
            Entity found = entities.lastOrganizationWithWord(head, before);
            if (found != null) {
                return new Speaker(found.text(), found.key());
            }
            if (namedByHead.containsKey(head) || namedByHead.containsKey(bare.substring(2))) {
                return namedByHead.getOrDefault(head, namedByHead.get(bare.substring(2)));
            }
            // وفق ما أفاد المرصد: an organisation quoted earlier in the article under its full name, the latest.
            int spoken = Math.max(lastSpokenWithWord.getOrDefault(head, -1), lastSpokenWithWord.getOrDefault("ال" + head, -1));
            if (spoken >= 0) {
                return spokenOrganizations.get(spoken);
            }
            // وأضافت المفوضية أن … after a speaker the tagger did not list: the one quoted before, when it is it.
            boolean previousIsIt = previous != null && previous.key() != null && previous.key().startsWith("organization:")
                    && containsWord(ArabicNormalizer.fold(previous.name()), head);
            if (previousIsIt) {
                return previous;
            }
            if (i + 1 < words.length && !SpeakerPhrases.PHRASE_STOPS.contains(words[i + 1])) {
                return null; // وذكر المركز الإعلامي لمقاومة البيضاء: a name of its own follows the head noun.
            }
            // أغلق مفتشو الهيئة العامة للغذاء والدواء … وأوضحت الهيئة أن: the head noun's phrase earlier in the text.
            return chain.organizationNamedEarlier(bare, before).map(n -> new Speaker(n, NameKey.of(EntityType.ORGANIZATION, n)))
                    .orElse(null);
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

    /** A short name in marks right after a media or group noun (وكالة أنباء "الأناضول"، تنظيم "جيش الإسلام"). */
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "\\s*((?:وكاله|صحيفه|قناه|موقع|شبكه|مجله|اذاعه|تنظيم|حركه|جماعه|حزب|منظمه|فرقه)(?:\\s+انباء)?)\\s*[«\"“]([^»\"”]{2,40})[»\"”]");
    /** Media nouns an outlet's name keeps (وكالة "رويترز" → وكالة رويترز); a group noun (تنظيم "جيش الفتح") is left out. */
    private static final Pattern MEDIA_NOUN = Pattern.compile("(?:وكاله|صحيفه|قناه|موقع|شبكه|مجله|اذاعه)(?:\\s+انباء)?");

    private static Speaker quotedName(FoldedText text, int from, int to) {
        Matcher m = QUOTED_NAME.matcher(text.folded()).region(from, to);
        if (!m.lookingAt() || m.group(2).strip().split("\\s+").length > 3) {
            return null;
        }
        // A media noun stays, as the article writes the outlet (شبكة "السويداء 24" → شبكة السويداء 24).
        String name = text.original().substring(text.originalStart(m.start(2)), text.originalEnd(m.end(2))).strip();
        if (MEDIA_NOUN.matcher(m.group(1)).matches()) {
            name = text.original().substring(text.originalStart(m.start(1)), text.originalEnd(m.end(1))).strip() + " " + name;
        }
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }

    /** The first person named with two words or more in {@code [from, to)}, or null. */
    private Speaker fullPersonIn(int from, int to) {
        for (Entity e : entities.startingIn(from, to + 1)) {
            if (e.type() == EntityType.PERSON && e.start() >= from && e.end() <= to && e.text().strip().contains(" ")
                    && !isAddressee(e) && !isNationalityWord(e) && !notASpeakerName(e)) {
                return new Speaker(chain.nameOf(e, e.text()), e.key());
            }
        }
        return null;
    }

    /**
     * A span the tagger took for a name that speaks for nobody here: a "person" that is a place phrase (بمنطقة
     * عسير), a word the article writes after a place noun (قضاء سوران) or a group or media noun (فرقة، إذاعة);
     * any name after a preposition (على فيسبوك: where it was said, not who said it).
     */
    private boolean notASpeakerName(Entity e) {
        boolean person = e.type() == EntityType.PERSON;
        return (person && (SpeakerPhrases.isPlaceOrGroupName(text, e.text()) || chain.writtenAsPlace(e.text())))
                || SpeakerPhrases.afterPlacePreposition(text, e.start());
    }

    /** Whether a name the tagger found covers {@code at} (not only starts there). */
    private boolean insideEntity(int at) {
        for (Entity e : entities.startingIn(Math.max(0, at - 60), at + 1)) {
            if (e.start() < at && at < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** تنظيم taken for an organisation: a head noun alone names none. */
    private static boolean isBareHeadNoun(Entity e) {
        String f = Lexicon.fold(e.text());
        return e.type() == EntityType.ORGANIZATION && !f.contains(" ")
                && (Lexicon.SPEAKER_HEADS.contains(f) || Lexicon.SPEAKER_HEADS.contains("ال" + f));
    }

    /** الروسي، الأكراد taken for a person: a nationality word alone names nobody. */
    private static boolean isNationalityWord(Entity e) {
        if (e.type() != EntityType.PERSON) {
            return false;
        }
        for (String w : Lexicon.fold(e.text()).split(" ")) {
            if (!SpeakerChain.isNationality(w)) {
                return false; // كردي سوري: nationality words only name nobody.
            }
        }
        return true;
    }

    /** The preposition ل written apart from the name at {@code s}: a tatweel or quotation marks between them. */
    private boolean prepositionLamBefore(int s) {
        int k = s;
        while (k > 0 && "\"«“'".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        boolean apart = k < s;
        while (k > 0 && text.charAt(k - 1) == '\u0640') {
            k--;
            apart = true;
        }
        return apart && k >= 1 && text.charAt(k - 1) == '\u0644' && (k == 1 || !Character.isLetter(text.charAt(k - 2)));
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
        if (!articleRestored && prepositionLamBefore(s)) {
            return true; // لـ"سكاي نيوز عربية"، لـ«رويترز»: ل drawn out with a tatweel, or before quotation marks.
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
            if (!w.isEmpty() && (Lexicon.SPEAKER_TITLES.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && Lexicon.SPEAKER_TITLES.contains(w.substring(1)))
                    || Lexicon.SPEAKER_TITLES.contains(previousWord + " " + w))) {
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

    /**
     * The first person, else organisation, else place named in {@code [from, to)}. A place speaks only as the
     * verb's subject right after it (وقالت موسكو إن …), not as where someone lives (وقال أحد سكان مراكش).
     */
    private Speaker named(int from, int to) {
        int first = from;
        while (first < to && !Character.isLetter(text.charAt(first))) {
            first++;
        }
        for (Entity e : entities.startingIn(first, first + 1)) {
            // أكدت واشنطن أمام سفراء في مجلس الأمن أنه …: a body right after the verb is its subject.
            if (e.start() == first && e.end() <= to && e.type() != EntityType.PERSON && !isBareHeadNoun(e)) {
                Speaker body = named(first, e.end(), e.type());
                if (body != null) {
                    return body;
                }
            }
        }
        return named(from, to, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    private Speaker named(int from, int to, EntityType... types) {
        // Only entities starting in [from, to] can lie inside it: a binary search, not a scan of the article's.
        List<Entity> inside = entities.startingIn(from, to + 1);
        for (EntityType type : types) {
            for (Entity e : inside) {
                if (e.type() == type && e.start() >= from && e.end() <= to && !isAddressee(e) && !isNationalityWord(e)
                        && !isBareHeadNoun(e) && !notASpeakerName(e)
                        && (type != EntityType.LOCATION || text.substring(from, e.start()).isBlank())) {
                    String name = run.person(e.key()).map(ExtractionRun.Person::name).orElse(e.text());
                    if (type == EntityType.PERSON && !name.strip().contains(" ")) {
                        name = withFirstNameAfterTitle(e, name);
                    }
                    if (type == EntityType.PERSON && !name.strip().contains(" ")) {
                        name = chain.withSurnameAfter(e, name); // فيليب فينيه … وأضاف فينيه
                    }
                    if (type == EntityType.PERSON && name.strip().contains(" ")) {
                        name = SpeakerPhrases.withLastNamePart(text, e.end(), name); // برايوت تشان أوتشا إنه
                    }
                    if (type == EntityType.ORGANIZATION) {
                        name = SpeakerPhrases.withMediaHead(text, e.start(), name); // وكالة رويترز
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
        boolean afterTitle = Lexicon.SPEAKER_TITLES.contains(title) || (title.length() > 3 && title.charAt(0) == 'و' && Lexicon.SPEAKER_TITLES.contains(title.substring(1)));
        return afterTitle && SpeakerPhrases.isBareNameWord(first) ? text.substring(start, end) + " " + name : name;
    }

    private Quote quote(Speaker speaker, String text, boolean direct) {
        if (speaker != null && speaker.name().isBlank()) {
            speaker = null;
        }
        if (speaker != null) {
            speaker = new Speaker(SpeakerChain.withoutTrailingTime(speaker.name()), speaker.key());
        }
        if (speaker != null && !speaker.name().strip().contains(" ")) {
            boolean person = speaker.key() != null && speaker.key().startsWith("person:");
            speaker = new Speaker(person ? chain.fullPersonName(speaker.name()) : chain.fullName(speaker.name()), speaker.key());
        }
        if (speaker != null && speaker.key() != null && !speaker.key().startsWith("person:")) {
            speaker = new Speaker(SpeakerPhrases.withoutOfficialWord(speaker.name()), speaker.key()); // الرسمية
        }
        if (speaker != null && speaker.key() != null && speaker.key().startsWith("organization:")) {
            speaker = new Speaker(chain.fullOrganization(speaker.name()), speaker.key());
            for (String w : ArabicNormalizer.fold(speaker.name()).split("\\s+")) {
                lastSpokenWithWord.put(w, spokenOrganizations.size());
            }
            spokenOrganizations.add(speaker);
        }
        return new Quote(Optional.ofNullable(speaker).map(Speaker::name), Optional.ofNullable(speaker).map(Speaker::key), text, direct);
    }
}
