package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;
import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

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

    private final SpeakerChain chain;
    private final EntitySpeakers speakers;
    private final SpokenOrganizations spoken;
    private final BodiesBeforeVerb bodies;
    private final StudyMakers studies;
    /** The one quoted last: continuations (وأضاف، مؤكدا، وأشار إلى أن) go on from that speaker, not the last name. */
    private Speaker previous;

    private SpeakerResolver(String text, List<Entity> entities, ExtractionRun run) {
        this.chain = new SpeakerChain(text, entities);
        this.speakers = new EntitySpeakers(text, new EntitySpans(entities), run, chain);
        this.spoken = new SpokenOrganizations(speakers, chain);
        this.bodies = new BodiesBeforeVerb(speakers);
        this.studies = new StudyMakers(speakers);
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
            speaker = speakers.named(offset + d.from(), offset + d.start(), EntityType.PERSON);
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
                // وفق ما قال مسؤولون أكراد: nobody named; وفق ما أكد مصدر محلي والمرصد السوري: the body named beside.
                Speaker beside = speakers.bodyBesideUnnamed(verbAt, thatAt);
                return beside != null ? beside : SpeakerPhrases.bodyPhraseBesideUnnamed(text, verbEnd, r.thatStart());
            }
            speaker = speakers.named(verbAt, thatAt);
            // حسبما أعلنت الحكومة المصرية / وفق ما ذكرت شبكة "السويداء 24": the source stands after its verb.
            int sourceFrom = r.thatStart() - withoutLeadingVerb(folded.substring(verbEnd, r.thatStart())).length();
            if (speaker == null || speaker.key() == null || !speaker.key().startsWith("person:")) {
                Speaker quoted = QuotedNames.quotedName(text, sourceFrom, r.thatStart());
                if (quoted != null) {
                    spoken.rememberHead(folded, sourceFrom, r.thatStart(), quoted);
                    return quoted;
                }
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.organizationPhrase(text, sourceFrom, r.thatStart());
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, sourceFrom, r.thatStart());
            }
            if (speaker == null || !SpeakerNameCleaner.withoutTrailingTime(speaker.name()).strip().contains(" ")) {
                // وفق ما أفاد المرصد: a head noun alone refers back to the body it named in full.
                Speaker mentioned = spoken.organizationMentionedAs(between, thatAt, previous);
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
            Speaker pair = speakers.lastTwoPersons(verbAt);
            if (pair != null) {
                previous = pair;
                return pair;
            }
        }
        if (isParticiple(verb)) {
            // مؤكدا أن …، مشيرا إلى أن …: the participle continues the subject of its sentence: the person named
            // in it before the participle when no clause of the sentence came first, else the one quoted last.
            Speaker subject = r.index() == 0
                    ? speakers.named(offset, offset + text.originalStart(r.verbStart()), EntityType.PERSON) : null;
            if (subject == null && r.index() == 0) {
                subject = bodies.subjectBody(text, offset, r.verbStart()); // عزت أمانة المنطقة الشرقية …، مؤكدة أنها
            }
            if (subject != null) {
                previous = subject;
            }
            return previous;
        }
        Speaker maker = studies.makerOf(text, offset, verbEnd, r.thatStart());
        if (maker != null) {
            // أظهرت دراسة أجراها مكتب … أن / وأضاف الاستطلاع أنه: a finding speaks for the body that made it.
            previous = maker;
            return maker;
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
        // وأوضح في مؤتمر صحفي مشترك مع وزير حقوق الإنسان، محمد عسكر، أن: a title after مع is the companion's.
        boolean title = namesTitle(beforeCompanion(between));
        // وقال مصدر أمني إن …: an unnamed speaker, unless a person is named there (المتحدث باسم الوزارة فلان).
        Speaker person = speakers.named(verbAt, thatAt, EntityType.PERSON);
        boolean unnamed = opensWithUnnamed(between) && (person == null || startsWithUnnamed(person.name()));
        if (speaker == null && unnamed && !SPOKESPERSON_OF.matcher(between).find()) {
            speaker = speakers.bodyBesideUnnamed(verbAt, thatAt); // وقال برلمانيون من المعارضة ومنهم حزب الشعب الجمهوري إن
            if (speaker == null) {
                speaker = SpeakerPhrases.bodyPhraseBesideUnnamed(text, verbEnd, r.thatStart());
            }
        }
        if (speaker == null && unnamed && SPOKESPERSON_OF.matcher(between).find()) {
            // قال متحدث باسم الجيش الإسرائيلي إن …: an unnamed spokesperson speaks for the body named.
            speaker = speakers.named(verbAt, thatAt, EntityType.ORGANIZATION, EntityType.LOCATION);
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, verbEnd, r.thatStart());
            }
        }
        if (speaker == null && IN_IT.matcher(between).matches()) {
            // صدر بيان عن الجيش التركي قال فيه إنه …: "in it" is the statement, its issuer named before the verb.
            speaker = bodies.issuerBefore(text, offset, r.verbStart());
        }
        if (speaker == null && !unnamed && STATEMENT.matcher(between).lookingAt()) {
            speaker = previous; // وأكد البيان الذي نشره … أن: the statement is the last speaker's.
        }
        if (speaker == null && QuoteText.wordBefore(folded, r.verbStart()).equals("قد")) {
            // وكان الشيخ سلطان بن سحيم قد قال … إن: the subject stands before قد, whatever is named after the verb.
            int from = offset + clauseStart(folded, r.verbStart());
            int to = offset + text.originalStart(r.verbStart());
            speaker = speakers.named(from, to, EntityType.PERSON);
            if (speaker == null) {
                speaker = bodies.subjectBody(text, offset, r.verbStart());
            }
            if (speaker == null) {
                speaker = chain.holderWithin(folded.substring(0, r.verbStart()), to)
                        .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(UNNAMED);
            }
        }
        if (speaker == null && isPluralRelative(QuoteText.wordBefore(folded, r.verbStart()))) {
            // المرشحون «الصغار» الذين قالوا إنه …: the relative clause's subject is the noun before it, unnamed here.
            speaker = UNNAMED;
        }
        if (speaker == null && !unnamed) {
            speaker = QuotedNames.quotedName(text, verbEnd, r.thatStart()); // ذكرت وكالة أنباء "الأناضول" التركية أن: the name in marks.
            if (speaker != null) {
                spoken.rememberHead(folded, verbEnd, r.thatStart(), speaker);
            }
        }
        if (speaker == null && !unnamed) {
            speaker = speakers.named(verbAt, thatAt);
            if (speaker != null && title && (speaker.key() == null || !speaker.key().startsWith("person:")
                    || !speaker.name().strip().contains(" "))) {
                // وأوضح مدير مطار الجوف عبدالمحسن المضيان أن / المدير العام للإعلام بإمارة مكة: the title's holder,
                // not the body in the title (nor a one-word fragment), when a person's name stands there.
                Speaker holder = speakers.fullPersonIn(verbAt, thatAt);
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
            speaker = spoken.organizationMentionedAs(between, offset, previous);
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
                    .or(() -> chain.holderWithin(beforeCompanion(between), verbAt)) // رئيس لجنة التحقيق → its head
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
            speaker = speakers.named(offset + clauseStart(folded, r.verbStart()), offset + text.originalStart(r.verbStart()), EntityType.PERSON);
        }
        if (speaker == null && r.index() == 0) {
            // وتشن تركيا … هجوما، تقول إنه … / ويذكر أن المرصد السوري أعلن أن …: a body as the subject before the verb.
            speaker = bodies.subjectBody(text, offset, r.verbStart());
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

    /** A speaker the article does not name: the quote has none, and continuations after it stay unnamed. */
    private static final Speaker UNNAMED = new Speaker("", null);

    /** The speaker a relaying agency names after عن: a person, else a body, else none when unnamed (عن مصادر). */
    private Speaker relayed(ReportedClause r, FoldedText text, int offset, int from) {
        String rest = text.folded().substring(from, r.thatStart());
        Speaker speaker = null;
        if (!opensWithUnnamed(rest) || SPOKESPERSON_OF.matcher(rest).find()) {
            int at = offset + text.originalStart(from);
            int to = offset + text.originalStart(r.thatStart());
            speaker = speakers.named(at, to, EntityType.PERSON);
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
                speaker = speakers.named(at, to, EntityType.ORGANIZATION, EntityType.LOCATION);
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
        while (thatFound && speakers.insideEntity(offset + that.start())) {
            thatFound = that.find(); // كتبت شبكة "سي ان ان": ان inside a name is no أن.
        }
        int cut = thatFound ? that.start() : before.length();
        if (PRONOUN_SOURCE.matcher(folded.substring(verbEnd, cut)).find()) {
            return previous; // ونقلت وكالة يونهاب عنه قوله: the agency reports; "him" is the one quoted before.
        }
        Speaker named = speakers.named(offset + verbEnd, offset + cut);
        if (named != null && (named.key() == null || !named.key().startsWith("person:"))
                && namesTitle(beforeCompanion(folded.substring(verbEnd, cut)))) {
            // شدد رئيس فريق الخبراء، على "…": the title's holder, not the body in the title.
            Speaker holder = chain.holderWithin(folded.substring(verbEnd, cut), offset + verbEnd)
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            named = holder != null ? holder : named;
        }
        if (named != null) {
            return named;
        }
        Speaker quoted = QuotedNames.quotedName(FoldedText.of(before), verbEnd, cut); // وكتبت صحيفة "الشرق اليوم": "…"
        if (quoted != null) {
            return quoted;
        }
        String between = folded.substring(verbEnd, cut);
        if (!PRONOUN_SOURCE.matcher(between).find() && namesTitle(beforeCompanion(between))) {
            // شدد رئيس فريق الخبراء على "…": the person the title (or the body's head title) introduced.
            Speaker holder = chain.holderWithin(beforeCompanion(between), offset + verbEnd)
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            boolean samePerson = holder != null && previous != null && !previous.name().isBlank()
                    && ArabicNormalizer.fold(holder.name()).startsWith(ArabicNormalizer.fold(previous.name()));
            if (holder != null && !samePerson) {
                return holder; // (the one quoted before, when the holder is that person: its name as it was cleaned)
            }
        }
        // ونقلت وكالة … عنه قوله "…" / وقال وزير التجارة "…": the one quoted before.
        if (PRONOUN_SOURCE.matcher(between).find() || namesTitle(between)) {
            return previous;
        }
        if (opensWithoutSubject(between) && !opensWithUnnamed(between)) {
            return previous; // وأضاف للصحفيين في بانكوك: "…": no subject named, the one quoted before.
        }
        if (words(between) <= 1) {
            // واستقبل بوتين ضيفه …، وقال له: "…": the subject of the clause before the verb, else the one quoted before.
            Speaker subject = speakers.named(offset + clauseStart(folded, verbEnd), offset + verbEnd, EntityType.PERSON);
            return subject != null ? subject : previous;
        }
        return spoken.organizationMentionedAs(between, offset + verbEnd, previous);
    }

    private Speaker speakerAfter(String after, int offset) {
        String folded = ArabicNormalizer.fold(after);
        int verbEnd = verbEnd(folded, 0);
        if (verbEnd < 0) {
            // «…»، بحسب وزارة الصحة: the source cited right after the quotation.
            int cue = citedAfter(folded);
            return cue < 0 || folded.length() != after.length() ? null : speakers.named(offset + cue, offset + after.length());
        }
        return speakers.named(offset + verbEnd, offset + after.length());
    }

    private Quote quote(Speaker speaker, String text, boolean direct) {
        if (speaker != null && speaker.name().isBlank()) {
            speaker = null;
        }
        if (speaker != null) {
            speaker = new Speaker(SpeakerNameCleaner.withoutTrailingTime(speaker.name()), speaker.key());
        }
        if (speaker != null && !speaker.name().strip().contains(" ")) {
            boolean person = speaker.key() != null && speaker.key().startsWith("person:");
            speaker = new Speaker(person ? chain.fullPersonName(speaker.name()) : chain.fullName(speaker.name()), speaker.key());
        }
        if (speaker != null && speaker.key() != null && speaker.key().startsWith("person:")) {
            speaker = new Speaker(chain.withLineage(speaker.name()), speaker.key()); // مفرج الحقباني → مفرج بن سعد الحقباني
        }
        if (speaker != null && speaker.key() != null && !speaker.key().startsWith("person:")) {
            speaker = new Speaker(SpeakerPhrases.withoutOfficialWord(speaker.name()), speaker.key()); // الرسمية
        }
        if (speaker != null && speaker.key() != null && speaker.key().startsWith("organization:")) {
            speaker = new Speaker(chain.fullOrganization(speaker.name()), speaker.key());
            // المرصد السوري → المرصد السوري لحقوق الإنسان, cleaned as the name it stands for.
            String longer = SpeakerPhrases.withoutOfficialWord(SpeakerNameCleaner.withoutTrailingTime(
                    chain.longerOrganizationOpeningWith(speaker.name())));
            speaker = new Speaker(longer, speaker.key());
            spoken.spoke(speaker);
        }
        return new Quote(Optional.ofNullable(speaker).map(Speaker::name), Optional.ofNullable(speaker).map(Speaker::key), text, direct);
    }
}
