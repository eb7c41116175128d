package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;
import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.regex.Matcher;

/**
 * The speaker of a reported clause (قال فلان إن …، وأضاف أن …، مؤكدا أن …), read against who is talking
 * ({@link Talk}): cited and relayed sources, pairs, participles, studies, spokespersons and statements, titles,
 * the subject before the verb, and continuations that go on from the one quoted last. Split from
 * {@link SpeakerResolver}, which resolves direct quotes and asks this class for every clause; one per article.
 */
final class ReportedSpeakers {
    private final Talk talk;
    private final SpeakerChain chain;
    private final EntitySpeakers speakers;
    private final SpokenOrganizations spoken;
    private final BodiesBeforeVerb bodies;
    private final StudyMakers studies;
    private final DocumentPublishers documents;
    private final StatementIssuers statements;
    private final CitedSpeakers cited;
    private final RelayedSpeakers relayedSpeakers;
    private final TitledSpeakers titled;
    private final RoleAnaphora roles;
    private final DescribedReferents described;
    private final LeadSubjects leads;

    ReportedSpeakers(Talk talk, SpeakerChain chain, EntitySpeakers speakers, SpokenOrganizations spoken, String text,
            RoleAnaphora roles, DescribedReferents described, LeadSubjects leads) {
        this.talk = talk;
        this.chain = chain;
        this.speakers = speakers;
        this.spoken = spoken;
        this.bodies = new BodiesBeforeVerb(speakers);
        this.studies = new StudyMakers(speakers);
        this.documents = new DocumentPublishers(text, speakers);
        this.statements = new StatementIssuers(speakers, spoken);
        this.cited = new CitedSpeakers(speakers, spoken, chain);
        this.relayedSpeakers = new RelayedSpeakers(speakers);
        this.titled = new TitledSpeakers(speakers, chain);
        this.roles = roles;
        this.described = described;
        this.leads = leads;
    }

    /** Whether {@code speaker} is a news outlet: its name opens with a media noun (صحيفة، موقع، وكالة) or is a listed agency. */
    private static boolean outlet(Speaker speaker) {
        String name = ArabicNormalizer.fold(speaker.name()).strip();
        String first = name.split("\\s+")[0];
        return SpeakerWords.MEDIA_HEADS.contains(first) || SpeakerWords.MEDIA_HEADS.contains(SpeakerNameCleaner.bare(first))
                || Lexicon.NEWS_AGENCIES.contains(name);
    }

    /** بالقول، قائلا (folded): "by saying" between a verb and إن, which names no subject. */
    private static final java.util.Set<String> BY_SAYING = java.util.Set.of("بالقول", ArabicNormalizer.fold("قائلا"),
            ArabicNormalizer.fold("قائلة"));

    /** المصدر، المصادر (folded): an unnamed source, whoever was quoted before but an outlet. */
    private static final java.util.Set<String> SOURCE_NOUNS = java.util.Set.of(
            ArabicNormalizer.fold("المصدر"), ArabicNormalizer.fold("المصادر"));

    /**
     * The speaker of أما …، فيرى أن / فقال إن: the topic set before the verb with أما, which ف then takes up (أما
     * النائب عن الحزب الديمقراطي الكردستاني، شيروان الدوبرداني، فيرى أن) — the person named there, else the body;
     * null when the sentence does not open with أما or the verb carries no ف.
     */
    private Speaker topicBeforeFa(String folded, int offset, FoldedText text, int verbStart, String verb) {
        if (verb.length() < 4 || verb.charAt(0) != 'ف') {
            return null;
        }
        Matcher first = LETTERS.matcher(folded);
        if (!first.find() || first.start() >= verbStart || !(first.group().equals("اما") || first.group().equals("واما"))) {
            return null;
        }
        int from = offset + text.originalEnd(first.end());
        int to = offset + text.originalStart(verbStart);
        Speaker person = speakers.named(from, to, EntityType.PERSON);
        return person != null ? person : speakers.named(from, to, EntityType.ORGANIZATION);
    }

    /** The most words before a participle for the subject of its sentence's opening verb to be its subject. */
    private static final int LEAD_WORDS = 8;

    /** The most words between an unnamed someone's noun and the verb that describes it (مسؤول كبير بوزارة الدفاع قال). */
    private static final int DESCRIBED_WORDS = 5;

    /**
     * Whether the last words before a verb (folded, no punctuation between) hold an unnamed speaker's noun without the
     * article (مسؤول، مصدر, also after ل/ب: لمسؤول): the verb, with no و before it, is that someone's.
     */
    private static boolean unnamedJustBefore(String foldedBefore) {
        String tail = foldedBefore;
        int cut = Math.max(Math.max(tail.lastIndexOf('،'), tail.lastIndexOf(',')), Math.max(tail.lastIndexOf('.'), tail.lastIndexOf('"')));
        tail = tail.substring(cut + 1);
        String[] words = tail.strip().split("\\s+");
        for (int i = Math.max(0, words.length - DESCRIBED_WORDS); i < words.length; i++) {
            String w = words[i];
            String bare = w.length() > 3 && "لبو".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
            if (Lexicon.UNNAMED_SPEAKERS.contains(w) || Lexicon.UNNAMED_SPEAKERS.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of telling someone (folded): أبلغ، أخبر; their object is the one told, not the speaker. */
    private static final java.util.Set<String> TELLING = java.util.Set.of("ابلغ", "ابلغت", "اخبر", "اخبرت");

    /** Whether {@code sentence} (folded) opens with a speech verb whose subject is an unnamed speaker (وقال أحد الشهود). */
    private static boolean opensWithUnnamedSubject(String sentence) {
        return unnamedAfterFirstWord(sentence, Lexicon::isSpeechVerb);
    }

    /**
     * Whether {@code sentence} (folded) opens with a word {@code opener} accepts and an indefinite unnamed speaker's
     * noun right after it: the subject of that first word, a verb.
     */
    private static boolean unnamedAfterFirstWord(String sentence, java.util.function.Predicate<String> opener) {
        Matcher first = LETTERS.matcher(sentence);
        if (!first.find() || !sentence.substring(0, first.start()).isBlank() || !opener.test(first.group())) {
            return false;
        }
        String rest = sentence.substring(first.end());
        // المتحدث باسم الوزارة is definite: a spokesman the article names or met before, not an unnamed one.
        return opensWithUnnamed(rest) && !rest.strip().startsWith("ال");
    }

    /**
     * Whether {@code sentence} (folded, the words before a speech verb) opens with a word that may be a verb (no article,
     * no stop word, not a place or time opener) and an indefinite unnamed speaker's noun right after it (ونشرت صحف
     * فرنسية، وطالب بعض المواطنين): the sentence's subject is that unnamed speaker. {@link #opensWithUnnamedSubject} is
     * the narrower test for a speech verb first, read for participles; both are {@link #unnamedAfterFirstWord}.
     */
    private static boolean opensWithAnyVerbAndUnnamed(String sentence) {
        return unnamedAfterFirstWord(sentence, w -> {
            String bare = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
            return !(bare.startsWith("ال") || bare.length() < 3 || Lexicon.STOPWORDS.contains(w) || Lexicon.STOPWORDS.contains(bare)
                    || SpeakerWords.NO_SUBJECT_OPENERS.contains(bare) || SpeakerWords.KANA.contains(w));
        });
    }

    /**
     * The speaker of words that "came in" a text (وجاء في بيان لوزارة الخارجية أن، وجاء فيه أن): the issuer of a
     * statement or report the words after في name, else for فيه/فيها the one quoted last; null when neither is read
     * (the speaker is then sought as after a speech verb: وجاء في البيان أن goes on from the sentence before).
     */
    private Speaker cameInIssuer(ReportedClause r, int offset) {
        FoldedText text = r.sentence();
        Matcher m = LETTERS.matcher(text.folded()).region(r.verbEnd(), r.thatStart());
        if (!m.find()) {
            return null;
        }
        if (!m.group().equals("في")) {
            // بيان الحزب الذي جاء فيه أن: in the statement just named, its issuer's; else the one quoted last.
            Speaker named = issuerOfStatementBefore(text, offset, r.verbStart());
            return named != null ? named : talk.previous;
        }
        Speaker issuer = statements.issuerOf(text, offset, m.end(), r.thatStart(), talk.previous);
        if (issuer != null) {
            return issuer;
        }
        // وجاء في التقرير المقدم للمحكمة أن: the one a text was sent to is no author; the author is not named.
        while (m.find()) {
            if (SENT_TO.contains(m.group())) {
                return Talk.UNNAMED;
            }
        }
        return null;
    }

    /** The issuer of the last indefinite بيان before {@code verbStart} in the sentence, up to a relative pronoun; or null. */
    private Speaker issuerOfStatementBefore(FoldedText text, int offset, int verbStart) {
        Matcher w = LETTERS.matcher(text.folded()).region(0, verbStart);
        int statement = -1;
        int relative = verbStart;
        while (w.find()) {
            if (w.group().equals("بيان")) {
                statement = w.start();
                relative = verbStart;
            } else if (statement >= 0 && relative == verbStart
                    && SpeakerWords.isRelative(w.group())) {
                relative = w.start();
            }
        }
        return statement < 0 ? null : statements.issuerOf(text, offset, statement, relative, talk.previous);
    }

    /** Participles of a text sent or handed to someone (folded): المقدم للمحكمة، الموجهة إلى. */
    private static final java.util.Set<String> SENT_TO = java.util.Set.of("المقدم", "المقدمه", "الموجه", "الموجهه",
            "المرسل", "المرسله", "المرفوع", "المرفوعه");

    /**
     * The speaker of a reported clause (also of a direct quote opening one: قال فلان إن «…»), and the speaker a
     * continuation after it takes.
     */
    Speaker speakerOf(ReportedClause r, int paragraphOffset) {
        FoldedText text = r.sentence();
        String folded = text.folded();
        int offset = paragraphOffset + r.sentenceStart();
        int verbEnd = r.verbEnd();
        int verbAt = offset + text.originalEnd(verbEnd);
        int thatAt = offset + text.originalStart(r.thatStart());
        String between = folded.substring(verbEnd, r.thatStart());
        int subjectEnd = r.thatStart(); // where the words that may name the speaker end (see mediumStart below)
        String verb = folded.substring(r.verbStart(), verbEnd);
        Matcher inWhich = IN_IT.matcher(between);
        if (inWhich.lookingAt() && !between.substring(inWhich.end()).isBlank()) {
            // في وقت أكدت فيه أثينا أنها: "in which" between the verb and its subject; the subject follows it.
            verbEnd += inWhich.end();
            verbAt = offset + text.originalStart(verbEnd);
            between = folded.substring(verbEnd, r.thatStart());
        }
        int aside = QuoteText.asideEnd(folded, verbEnd);
        if (aside > 0 && aside <= r.thatStart()) {
            // وقال - دون أن يسمي دولا بأسمائها - إن: an aside names no one; the subject, if any, follows it.
            verbEnd = aside;
            verbAt = offset + text.originalStart(verbEnd);
            between = folded.substring(verbEnd, r.thatStart());
        }
        Speaker speaker = null;
        if (r.cited()) {
            return cited.speakerOf(r, offset, talk.previous);
        }
        Speaker textIssuer = ReportedClauses.CAME_IN_VERBS.contains(verb) ? cameInIssuer(r, offset) : null;
        if (textIssuer != null) {
            talk.previous = textIssuer.name().isBlank() ? talk.previous : textIssuer;
            return textIssuer;
        }
        Speaker topic = topicBeforeFa(folded, offset, text, r.verbStart(), verb);
        if (topic != null) {
            talk.previous = topic;
            return topic;
        }
        if (isDual(verb)) {
            // وبينا أنها …، قالا إن: two speakers together, the last two people the article named before the verb.
            Speaker pair = speakers.lastTwoPersons(verbAt);
            if (pair != null) {
                talk.previous = pair;
                return pair;
            }
        }
        if (isParticiple(verb)) {
            // مؤكدا أن …، مشيرا إلى أن …: the participle continues the subject of its sentence: the person named
            // in it before the participle when no clause of the sentence came first, else the one quoted last.
            Speaker subject = null;
            if (r.index() == 0) {
                subject = speakers.subjectBefore(offset, offset + text.originalStart(r.verbStart()));
                if (subject == null) {
                    subject = bodies.subjectBody(text, offset, r.verbStart()); // عزت أمانة المنطقة الشرقية …، مؤكدة أنها
                }
                if (subject == null && opensWithUnnamedSubject(folded.substring(0, r.verbStart()))
                        && speakers.named(offset, offset + text.originalStart(r.verbStart()), EntityType.PERSON) == null) {
                    // وقال أحد الشهود لرويترز عبر الهاتف قائلا إن: the sentence's own subject, unnamed, not the one before.
                    subject = Talk.UNNAMED;
                }
                if (subject == null && QuoteText.words(folded.substring(0, r.verbStart())) <= LEAD_WORDS) {
                    // كما رفضت أبل التعليق قائلة إن: the body right after the sentence's opening verb, whatever that
                    // verb, in a short sentence (a longer one may hold another subject's clause before the participle).
                    subject = leads.subjectOf(offset, offset + text.originalStart(r.verbStart()));
                }
            }
            subject = subject != null ? subject : talk.goingOn();
            if (subject != null) {
                talk.previous = subject;
            }
            return talk.previous;
        }
        Speaker maker = studies.makerOf(text, offset, verbEnd, r.thatStart());
        if (maker != null) {
            // أظهرت دراسة أجراها مكتب … أن / وأضاف الاستطلاع أنه: a finding speaks for the body that made it.
            talk.previous = maker;
            return maker;
        }
        Speaker publisher = documents.publisherOf(text, offset, verbEnd, r.thatStart());
        if (publisher != null) {
            // نشر مكتب التحقيقات الاتحادي وثائق … وذكرت الوثائق أن: documents speak for the body that published them.
            talk.previous = publisher;
            return publisher;
        }
        Speaker issuer = statements.issuerOf(text, offset, verbEnd, r.thatStart(), talk.previous);
        if (issuer != null) {
            // وقال بيان صادر عن القصر الملكي إن / وأوضح بيان النادي أن: a statement speaks for whoever issued it.
            talk.previous = issuer;
            return issuer;
        }
        if (PRONOUN_SOURCE.matcher(between).find()) {
            speaker = talk.carried(); // ونقلت وكالة تاس عنه قوله إن …: the agency relays the one quoted before.
        }
        if (speaker == null && talk.carried() != null && opensWithSameOne(between)) {
            speaker = talk.carried(); // وأفاد المصدر نفسه أن: the one quoted before, named or not.
        }
        if (speaker == null && BY_SAYING.contains(between.strip())) {
            speaker = talk.goingOn(); // وتابع بالقول إن …: the verb's manner, no subject; the one quoted before goes on.
        }
        Matcher tongue = ON_TONGUE_OF.matcher(between);
        if (speaker == null && tongue.find()) {
            return relayed(r, text, offset, verbEnd + tongue.end()); // وأكد على لسان المتحدث باسمه أن …
        }
        Matcher relay = RELAYED_FROM.matcher(between);
        if (speaker == null && isRelayVerb(verb) && relay.find()) {
            // ونقلت رويترز عن بيان لوزارة الخزانة أن: the statement's issuer, not the agency that relays it.
            Speaker relayedIssuer = statements.issuerOf(text, offset, verbEnd + relay.end(), r.thatStart(), talk.previous);
            if (relayedIssuer != null) {
                talk.previous = relayedIssuer;
                return relayedIssuer;
            }
            // ونقلت وكالة بلومبرغ عن لي مياوتشيان … أن …: the agency relays; the speaker is the one after عن.
            return relayed(r, text, offset, verbEnd + relay.end());
        }
        Matcher through = CitedSpeakers.RELAYED_THROUGH.matcher(between);
        if (speaker == null && through.find() && relaysNamedOrUnnamed(r, text, offset, verbEnd, through)) {
            // وذكرت وكالة أنباء الأناضول نقلا عن مصادر أمنية أن: whatever the verb, the outlet relays the one after نقلا عن.
            return relayed(r, text, offset, verbEnd + through.end());
        }
        if (speaker == null && opensWithHonorific(between)) {
            speaker = talk.carried(); // قال الأمير خالد الفيصل إن … وأكد سموه أن: the titled person speaks on.
        }
        int medium = mediumStart(between);
        if (speaker == null && medium < between.length()) {
            // وأشار في لقاء مع قناة «روسيا اليوم» إلى أن / وقالت الوزارة في بيان نشرته وكالة نوفوستي: the outlet is where
            // the words were said; only what stands before it may name the speaker.
            thatAt = offset + text.originalStart(verbEnd + medium);
            subjectEnd = verbEnd + medium;
            between = between.substring(0, medium);
        }
        int relativeAt = relativeClauseStart(between);
        if (speaker == null && relativeAt < between.length()) {
            // وأوضح بعض المهاجرين الذين تحدثت إليهم "أسوشيتد برس" أن: a plural relative clause after the subject's
            // noun describes the group; who is named inside it is not who speaks.
            thatAt = offset + text.originalStart(verbEnd + relativeAt);
            subjectEnd = verbEnd + relativeAt;
            between = between.substring(0, relativeAt);
        }
        // وقال مصدر أمني إن …: an unnamed speaker, unless a person is named there (المتحدث باسم الوزارة فلان).
        Speaker person = speakers.named(verbAt, thatAt, EntityType.PERSON);
        if (speaker == null && person == null && QuoteText.words(between) <= 1 && !verb.startsWith("و") && !verb.startsWith("ف")
                && speakers.named(verbAt, thatAt) == null && !opensWithUnnamed(between)) {
            // وأضاف: الرئيس السيسي قال بصراحة إن: the person right before a verb not joined by و/ف, nothing but an
            // adverb after it, is its subject (as for direct quotes; not after عن/حول: a topic; nor in a relative clause).
            int verbStartAt = offset + text.originalStart(r.verbStart());
            String before = folded.substring(0, r.verbStart());
            if (!DirectSpeakers.hasRelative(before) && speakers.subjectBefore(offset, verbStartAt) != null) {
                speaker = speakers.personJustBefore(verbStartAt);
            }
            if (speaker == null && QuoteText.words(between) == 0 && unnamedJustBefore(before)) {
                // تصريحات مسؤول كبير بوزارة الدفاع قال إن: the verb describes an unnamed someone just named, its subject.
                speaker = Talk.UNNAMED;
            }
        }
        if (speaker == null && person == null && roles.refersTo(between, talk.carried(), verbAt)) {
            speaker = talk.carried(); // وقال المفتي إن / وقال المتحدث باسم التحالف إن: the role that introduced the one quoted before.
        }
        if (speaker == null && person == null) {
            speaker = roles.referent(between, talk.previous, talk.quotedPersonsLatestFirst(), verbAt); // … or one quoted earlier.
        }
        if (speaker == null && namesPreviousBySurname(between) && person == null) {
            speaker = talk.carried(); // تيسير المفرج … وبين المفرج أن: the surname of the one quoted before, the tagger missed.
        }
        String firstWord = firstWords(between, 1); // (between is cut no further after this point)
        if (speaker == null && talk.carried() != null && definiteUnnamedAlone(between)) {
            speaker = talk.carried(); // وأكد المتحدث أن / وذكر المصدر أن: the spokesperson or source met before.
            if ((firstWord.endsWith("ون") || firstWord.endsWith("اء")) && !talk.carried().name().isBlank()) {
                // ويرى المراقبون أن after أكشينار was quoted: observers, analysts, experts in general, none named (a
                // broken plural too: وقال العلماء، الخبراء، الأطباء إن).
                speaker = Talk.UNNAMED;
            }
            if (!speaker.name().isBlank() && roles.introducedSince(between, talk.lastQuotedAt, verbAt)) {
                // بومبيو … تصريحات مسؤول دفاعي أميركي كبير تحدث مع صحفيين. وقال المسؤول إن: the official introduced
                // since the last quotation, unnamed, not the one quoted last.
                speaker = Talk.UNNAMED;
            }
            if (SOURCE_NOUNS.contains(firstWord) && !speaker.name().isBlank() && !outlet(speaker)) {
                // وقال المصدر الأمني إن after السلطات were quoted: a source is nobody the article names (the one met
                // before, مصدر أمني تونسي رفيع قد أفاد, spoke without إن and was not quoted); after an outlet it is the
                // outlet (قالت صحيفة لوموند إن … وأوضح المصدر أنه).
                speaker = Talk.UNNAMED;
            }
        }
        // وأوضح في مؤتمر صحفي مشترك مع وزير حقوق الإنسان، محمد عسكر، أن: a title after مع is the companion's.
        boolean title = namesTitle(beforeCompanion(between));
        if (speaker == null && SpeakerCues.relativeOfNamed(between, person)) {
            speaker = Talk.UNNAMED; // وقالت والدة نيكي فيرستابن إن: the mother speaks, unnamed; the name is her child's.
        }
        boolean unnamed = opensWithUnnamed(between)
                && (person == null || startsWithUnnamed(person.name()) || SpeakerCues.namedAfterFrom(between, person));
        Matcher spokespersonFor = SpeakerCues.SPOKESPERSON_FOR.matcher(between);
        if (speaker == null && person == null && spokespersonFor.lookingAt()) {
            // وقال المتحدث الرسمي لوزارة الصحة إن: the spokesperson of the body after ل speaks for it, as with باسم; not
            // an outlet after ل (وقال المتحدث الرسمي لرويترز: whom he told), which leaves him unnamed.
            Speaker body = spokespersonFor.group(1).startsWith("لل")
                    ? SpeakerPhrases.speakingBody(text, verbEnd, subjectEnd) // للجيش → الجيش
                    : SpeakerPhrases.organizationPhrase(text, verbEnd + spokespersonFor.start(1) + 1, subjectEnd);
            speaker = body != null && !outlet(body) ? body : null;
        }
        if (speaker == null && unnamed && !SPOKESPERSON_OF.matcher(between).find()) {
            speaker = speakers.bodyBesideUnnamed(verbAt, thatAt); // وقال برلمانيون من المعارضة ومنهم حزب الشعب الجمهوري إن
            if (speaker == null) {
                speaker = SpeakerPhrases.bodyPhraseBesideUnnamed(text, verbEnd, subjectEnd);
            }
        }
        if (speaker == null && unnamed && SPOKESPERSON_OF.matcher(between).find()) {
            // قال متحدث باسم الجيش الإسرائيلي إن …: an unnamed spokesperson speaks for the body named.
            speaker = speakers.named(verbAt, thatAt, EntityType.ORGANIZATION, EntityType.LOCATION);
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, verbEnd, subjectEnd);
            }
            if (speaker == null) {
                speaker = spoken.bodyAfterSpokesman(text, verbEnd, subjectEnd, verbAt, talk.previous);
            }
        }
        if (speaker == null && IN_IT.matcher(between).matches()) {
            // صدر بيان عن الجيش التركي قال فيه إنه …: "in it" is the statement, its issuer named before the verb.
            speaker = bodies.issuerBefore(text, offset, r.verbStart());
        }
        if (speaker == null && !unnamed && STATEMENT.matcher(between).lookingAt() && person == null) {
            // وأكد البيان الذي نشره … أن: the statement is the last speaker's; وأضاف البيان الموقع باسم فلان أن: its signatory's.
            speaker = spoken.statementOf(talk.previous);
        }
        if (speaker == null && (QuoteText.wordBefore(folded, r.verbStart()).equals("قد") || afterKana(folded, r.verbStart()))) {
            // وكان الشيخ سلطان بن سحيم قد قال … إن: the subject stands before قد, whatever is named after the verb.
            Speaker subject = bodies.subjectBeforeQad(text, offset, r.verbStart(), chain);
            speaker = subject != null ? subject : Talk.UNNAMED;
        }
        if (speaker == null && TELLING.contains(verb.startsWith("و") ? verb.substring(1) : verb)) {
            // الفريق علي غيدان أبلغ لجنة التحقيق بأنه: a verb of telling after a person named right before it; the
            // body after it is whom he told.
            Speaker teller = speakers.namedRightBefore(offset + text.originalStart(r.verbStart()), false);
            speaker = teller != null && teller.isPerson() ? teller : null;
        }
        String relative = wordBefore(folded, r.verbStart());
        if (speaker == null && isPluralRelative(relative)) {
            // المرشحون «الصغار» الذين قالوا إنه …: the relative clause's subject is the noun before it, unnamed here.
            speaker = Talk.UNNAMED;
        }
        if (speaker == null && SpeakerWords.SINGULAR_RELATIVES.contains(relative) && speakers.named(verbAt, thatAt) == null) {
            // علي العياشي الذي أوضح أن / كاثرين مايورغا، والتي ادعت أنه: the relative clause's subject is the one named
            // right before the pronoun (a body only when the pronoun agrees with its head noun).
            int relativeStart = folded.lastIndexOf(relative, r.verbStart());
            speaker = speakers.namedRightBefore(offset + text.originalStart(relativeStart), relative.endsWith("تي"));
        }
        if (speaker == null && !unnamed) {
            speaker = QuotedNames.quotedNameOrBare(text, verbEnd, subjectEnd); // ذكرت وكالة أنباء "الأناضول" التركية أن: the name in marks.
            String marked = speaker == null ? "" : ArabicNormalizer.fold(speaker.name()).strip();
            if (marked.startsWith("ال") && Lexicon.SPEAKER_HEADS.contains(marked)) {
                // وأشارت "الهيئة" إلى أن: a head noun in marks refers back as it does without them.
                Speaker body = spoken.organizationMentionedAs(marked, verbAt, talk.previous);
                speaker = body != null ? body : speaker;
            }
            if (speaker != null) {
                spoken.rememberHead(folded, verbEnd, subjectEnd, speaker);
            }
        }
        if (speaker == null && !unnamed && !title) {
            speaker = spoken.headAloneAsSubject(between, verbAt, talk.previous); // وأكدت الهيئة "…" أن: the noun, not the name.
        }
        if (speaker == null && !unnamed) {
            speaker = speakers.named(verbAt, thatAt);
            Speaker body = speaker == null || title || !Lexicon.SPEAKING_BODIES.contains(firstWord) ? null
                    : SpeakerPhrases.speakingBody(text, verbEnd, subjectEnd);
            if (body != null && !ArabicNormalizer.fold(body.name()).equals(ArabicNormalizer.fold(speaker.name()))
                    && !speakers.startsAt(speaker, offset + text.originalStart(QuoteText.wordStart(folded, verbEnd)))) {
                // وقال الادعاء الملكي لمحكمة أولد بيلي إن: a body that speaks without a proper name stands right after
                // the verb; a name later in the words is whom or where it spoke to.
                speaker = body;
            }
            if (speaker != null && !title && !speaker.isPerson()
                    && bodyOnlyInCircumstance(between, speaker.name())) {
                speaker = null; // وأضاف خلال جلسة بالكونغرس إنه: where the words were said, not who said them.
            }
            if (speaker != null && title) {
                speaker = titled.holderOverBody(speaker, r, verbAt, thatAt); // وأوضح مدير مطار الجوف عبدالمحسن المضيان أن
                if (!speaker.isPerson()) {
                    // وأوضح نائب مدير مطار عدن الدولي أن: the one quoted before whom the title introduced (نائب مدير عام
                    // مطار عدن الدولي), not the airport in it.
                    Speaker introduced = quotedIntroducedAs(between, verbAt);
                    speaker = introduced != null ? introduced : speaker;
                }
            } else if (speaker != null && !speaker.isPerson()) {
                // وأضاف عميد شؤون أعضاء هيئة التدريس أنه: a role over the body (no listed title) that the article wrote
                // before the person holding it stands for that person, not for the body in it.
                speaker = titled.roleHolderOverBody(speaker, between, verbAt);
            }
        }
        if ((speaker == null || DescribedReferents.isDescription(speaker)) && !unnamed) {
            // وقالت الشركة الهندية إن / وقال الوزير الروسي إن: the party named before with that noun and nationality
            // (المنظمة الألمانية, an entity to the tagger, too).
            Speaker referent = described.referent(between, verbAt, talk.previous);
            if (referent != null) {
                speaker = referent;
            }
        }
        if (speaker == null && !title && !unnamed) {
            speaker = bodyEndingWith(between, verbAt); // وأكد المركزي الروسي أن after البنك المركزي الروسي
        }
        if (speaker == null && !title && !unnamed) {
            // وصعد سهم بنك أبوظبي التجاري بعدما قال البنك إن: the nearest body with the head noun before the verb,
            // in its own sentence too.
            speaker = spoken.organizationMentionedAs(between, verbAt, talk.previous);
        }
        if (speaker == null && !title && !unnamed) {
            speaker = SpeakerPhrases.organizationPhrase(text, verbEnd, subjectEnd);
        }
        if (speaker == null && !title && !unnamed) {
            speaker = SpeakerPhrases.speakingBody(text, verbEnd, subjectEnd);
        }
        if (speaker == null && title && !unnamed) {
            // وأبان وزير الخارجية الإيطالي أن / …، إحسان الجلبي، إن (not the title of the one an unnamed source is close to)
            speaker = titled.holderAfterVerb(r, verbAt);
            if (speaker == null) {
                speaker = quotedIntroducedAs(between, verbAt); // the title written with a word fewer (عام)
            }
        }
        if (speaker == null && !unnamed && !title) {
            // وشدد المسيري على أن …: a surname the tagger missed, of a person the article named in full.
            speaker = chain.personByWord(between).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
        }
        if (speaker == null && unnamed) {
            // وأوضح نائب مدير مطار عدن الدولي أن: نائب opens a title too, of the one quoted before it introduced.
            speaker = quotedIntroducedAs(between, verbAt);
        }
        if (speaker == null && unnamed) {
            speaker = Talk.UNNAMED; // وقال مصدر أمني إن …: nobody named; what follows him stays unnamed.
        }
        if (speaker == null && r.index() == 0 && opensWithUnnamedNoun(folded.substring(clauseStart(folded, r.verbStart()), r.verbStart()))) {
            speaker = Talk.UNNAMED; // لكن مصدرا داخل مقر جهاز الاستخبارات قال إن: the unnamed subject opens the sentence.
        }
        if (speaker == null && r.index() == 0 && butAccusativeUnnamed(folded.substring(0, r.verbStart()))) {
            // لكن مصدرًا بارزًا في الجيش السوري الحر في شمال سوريا، أكد لـ«الشرق الأوسط» أن: the accusative after لكن is
            // the verb's subject, however long its description and past a comma.
            speaker = Talk.UNNAMED;
        }
        if (speaker == null && r.index() == 0) {
            // وتساءل كثيرون عن محمد صلاح، لكن الاتحاد المصري لكرة القدم أعلن أن: a body right before the verb is its subject.
            speaker = speakers.bodyOpeningClauseBefore(offset + text.originalStart(r.verbStart()));
        }
        if (speaker == null && r.index() == 0) {
            // وكان كيشيدا قد قال إنه …: the subject stands before the verb (of the sentence's first clause only); not
            // past an unnamed one right before it (وبرر فريق الدفاع عن رمضان طلبه …، لكن خبيرة طبية أكدت أن), but
            // after one (ونقلت تقارير عن لافروف وصفه).
            int unnamedEnd = unnamedEndBefore(folded, r.verbStart());
            int clause = offset + text.originalStart(Math.max(clauseStart(folded, r.verbStart()), unnamedEnd));
            speaker = speakers.named(clause, offset + text.originalStart(r.verbStart()), EntityType.PERSON);
            LeadSubjects.Lead lead = speaker != null && verb.startsWith("و") ? leads.leadIn(clause, offset + text.originalStart(r.verbStart())) : null;
            if (lead != null && !lead.subject().isPerson() && !Talk.same(lead.subject(), speaker)
                    && lead.gender() != VerbGender.UNKNOWN && lead.gender() == talk.gender) {
                // أكد تحالف القوى العراقية رفضه تصريحات … نوري المالكي … ووصفها بأنها: a verb joined by و to the one
                // opening the sentence, of its gender, shares its subject, a body there; the person is in that verb's
                // object (not after قامت إدارة العلاقات العامة بزيارة … وأعرب والد الطفلة … وأضاف: another subject).
                speaker = lead.subject();
            }
        }
        if (speaker == null && r.index() == 0) {
            // وتشن تركيا … هجوما، تقول إنه … / ويذكر أن المرصد السوري أعلن أن …: a body as the subject before the verb.
            speaker = bodies.subjectBody(text, offset, r.verbStart());
        }
        if (speaker == null && r.index() > 0 && between.isBlank()) {
            // وذكرت ريان إير أن … لكن الشرطة قالت إن: the body after لكن is the later verb's subject (the body it
            // refers back to, الشرطة الألمانية, when the article named it so), not the first clause's.
            Speaker body = BodiesBeforeVerb.bodyAfterContrast(text, r.verbStart());
            if (body != null) {
                Speaker named = spoken.organizationMentionedAs(ArabicNormalizer.fold(body.name()), offset + text.originalStart(r.verbStart()), talk.previous);
                speaker = named != null ? named : body;
            }
        }
        if (speaker == null && unnamedRightBefore(folded, r.verbStart())) {
            speaker = Talk.UNNAMED; // غير أن مسؤولين محليين وصفوهم بأنهم: the unnamed subject stands before the verb.
        }
        if (speaker == null && r.index() == 0 && (between.isBlank() || opensWithoutSubject(between))
                && opensWithAnyVerbAndUnnamed(folded.substring(0, r.verbStart()))) {
            // ونشرت صحف فرنسية قبل أعوام تقارير …، أكدت أن: the sentence's own subject, unnamed, not the one quoted before.
            speaker = Talk.UNNAMED;
        }
        if (speaker == null && opensWithoutSubject(between)) {
            speaker = talk.goingOn(); // وأضاف للصحفيين أثناء توجهه إلى موسكو إن …: no subject named, the one quoted before.
        }
        if (speaker == null && !unnamed && opensWithOccupation(between) && talk.previous != null && talk.previous.isPerson()
                && person == null) {
            speaker = talk.previous; // وأوضح المدرس أن: a definite occupation is the person quoted before.
        }
        if (speaker == null && title && namesTitle(firstWords(between, 2)) && talk.previous != null && talk.previous.isPerson()
                && roles.refersTo(between, talk.previous, verbAt)) {
            // وأوضح المدرب الإيطالي أن: the one quoted before (a title names no one introduced by a lead); not when
            // words stand before the title (أوضح عامر مكارم أمين عام الاتحاد: a name the tagger missed), nor when the
            // one quoted before is a body or an agency (قال رئيس سوق الأسهم اليونانية after the AFP: a title holds a person),
            // nor when the article never wrote the title near him (وأكد الأمين العام لحلف شمال الأطلسي after ترامب).
            speaker = talk.previous;
        }
        boolean titled = title && namesTitle(firstWords(between, 2));
        if (speaker == null && (onlyPrepositions(between) || folded.substring(r.thatStart(), r.thatEnd()).endsWith("ه") && !titled)) {
            // وأشار إلى أن …: the one quoted before; وأكد إنه too, but not after a title (قال وزير المالية اليوم إنه: the
            // minister, whom a body quoted before is not).
            speaker = talk.goingOn();
        }
        String bareFirst = firstWord.startsWith("ال") ? firstWord.substring(2) : firstWord;
        if (speaker == null && (titled
                || firstWord.startsWith("ال") && SpeakerWords.listedOrFeminine(Lexicon.SPEAKER_TITLES, bareFirst))) {
            // وقالت الوزيرة إن … لكنها قالت إن: a title whose holder the article never named speaks unnamed, and what
            // follows goes on from her, not from whoever was quoted before her.
            speaker = Talk.UNNAMED;
        }
        if (speaker != null && !speaker.isPerson() && indefiniteDescription(speaker.name())) {
            speaker = Talk.UNNAMED; // وقالت شركة أدوية أمريكية إن: a body described, not named.
        }
        if (speaker != null && speaker.isPerson() && person == null && pluralPast(verb)) {
            // وعبّر عدد من أبناء الجالية عن سعادتهم، وقالوا لـ"عين اليوم" إنهم: a plural verb goes on from a group,
            // never from one person quoted before; a singular verb after it goes on from that person again.
            return Talk.UNNAMED;
        }
        if (speaker != null) {
            talk.previous = speaker;
        }
        studies.noteQuotedIn(between, speaker);
        return speaker;
    }

    /**
     * A person quoted before (latest first) whom the deputy's title opening {@code between} introduced (نائب مدير عام
     * مطار عدن الدولي … وأوضح نائب مدير مطار عدن الدولي أن); null when none, and for any other opening: نائب and
     * مساعد are also unnamed speakers' nouns, read only so when no such title names a person met before.
     */
    private Speaker quotedIntroducedAs(String between, int verbAt) {
        Matcher first = LETTERS.matcher(between);
        if (!first.find() || !RoleAnaphora.DEPUTY.contains(first.group())) {
            return null;
        }
        for (Speaker quoted : talk.quotedPersonsLatestFirst()) {
            if (roles.refersTo(between, quoted, verbAt)) {
                return quoted;
            }
        }
        return null;
    }

    /** A past speech verb in the plural (قالوا، وأكدوا، فأوضحوا; folded). */
    private static boolean pluralPast(String verb) {
        String v = verb.length() > 4 && (verb.charAt(0) == 'و' || verb.charAt(0) == 'ف') ? verb.substring(1) : verb;
        return v.endsWith("وا") && Lexicon.isSpeechVerb(v.substring(0, v.length() - 2));
    }

    /**
     * Whether a body's "name" only describes it: an indefinite head noun, no word with the article, and a nationality
     * adjective last (شركة أدوية أمريكية، صحيفة بريطانية، وكالة أنباء روسية). A body so described is unnamed.
     */
    static boolean indefiniteDescription(String name) {
        String[] words = ArabicNormalizer.fold(SpeakerNameCleaner.withoutTrailingTime(name)).strip().split("\\s+");
        if (words.length < 2 || !(SpeakerPhrases.isHead(words[0]) || SpeakerWords.MEDIA_HEADS.contains(words[0])) || words[0].startsWith("ال")) {
            return false;
        }
        for (String w : words) {
            if (w.startsWith("ال") || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return Nationalities.isNationality(words[words.length - 1]);
    }

    /**
     * وكان الرئيس الروسي قال … إن / وكانت إحدى الصحف ذكرت أن: the clause opens with كان and a subject stands between it
     * and the speech verb, as before قد.
     */
    private static boolean afterKana(String folded, int verbStart) {
        String clause = folded.substring(clauseStart(folded, verbStart), verbStart);
        Matcher w = LETTERS.matcher(clause);
        if (!w.find() || !SpeakerWords.KANA.contains(w.group()) || !w.find() || w.group().equals("قد")
                || Lexicon.isSpeechVerb(w.group())) {
            return false;
        }
        do {
            if (SpeakerWords.KANA_STOPS.contains(w.group())) {
                return false; // وكان ذلك بعدما قال فلان إن: another clause, its subject after its verb.
            }
            if (w.group().equals("قد")) {
                return false; // وكانت الشركة قد أعلنت عن الخطوة، وقالت إن: كان's verb came after قد; this one goes on.
            }
        } while (w.find());
        return true;
    }

    /**
     * Where a plural relative pronoun (الذين، اللواتي …) stands in {@code between} after at least one word, else its
     * length: people described by a clause (بعض المهاجرين الذين تحدثت إليهم الوكالة) are a group, and whoever the
     * clause names is not among them. A singular one only where a comma sets it off, describing the subject named
     * before it; else the clause may name the subject's maker (التقرير الذي أعدته منظمة …) or the name may follow it
     * (صاحب الحملة التي تعرضت لحادث … فلان). The pronoun as the first
     * word is the subject's own relative (الذين قالوا), read elsewhere.
     */
    private static int relativeClauseStart(String between) {
        Matcher m = LETTERS.matcher(between);
        for (int index = 0; m.find(); index++) {
            String w = m.group();
            if (index > 0 && SpeakerWords.PLURAL_RELATIVES.contains(w)) {
                return m.start();
            }
            if (index > 0 && SpeakerWords.SINGULAR_RELATIVES.contains(w) && between.substring(0, m.start()).stripTrailing().matches("(?s).*[،,]")) {
                return m.start(); // قالت رئيسة الحكومة البريطانية، التي تتهم روسيا بتسميم سيرغي سكريبال، إن: set off by a comma.
            }
        }
        return between.length();
    }

    /**
     * The organisation named before {@code before} whose name ends with all the words of {@code between} (two or three
     * words with the article, the first not a head noun: المركزي الروسي for البنك المركزي الروسي), its head noun
     * dropped as news does on a second mention; null when none, or when two differ.
     */
    private Speaker bodyEndingWith(String between, int before) {
        String words = between.replaceAll("[^\\p{L}]+", " ").strip();
        String[] parts = words.split(" ");
        if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("ال") || SpeakerPhrases.isHead(parts[0])) {
            return null;
        }
        Speaker found = null;
        for (Entity e : speakers.entities().startingIn(0, before)) {
            String name = ArabicNormalizer.fold(e.text()).replaceAll("[^\\p{L}]+", " ").strip();
            if (e.type() != EntityType.ORGANIZATION || e.end() > before || !name.endsWith(" " + words)) {
                continue;
            }
            if (found != null && !found.name().equals(e.text())) {
                return null; // two bodies end so: no telling which
            }
            found = new Speaker(e.text(), e.key());
        }
        return found;
    }

    /**
     * Whether an unnamed speaker's noun, indefinite, stands right before the verb at {@code verbStart}, alone or with
     * one or two adjectives, nothing but spaces between (غير أن مسؤولين محليين وصفوهم بأنهم، لكن مصادر قالت إن), in
     * the accusative after لكن too (لكن مصدرا قضائيا فرنسيا قال إن): the verb's subject, put first.
     */
    private static boolean unnamedRightBefore(String folded, int verbStart) {
        return unnamedEndBefore(folded, verbStart) >= 0;
    }

    /** Where the indefinite unnamed noun among the three words before {@code verbStart} ends, or -1 without one. */
    private static int unnamedEndBefore(String folded, int verbStart) {
        int end = verbStart;
        for (int words = 0; words < 3; words++) {
            while (end > 0 && folded.charAt(end - 1) == ' ') {
                end--;
            }
            int start = QuoteText.letterRunStart(folded, end);
            if (start == end) {
                return -1;
            }
            if (indefiniteUnnamed(folded.substring(start, end))) {
                return end;
            }
            end = start;
        }
        return -1;
    }


    /** At most this many words between a sentence-opening unnamed subject and its verb. */
    private static final int UNNAMED_SUBJECT_WORDS = 8;

    /**
     * Whether {@code before} (folded, a sentence up to its speech verb) opens with an indefinite unnamed speaker's noun,
     * after an optional conjunction (لكن مصدرا داخل مقر جهاز الاستخبارات قال إن، ومصادر في الشرطة قالت إن): the
     * verb's subject, set before it, within {@value #UNNAMED_SUBJECT_WORDS} words.
     */
    private static boolean opensWithUnnamedNoun(String before) {
        String[] words = before.strip().split("[^\\p{L}]+");
        int first = words.length > 0 && SpeakerWords.CLAUSE_CONJUNCTIONS.contains(words[0]) ? 1 : 0;
        if (first >= words.length || words.length - first > UNNAMED_SUBJECT_WORDS) {
            return false;
        }
        return indefiniteUnnamed(words[first].length() > 3 && words[first].charAt(0) == 'و' && first == 0 ? words[first].substring(1) : words[first]);
    }

    /** Whether {@code before} (folded) opens with لكن and an unnamed noun in the accusative, within twelve words. */
    private static boolean butAccusativeUnnamed(String before) {
        String[] words = before.strip().split("[^\\p{L}]+");
        return words.length >= 2 && words.length <= 12 && (words[0].equals("لكن") || words[0].equals("ولكن"))
                && words[1].length() > 3 && words[1].endsWith("ا") && indefiniteUnnamed(words[1]);
    }

    /** An indefinite unnamed speaker's noun (folded), in the accusative too: مصدرا، مسؤولا (its alif is no part of the noun). */
    private static boolean indefiniteUnnamed(String w) {
        String noun = w.length() > 3 && w.endsWith("ا") ? w.substring(0, w.length() - 1) : w;
        return !w.startsWith("ال") && (unnamedNoun(w) || unnamedNoun(noun));
    }

    private static boolean unnamedNoun(String w) {
        return Lexicon.UNNAMED_SPEAKERS.contains(w) || SpeakerWords.UNNAMED_GROUPS.contains(w);
    }

    /** Whether the first word of {@code between} (folded) is the last word of the one quoted before's two-word-or-longer name. */
    private boolean namesPreviousBySurname(String between) {
        Speaker before = talk.carried();
        // Any named speaker: a person's name the tagger typed as a body (مدير الجمعية "فيصل الخديدي" أن … وأبان الخديدي
        // أن), or a body by its last word (وزارة الداخلية … وأكدت الداخلية أن), is still the one quoted before.
        if (before == null || before.key() == null || before.name().isBlank()) {
            return false;
        }
        String[] name = ArabicNormalizer.fold(before.name()).strip().split("\\s+");
        Matcher first = LETTERS.matcher(between);
        return name.length >= 2 && first.find() && first.group().equals(name[name.length - 1]) && name[name.length - 1].length() >= 3;
    }

    /**
     * Whether the words before نقلا عن name no person (وقال دي ميستورا نقلا عن مصادر محلية: he speaks, citing them) and
     * the words after it a source that is unnamed (مصادر أمنية) or a name the article tagged (هيئة الطيران); a phrase
     * only (نقلا عن السلطات الدينية الإسلامية) is a vague group, left to the verb's own subject.
     */
    private boolean relaysNamedOrUnnamed(ReportedClause r, FoldedText text, int offset, int verbEnd, Matcher through) {
        int verbAt = offset + text.originalEnd(verbEnd);
        int throughAt = offset + text.originalStart(verbEnd + through.start());
        int thatAt = offset + text.originalStart(r.thatStart());
        return speakers.named(verbAt, throughAt, EntityType.PERSON) == null
                && (opensWithUnnamed(text.folded().substring(verbEnd + through.end(), r.thatStart()))
                        || speakers.named(offset + text.originalStart(verbEnd + through.end()), thatAt) != null);
    }

    /** The speaker a relaying agency names after عن; continuations after an unnamed one stay unnamed. */
    private Speaker relayed(ReportedClause r, FoldedText text, int offset, int from) {
        Speaker speaker = relayedSpeakers.speakerOf(r, text, offset, from);
        talk.previous = speaker != null ? speaker : Talk.UNNAMED;
        return speaker;
    }
}
