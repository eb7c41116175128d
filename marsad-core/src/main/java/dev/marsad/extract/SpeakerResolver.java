package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;
import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
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
    private final DirectSpeakers directSpeakers;
    private final ReportedSpeakers reported;
    private final QuoteSpeakerNames names;
    private final LeadSubjects leads;
    private final Talk talk = new Talk();
    private final String text;

    SpeakerResolver(String text, List<Entity> tagged, ExtractionRun run) {
        this.text = text;
        List<Entity> entities = SpeakerStageNames.completed(text, tagged);
        this.chain = new SpeakerChain(text, entities);
        this.speakers = new EntitySpeakers(text, new EntitySpans(entities), run, chain);
        SpokenOrganizations spoken = new SpokenOrganizations(speakers, chain);
        // One reading of the article's roles and described parties serves direct and reported speech alike.
        RoleAnaphora roles = new RoleAnaphora(text);
        DescribedReferents described = new DescribedReferents(text, speakers);
        this.directSpeakers = new DirectSpeakers(speakers, spoken, chain, described, roles, talk);
        this.leads = new LeadSubjects(text, speakers);
        this.reported = new ReportedSpeakers(talk, chain, speakers, spoken, text, roles, described, leads);
        this.names = new QuoteSpeakerNames(chain, spoken);
    }

    /** The options {@link SpeakerRanker} weighs for this article's quotes, read with this resolver's chain. */
    SpeakerOptions options(ExtractionRun run) {
        return new SpeakerOptions(chain, speakers, run, names);
    }

    /** The rules' speaker of the next quotation in text order (null: none found; blank: an unnamed one). */
    Speaker speakerOf(QuoteCandidate c) {
        int sentence = sentenceAt(c);
        talk.lead = talk.previous == null ? leads.before(sentence) : null;
        LeadSubjects.Lead recent = talk.previous == null ? null : leads.leadBefore(verbAt(c), !(c instanceof QuoteCandidate.Direct));
        talk.recentLead = recent != null && recent.sentenceStart() > talk.lastQuotedAt ? recent : null;
        // A verb with no subject that is no continuation (وقال، not وأضاف) goes on from the subject of the sentence just
        // before whatever that sentence's verb: بدوره، يسعى الرئيس الإيراني حسن روحاني إلى … . وقال عقب اتصال … «…».
        // (Not from a sentence inside quotation marks: أريد أن أحاول قتل تيريزا ماي" has a subject of its own.)
        SpokenVerb verb = spokenVerb(c);
        talk.spokeBefore = talk.recentLead != null && recent.subject().isPerson()
                && (recent.spoke() || !continuesSpeech(verb.verb()) && !hasQuotationMark(recent.sentenceStart(), verbAt(c)))
                && recent.sentenceStart() < leads.sentenceStart(verbAt(c)) ? recent : null;
        talk.gender = verbGender(verb);
        // وقبلها بشهر، تركت إليزابيث شاكللفورد منصبها. وفي خطاب استقالتها …، قالت إنها: the sentence before, when the
        // verb's own sentence names no subject (a gender that disagrees with the one quoted last may go on from it).
        LeadSubjects.Lead prior = talk.recentLead != null || talk.previous == null || !(c instanceof QuoteCandidate.Reported)
                ? null : leads.leadBefore(verbAt(c), false);
        talk.priorLead = prior != null && prior.sentenceStart() > talk.lastQuotedAt ? prior : null;
        Speaker before = talk.previous;
        Speaker speaker = c instanceof QuoteCandidate.Direct d ? direct(d) : reported.speakerOf(clauseOf(c), paragraphOffsetOf(c));
        if (c instanceof QuoteCandidate.Reported r) {
            speaker = innerSpeaker(r, speaker);
        }
        talk.noteGender(speaker, talk.gender);
        talk.noteQuoted(speaker);
        if (before != null && talk.previous != null && !Talk.same(before, talk.previous)) {
            talk.earlier = before;
        }
        talk.lastQuotedAt = sentence;
        return speaker;
    }

    /**
     * The person a reported statement opens with, as the subject of a speech verb of its own followed by أن/إن
     * (ونقلت مجلة "فورين بوليسي" أن ميلفيل أوضح عبر فيسبوك أن …): the words are that person's, relayed; else
     * {@code outer}.
     */
    private Speaker innerSpeaker(QuoteCandidate.Reported r, Speaker outer) {
        String p = r.paragraph();
        int at = r.clause().statementStart();
        while (at < r.clause().statementEnd() && !Character.isLetter(p.charAt(at))) {
            at++;
        }
        int articleAt = r.paragraphOffset() + at;
        for (Entity e : speakers.entities().startingIn(articleAt, articleAt + 1)) {
            if (e.type() != EntityType.PERSON || e.start() != articleAt) {
                continue;
            }
            Matcher words = QuoteText.LETTERS.matcher(dev.marsad.text.ArabicNormalizer.fold(p.substring(e.end() - r.paragraphOffset(),
                    Math.min(p.length(), e.end() - r.paragraphOffset() + 80))));
            if (!words.find() || !Lexicon.isSpeechVerb(words.group())) {
                return outer;
            }
            for (int n = 0; n < 4 && words.find(); n++) {
                if (SpeakerWords.THAT_WITH_PRONOUN.contains(words.group())) {
                    Speaker inner = speakers.named(e.start(), e.end(), EntityType.PERSON);
                    return inner != null ? inner : outer;
                }
            }
        }
        return outer;
    }

    /**
     * Where {@code c}'s speech verb stands in the article (a direct quote: where it opens), so that the lead subject of
     * its own sentence is read before the verb (من ناحيتها طالبت حركة حماس …، مؤكدة أن).
     */
    static int verbAt(QuoteCandidate c) {
        if (c instanceof QuoteCandidate.Direct d) {
            return d.paragraphOffset() + d.start();
        }
        ReportedClause clause = clauseOf(c);
        return paragraphOffsetOf(c) + clause.sentenceStart() + clause.sentence().originalStart(clause.verbStart());
    }

    /** Whether a quotation mark stands in the article between {@code from} and {@code to}. */
    private boolean hasQuotationMark(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if ("\"“”«»".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A candidate's speech verb, folded (the clause's verb, or a direct quote's last one before it; "" when a direct quote
     * has none), and the folded words after it up to the quotation or أن.
     */
    private record SpokenVerb(String verb, String after) {
    }

    private static SpokenVerb spokenVerb(QuoteCandidate c) {
        if (c instanceof QuoteCandidate.Direct d) {
            String before = dev.marsad.text.ArabicNormalizer.fold(d.paragraph().substring(d.from(), d.start()));
            int end = lastVerbEnd(before);
            return end < 0 ? new SpokenVerb("", "") : new SpokenVerb(before.substring(letterRunStart(before, end), end), before.substring(end));
        }
        ReportedClause clause = clauseOf(c);
        String folded = clause.sentence().folded();
        return new SpokenVerb(folded.substring(clause.verbStart(), clause.verbEnd()), folded.substring(clause.verbEnd(), clause.thatStart()));
    }

    /** Whether a folded speech verb is one that continues the speaker quoted before (وأضاف، وتابعت) or a text's (وجاء في). */
    private static boolean continuesSpeech(String verb) {
        String bare = verb.length() > 3 && (verb.charAt(0) == 'و' || verb.charAt(0) == 'ف') ? verb.substring(1) : verb;
        // وجاء في … الالتماس: a text's words, whose issuer no sentence's subject is.
        return ReportedClauses.CONTINUATION_VERBS.contains(bare) || ReportedClauses.CONTINUATION_VERBS.contains(verb)
                || ReportedClauses.CAME_IN_VERBS.contains(verb);
    }

    /** The gender of {@code c}'s speech verb: the clause's verb, or a direct quote's last one before it. */
    static VerbGender verbGender(QuoteCandidate c) {
        return verbGender(spokenVerb(c));
    }

    private static VerbGender verbGender(SpokenVerb verb) {
        // (No verb: VerbGender.of("") is UNKNOWN.)
        return documentSubject(verb.after()) ? VerbGender.UNKNOWN : VerbGender.of(verb.verb());
    }

    /**
     * Whether a statement or report is the verb's subject (وذكر بيان صادر عن إيتا، وأوضح التقرير): the verb agrees with
     * it, so its gender tells nothing of the speaker's (وأضافت: after it is still the movement's).
     */
    private static boolean documentSubject(String foldedAfterVerb) {
        Matcher m = QuoteText.LETTERS.matcher(foldedAfterVerb);
        return m.find() && DOCUMENTS.contains(m.group());
    }

    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("بيان", "البيان", "بيانا", "تقرير", "التقرير", "رساله", "الرساله");

    /** The reported clause of a candidate that is no direct quote. */
    static ReportedClause clauseOf(QuoteCandidate c) {
        return c instanceof QuoteCandidate.Reported r ? r.clause() : ((QuoteCandidate.Opening) c).clause();
    }

    /** Where the paragraph of a candidate that is no direct quote starts in the article. */
    static int paragraphOffsetOf(QuoteCandidate c) {
        return c instanceof QuoteCandidate.Reported r ? r.paragraphOffset() : ((QuoteCandidate.Opening) c).paragraphOffset();
    }

    /** Where the sentence of {@code c} starts in the article (for a direct quote, where the quotation opens). */
    private static int sentenceAt(QuoteCandidate c) {
        if (c instanceof QuoteCandidate.Direct d) {
            return d.paragraphOffset() + d.start();
        }
        return paragraphOffsetOf(c) + clauseOf(c).sentenceStart();
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
        Speaker speaker = d.opens() ? null : directSpeakers.before(before, offset + d.from(), talk.previous, talk.carried(),
                talk.goingOn());
        if (speaker == null && d.verbless()) {
            // حيث أصدر العبادي "أمرا ديوانيا …": a long quotation without a speech verb is its sentence's subject's.
            speaker = speakers.named(offset + d.from(), offset + d.start(), EntityType.PERSON);
            speaker = speaker != null ? speaker : talk.carried();
        }
        if (speaker == null) {
            // «لن نتخلى عن أوكرانيا»، قال الرئيس الأمريكي جو بايدن: the speaker is named after the quote.
            speaker = directSpeakers.after(after, offset + d.end());
        }
        if (speaker == null && d.opens()) {
            speaker = talk.carried(); // A quote opening its sentence with no verb after it goes on from the last speaker.
        }
        talk.previous = speaker != null ? speaker : talk.previous;
        return speaker;
    }

}
