package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;
import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
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
 * One resolver per article, asked for its quotes in text order ({@link SpeakerChoices}); not thread-safe.
 */
final class SpeakerResolver {

    private final SpeakerChain chain;
    private final EntitySpeakers speakers;
    private final SpokenOrganizations spoken;
    private final BodiesBeforeVerb bodies;
    private final StudyMakers studies;
    private final CitedSpeakers cited;
    private final RelayedSpeakers relayedSpeakers;
    private final DirectSpeakers directSpeakers;
    private final TitledSpeakers titled;
    private final QuoteSpeakerNames names;
    private final LeadSubjects leads;
    private final RoleAnaphora roles;
    /** The one quoted last: continuations (وأضاف، مؤكدا، وأشار إلى أن) go on from that speaker, not the last name. */
    private Speaker previous;
    /**
     * Before anyone is quoted: the subject of the verb-first sentence before the quotation (حذر الدكتور فلان من … .
     * وقال في تغريدة: «…»), whom a verb without a subject goes on from; null once someone has been quoted.
     */
    private Speaker lead;

    SpeakerResolver(String text, List<Entity> entities, ExtractionRun run) {
        this.chain = new SpeakerChain(text, entities);
        this.speakers = new EntitySpeakers(text, new EntitySpans(entities), run, chain);
        this.spoken = new SpokenOrganizations(speakers, chain);
        this.bodies = new BodiesBeforeVerb(speakers);
        this.studies = new StudyMakers(speakers);
        this.cited = new CitedSpeakers(speakers, spoken, chain);
        this.relayedSpeakers = new RelayedSpeakers(speakers);
        this.directSpeakers = new DirectSpeakers(speakers, spoken, chain);
        this.titled = new TitledSpeakers(speakers, chain);
        this.names = new QuoteSpeakerNames(chain, spoken);
        this.leads = new LeadSubjects(text, speakers);
        this.roles = new RoleAnaphora(text);
    }

    /** The options {@link SpeakerRanker} weighs for this article's quotes, read with this resolver's chain. */
    SpeakerOptions options(ExtractionRun run) {
        return new SpeakerOptions(chain, speakers, run, names);
    }

    /** The rules' speaker of the next quotation in text order (null: none found; blank: an unnamed one). */
    Speaker speakerOf(QuoteCandidate c) {
        lead = previous == null ? leads.before(sentenceAt(c)) : null;
        if (c instanceof QuoteCandidate.Direct d) {
            return direct(d);
        }
        return c instanceof QuoteCandidate.Reported r ? speakerOf(r.clause(), r.paragraphOffset())
                : speakerOf(((QuoteCandidate.Opening) c).clause(), ((QuoteCandidate.Opening) c).paragraphOffset());
    }

    /** Where the sentence of {@code c} starts in the article (for a direct quote, where the quotation opens). */
    private static int sentenceAt(QuoteCandidate c) {
        if (c instanceof QuoteCandidate.Direct d) {
            return d.paragraphOffset() + d.start();
        }
        return c instanceof QuoteCandidate.Reported r ? r.paragraphOffset() + r.clause().sentenceStart()
                : ((QuoteCandidate.Opening) c).paragraphOffset() + ((QuoteCandidate.Opening) c).clause().sentenceStart();
    }

    /** The quote {@code c} makes, said by {@code speaker} as the rules resolved it. */
    Quote quoteOf(QuoteCandidate c, Speaker speaker) {
        return names.quoteOf(c, speaker);
    }

    /** The speaker of a direct quote: named before it, else after it, else the one quoted last when it opens its sentence. */
    private Speaker direct(QuoteCandidate.Direct d) {
        String p = d.paragraph();
        int offset = d.paragraphOffset();
        String before = p.substring(d.from(), d.start());
        String after = p.substring(d.end(), sentenceEnd(p, d.end()));
        Speaker speaker = d.opens() ? null : directSpeakers.before(before, offset + d.from(), previous, carried());
        if (speaker == null && d.verbless()) {
            // حيث أصدر العبادي "أمرا ديوانيا …": a long quotation without a speech verb is its sentence's subject's.
            speaker = speakers.named(offset + d.from(), offset + d.start(), EntityType.PERSON);
            speaker = speaker != null ? speaker : carried();
        }
        if (speaker == null) {
            // «لن نتخلى عن أوكرانيا»، قال الرئيس الأمريكي جو بايدن: the speaker is named after the quote.
            speaker = directSpeakers.after(after, offset + d.end());
        }
        if (speaker == null && d.opens()) {
            speaker = carried(); // A quote opening its sentence with no verb after it goes on from the last speaker.
        }
        previous = speaker != null ? speaker : previous;
        return speaker;
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
            return cited.speakerOf(r, offset, previous);
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
            subject = subject != null ? subject : carried();
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
            speaker = carried(); // ونقلت وكالة تاس عنه قوله إن …: the agency relays the one quoted before.
        }
        Matcher tongue = ON_TONGUE_OF.matcher(between);
        if (speaker == null && tongue.find()) {
            return relayed(r, text, offset, verbEnd + tongue.end()); // وأكد على لسان المتحدث باسمه أن …
        }
        Matcher relay = RELAYED_FROM.matcher(between);
        if (speaker == null && isRelayVerb(verb) && relay.find()) {
            // ونقلت وكالة بلومبرغ عن لي مياوتشيان … أن …: the agency relays; the speaker is the one after عن.
            return relayed(r, text, offset, verbEnd + relay.end());
        }
        if (speaker == null && speakers.named(verbAt, thatAt, EntityType.PERSON) == null && roles.refersTo(between, carried(), verbAt)) {
            speaker = carried(); // وقال المفتي إن / وقال المتحدث باسم التحالف إن: the role that introduced the one quoted before.
        }
        if (speaker == null && namesPreviousBySurname(between) && speakers.named(verbAt, thatAt, EntityType.PERSON) == null) {
            speaker = carried(); // تيسير المفرج … وبين المفرج أن: the surname of the one quoted before, the tagger missed.
        }
        if (speaker == null && carried() != null && definiteUnnamedAlone(between)) {
            speaker = carried(); // وأكد المتحدث أن / وذكر المصدر أن: the spokesperson or source met before.
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
            Speaker subject = bodies.subjectBeforeQad(text, offset, r.verbStart(), chain);
            speaker = subject != null ? subject : UNNAMED;
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
            if (speaker != null && title) {
                speaker = titled.holderOverBody(speaker, r, verbAt, thatAt); // وأوضح مدير مطار الجوف عبدالمحسن المضيان أن
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
            speaker = titled.holderAfterVerb(r, verbAt); // وأبان وزير الخارجية الإيطالي أن / …، إحسان الجلبي، إن
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
            speaker = carried(); // وأضاف للصحفيين أثناء توجهه إلى موسكو إن …: no subject named, the one quoted before.
        }
        if (speaker == null && title) {
            speaker = previous; // وأوضح المدرب الإيطالي أن: the one quoted before (a title names no one introduced by a lead).
        }
        if (speaker == null && (onlyPrepositions(between) || folded.substring(r.thatStart(), r.thatEnd()).endsWith("ه"))) {
            speaker = carried(); // وأشار إلى أن …: the one quoted before.
        }
        if (speaker != null) {
            previous = speaker;
        }
        return speaker;
    }

    /** Whether the first word of {@code between} (folded) is the last word of the one quoted before's two-word-or-longer name. */
    private boolean namesPreviousBySurname(String between) {
        Speaker before = carried();
        if (before == null || before.key() == null || !before.key().startsWith("person:")) {
            return false;
        }
        String[] name = dev.marsad.text.ArabicNormalizer.fold(before.name()).strip().split("\\s+");
        Matcher first = LETTERS.matcher(between);
        return name.length >= 2 && first.find() && first.group().equals(name[name.length - 1]) && name[name.length - 1].length() >= 3;
    }

    /** The one a verb without a subject goes on from: the one quoted last, else (nobody quoted yet) the lead subject. */
    private Speaker carried() {
        return previous != null ? previous : lead;
    }

    /** A speaker the article does not name: the quote has none, and continuations after it stay unnamed. */
    private static final Speaker UNNAMED = new Speaker("", null);

    /** The speaker a relaying agency names after عن; continuations after an unnamed one stay unnamed. */
    private Speaker relayed(ReportedClause r, FoldedText text, int offset, int from) {
        Speaker speaker = relayedSpeakers.speakerOf(r, text, offset, from);
        previous = speaker != null ? speaker : UNNAMED;
        return speaker;
    }
}
