package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;
import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;

/**
 * The speaker of a sentence attributed to a cited source (بحسب، وفقا ل، وفق ما قال، نقلا عن): the source named
 * after the citing words, a name in marks, a head-noun phrase or a speaking body, the body a head noun alone refers
 * back to, the holder of a title cited; nobody for an unnamed source, unless a body is named beside it. Split from
 * {@link SpeakerResolver}; one per article.
 */
final class CitedSpeakers {
    /** نقلا عن inside a cited source (وفق بيان الوزارة نقلا عن الشركة): the one after it said it first. */
    static final java.util.regex.Pattern RELAYED_THROUGH = java.util.regex.Pattern.compile("(?<![\\p{L}])نقلا\\s+عن(?![\\p{L}])");

    private final EntitySpeakers speakers;
    private final SpokenOrganizations spoken;
    private final SpeakerChain chain;
    private final StatementIssuers statements;

    CitedSpeakers(EntitySpeakers speakers, SpokenOrganizations spoken, SpeakerChain chain) {
        this.speakers = speakers;
        this.spoken = spoken;
        this.chain = chain;
        this.statements = new StatementIssuers(speakers, spoken);
    }

    /**
     * Where the source's own words end: at a relative pronoun after them (وبحسب تقرير المستشفى الذي نقلت "ويندي" إليه،
     * فقد …; وفق المرصد الذي يتخذ من بريطانيا مقرا: the one carried there, the place, is no source), unless the clause's
     * verb takes the source as its object pronoun, so that its subject made, issued or runs it (وفق البيان الذي أصدره
     * الجيش، وفق ما أظهرت النتائج التي أعلنتها الهيئة العليا، وفق المنظمة التي تديره "سي ووتش"); else at {@code to}.
     */
    private static int relativeClauseStart(FoldedText text, int from, int to) {
        java.util.regex.Matcher m = LETTERS.matcher(text.folded()).region(from, to);
        boolean wordBefore = false;
        while (m.find()) {
            if (wordBefore && SpeakerWords.isRelative(m.group())) {
                int at = m.start();
                if (!m.find()) {
                    return at;
                }
                String written = text.original().substring(text.originalStart(m.start()), text.originalEnd(m.end()));
                boolean objectPronoun = written.length() > 3 && (written.endsWith("ه") || written.endsWith("ها"));
                return objectPronoun || StudyMakers.isMakingVerb(m.group()) ? to : at;
            }
            wordBefore = true;
        }
        return to;
    }

    /** The speaker of cited clause {@code r} whose sentence starts at {@code offset}; {@code previous}: the one quoted last. */
    Speaker speakerOf(ReportedClause r, int offset, Speaker previous) {
        FoldedText text = r.sentence();
        String folded = text.folded();
        int verbEnd = r.verbEnd();
        int sourceEnd = relativeClauseStart(text, verbEnd, r.thatStart());
        java.util.regex.Matcher relay = RELAYED_THROUGH.matcher(folded).region(verbEnd, sourceEnd);
        if (relay.find()) {
            verbEnd = relay.end(); // وفق بيان الوزارة نقلا عن الشركة: the source relays the one after نقلا عن.
        }
        int verbAt = offset + text.originalEnd(verbEnd);
        int thatAt = offset + text.originalStart(sourceEnd);
        String between = folded.substring(verbEnd, sourceEnd);
        Speaker speaker = null;
        // The source cited is the speaker; an unnamed one (مصادر، مسؤولون) leaves it unknown.
        String subject = withoutLeadingVerb(between);
        Speaker person = speakers.named(verbAt, thatAt, EntityType.PERSON);
        // حسبما أعلن النائب العام سالم سعيد كبيش: a definite noun before a person's name is his title, not a source.
        boolean titled = subject.strip().startsWith("ال") && person != null && !SpeakerCues.namedAfterFrom(subject, person);
        if (SpeakerCues.relativeOfNamed(subject, person)) {
            return Talk.UNNAMED; // وبحسب دفاع ساركوزي فإن: his lawyers speak, unnamed; the name is their client's.
        }
        String stated = between.strip().startsWith("لل") ? "ا" + between.strip().substring(1) : between; // للبيان → البيان
        if (previous != null && !previous.name().isBlank() && STATEMENT.matcher(stated).matches()) {
            return previous; // وقال الوزير في بيان تلاه إن … ووفقا للبيان فإن: the statement of the one quoted last.
        }
        Speaker issuer = statements.issuerOf(text, offset, verbEnd, sourceEnd, previous);
        if (issuer != null) {
            return issuer; // وبحسب بيان لوزارة الداخلية، فإن / وفق بيان صادر عن الجيش: the statement's issuer.
        }
        if (opensWithUnnamed(subject) && !titled) {
            // وفق ما قال مسؤولون أكراد: nobody named; وفق ما أكد مصدر محلي والمرصد السوري: the body named beside.
            Speaker beside = speakers.bodyBesideUnnamed(verbAt, thatAt);
            return beside != null ? beside : SpeakerPhrases.bodyPhraseBesideUnnamed(text, verbEnd, sourceEnd);
        }
        speaker = speakers.named(verbAt, thatAt);
        // حسبما أعلنت الحكومة المصرية / وفق ما ذكرت شبكة "السويداء 24": the source stands after its verb.
        int sourceFrom = sourceEnd - withoutLeadingVerb(folded.substring(verbEnd, sourceEnd)).length();
        if (speaker == null || !speaker.isPerson()) {
            Speaker quoted = QuotedNames.quotedNameOrBare(text, sourceFrom, sourceEnd);
            if (quoted != null) {
                spoken.rememberHead(folded, sourceFrom, sourceEnd, quoted);
                return quoted;
            }
        }
        if (speaker == null) {
            speaker = SpeakerPhrases.organizationPhrase(text, sourceFrom, sourceEnd);
        }
        if (speaker == null) {
            speaker = SpeakerPhrases.speakingBody(text, sourceFrom, sourceEnd);
        }
        if (speaker == null || !SpeakerNameCleaner.withoutTrailingTime(speaker.name()).strip().contains(" ")) {
            // وفق ما أفاد المرصد: a head noun alone refers back to the body it named in full.
            Speaker mentioned = spoken.organizationMentionedAs(between, thatAt, previous);
            speaker = mentioned != null ? mentioned : speaker;
        }
        if (speaker == null || !speaker.isPerson() && SpeakerCues.namesTitle(QuoteText.firstWords(withoutLeadingVerb(between), 2))) {
            // ووفق التدوينة المنشورة على صفحة رئيس الوزراء العراقي، فإنه …: the holder of the title cited; وفق ما يقول
            // مدير المرصد السوري لحقوق الإنسان: the title's holder met before, not the body in the title.
            Speaker holder = chain.holderWithin(between, verbAt).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            speaker = holder != null ? holder : speaker;
        }
        return speaker;
    }
}
