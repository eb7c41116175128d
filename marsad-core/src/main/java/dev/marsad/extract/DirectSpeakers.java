package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;
import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.regex.Matcher;

/**
 * The speaker of a direct quote named around it: before it (after the last speech verb or جاء في, up to a partial
 * quote's إن/أن), through a title's holder, a statement's issuer, a role that introduced someone quoted before or a
 * name in marks, or after it («…»، قال فلان). Split from
 * {@link SpeakerResolver}; one per article.
 */
final class DirectSpeakers {
    private final EntitySpeakers speakers;
    private final SpokenOrganizations spoken;
    private final SpeakerChain chain;
    private final DescribedReferents described;
    private final BodiesBeforeVerb bodies;
    private final StatementIssuers statements;
    private final RoleAnaphora roles;
    private final Talk talk;

    DirectSpeakers(EntitySpeakers speakers, SpokenOrganizations spoken, SpeakerChain chain, DescribedReferents described,
            RoleAnaphora roles, Talk talk) {
        this.speakers = speakers;
        this.spoken = spoken;
        this.chain = chain;
        this.described = described;
        this.bodies = new BodiesBeforeVerb(speakers);
        this.statements = new StatementIssuers(speakers, spoken);
        this.roles = roles;
        this.talk = talk;
    }

    /** A possessive pronoun on the word after a verb of stance: its object (زوجها), the subject left unsaid. */
    private static final java.util.regex.Pattern OBJECT_PRONOUN = java.util.regex.Pattern.compile("(ها|هم|هما|هن)$");

    /** How far before the quote's sentence "him" (عنه) may reach back for the last man named, in characters. */
    private static final int PRONOUN_REACH = 300;

    /**
     * The speaker named in {@code before}, the words of the quote's sentence before it (from {@code offset} in the
     * article); {@code previous} is the one quoted last, whom a title goes on from, and {@code carried} the one a verb
     * without a subject goes on from (the one quoted last, else the subject of the sentence before: {@code LeadSubjects});
     * {@code goingOn} is that one as the verb's gender tells it ({@link Talk#goingOn}), for a verb naming no subject.
     */
    Speaker before(String before, int offset, Speaker previous, Speaker carried, Speaker goingOn) {
        FoldedText mapped = FoldedText.of(before);
        String folded = mapped.folded();
        // Folded positions → article positions: diacritics folded away (توجّه، مضيفةً) move them.
        java.util.function.IntUnaryOperator at = i -> offset + mapped.originalStart(i);
        int verbEnd = lastVerbEnd(folded, i -> speakers.inPersonName(at.applyAsInt(i)));
        if (verbEnd < 0) {
            verbEnd = cameInEnd(folded);
        }
        if (verbEnd < 0) {
            // واتهم يلدريم حزب العمال بالقيام "باستفزازات …": words in marks after a verb of stance are its subject's.
            verbEnd = stanceVerbEnd(folded);
            Matcher object = QuoteText.LETTERS.matcher(folded).region(Math.max(0, verbEnd), folded.length());
            if (verbEnd >= 0 && object.find() && OBJECT_PRONOUN.matcher(object.group()).find()) {
                return goingOn != null ? goingOn : carried; // ووصفت زوجها بأنه "…": her husband is the object; she speaks on.
            }
        }
        if (verbEnd < 0) {
            return null;
        }
        int clause = clauseStart(folded, verbEnd);
        int verbStart = letterRunStart(folded, verbEnd);
        // وقال - دون أن يسمي دولا بأسمائها - إن "…": an aside right after the verb names no one; read past it.
        folded = QuoteText.withoutAsideAt(folded, verbEnd);
        if (QuoteText.wordBefore(folded, verbStart).equals("قد")) {
            // وكان رئيس المجلس سعيد كوفين، قد ذكر في وقت سابق: "…": the subject stands before قد.
            Speaker subject = bodies.subjectBeforeQad(mapped, offset, verbStart, chain);
            if (subject != null) {
                return subject;
            }
        }
        Matcher reported = THAT.matcher(folded).region(clause, verbEnd);
        if (folded.substring(verbEnd).replaceAll("[:\\s]", "").isEmpty() && reported.find()) {
            // وأكد أن القرار ساري النفاذ … قائلا: "…": a verb with nothing but a colon after it, closing a reported
            // clause, continues the clause's speaker: the person named before إن/أن (بين نزيه النصر … أن …، مضيفا "…"),
            // else the last speaker, never a name inside what was reported. Without such a clause the sentence's
            // subject may stand before the verb (وردّ ماكرون على منتقدي الصورة قائلا "…"), read below.
            Speaker subject = speakers.named(at.applyAsInt(clause), at.applyAsInt(reported.start()), EntityType.PERSON);
            return subject != null ? subject : carried;
        }
        // A partial quote inside reported speech: the speaker stands before إن/أن.
        Matcher that = THAT.matcher(folded);
        boolean thatFound = that.find(verbEnd);
        while (thatFound && speakers.insideEntity(at.applyAsInt(that.start()))) {
            thatFound = that.find(); // كتبت شبكة "سي ان ان": ان inside a name is no أن.
        }
        int cut = thatFound ? that.start() : folded.length();
        Matcher pronoun = PRONOUN_SOURCE.matcher(folded.substring(verbEnd, cut));
        if (pronoun.find()) {
            // ونقلت وكالة يونهاب عنه قوله: the agency reports; "him" is the man this sentence named before the verb
            // (وشعر فلان بإحباط … ونقل موقع النادي عنه قوله), else the one quoted before, else the last man named.
            // Only after a verb of relaying: وقال رومينيجه في تصريحات نقلتها عنه صحيفة "كيكر" names him after قال.
            boolean him = pronoun.group("p").equals("عنه") && isRelayVerb(folded.substring(verbStart, verbEnd));
            Speaker inSentence = him ? lastPersonIn(offset, at.applyAsInt(verbStart)) : null;
            if (inSentence != null) {
                return inSentence;
            }
            // The relaying verb's own subject (ونقلت وكالة رويترز عنه) is never "him".
            Speaker relayer = speakers.named(at.applyAsInt(verbEnd), at.applyAsInt(verbEnd + pronoun.start("p")));
            Speaker goesOn = him && carried != null && relayer != null && Talk.same(carried, relayer) ? null : carried;
            return goesOn != null || !him ? goesOn : lastPersonIn(Math.max(0, offset - PRONOUN_REACH), at.applyAsInt(verbStart));
        }
        Speaker relayed = relayedIn(mapped, offset, folded, verbEnd, cut, previous);
        if (relayed != null) {
            return relayed; // ونقلت "رويترز" عن نتانياهو قوله: "…" / على لسان عبدالملك قوله: the one relayed, not the outlet.
        }
        if (carried != null && opensWithSameOne(folded.substring(verbEnd, cut))) {
            return carried; // وأفاد المصدر نفسه بتصاعد الضربات "…": the one quoted before, named or not.
        }
        if (opensWithHonorific(folded.substring(verbEnd, cut))) {
            return carried; // وقال معاليه: "…": the titled person just named.
        }
        // وقال روي كين أثناء تحليله للمباراة مع قناة "آي تي في": "…": the outlet after مع (ل، عبر، نشرته) is where the
        // words were said; only what stands before it may name the speaker.
        cut = verbEnd + mediumStart(folded.substring(verbEnd, cut));
        // وجاء في بيان الاتحاد: "…" / وقال بيان صادر عن القصر: "…": the statement's issuer.
        Matcher first = QuoteText.LETTERS.matcher(folded).region(verbEnd, cut);
        int statementFrom = first.find() && first.group().equals("في") ? first.end() : verbEnd;
        Speaker issuer = statements.issuerOf(mapped, offset, statementFrom, cut, previous);
        if (issuer != null) {
            return issuer;
        }
        Speaker headAlone = spoken.headAloneAsSubject(folded.substring(verbEnd, cut), at.applyAsInt(verbEnd), previous);
        if (headAlone != null) {
            return headAlone; // ودعت المؤسسة "الجيش الوطني الليبي" إلى "…": the body the noun stands for, not the object.
        }
        Speaker named = speakers.named(at.applyAsInt(verbEnd), at.applyAsInt(cut));
        if (SpeakerCues.relativeOfNamed(folded.substring(verbEnd, cut), named)) {
            return Talk.UNNAMED; // وقالت والدة الطفل فلان: "…": the mother speaks, unnamed.
        }
        String afterVerb = folded.substring(verbEnd, cut);
        if ((named == null || named.isPerson()) && opensWithUnnamed(afterVerb) && SPOKESPERSON_OF.matcher(afterVerb).find()) {
            // وقال الناطق باسم الإعلام الحربي، إن «…»: the body after باسم, a phrase no list knows (the tagger took its
            // last word, الحربي, for a surname), unless a person is named apart from it.
            Speaker body = spoken.bodyAfterSpokesman(mapped, verbEnd, cut, at.applyAsInt(verbEnd), previous);
            if (body != null && (named == null || ArabicNormalizer.fold(body.name()).contains(ArabicNormalizer.fold(named.name())))) {
                return body;
            }
        }
        if (named != null && !named.isPerson()
                && namesTitle(beforeCompanion(folded.substring(verbEnd, cut)))) {
            // شدد رئيس فريق الخبراء، على "…": the title's holder, not the body in the title.
            Speaker holder = chain.holderWithin(folded.substring(verbEnd, cut), at.applyAsInt(verbEnd))
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            named = holder != null ? holder : named;
        }
        if (named != null && DescribedReferents.isDescription(named)) {
            // وقالت المنظمة الألمانية في تغريدة: "…": the body named before with that noun and nationality.
            Speaker referent = described.referent(folded.substring(verbEnd, cut), at.applyAsInt(verbEnd), previous);
            named = referent != null ? referent : named;
        }
        if (named != null) {
            return named;
        }
        Speaker quoted = QuotedNames.quotedNameOrBare(mapped, verbEnd, cut); // وكتبت صحيفة "الشرق اليوم": "…"
        if (quoted != null) {
            return quoted;
        }
        String between = folded.substring(verbEnd, cut);
        if (!PRONOUN_SOURCE.matcher(between).find() && namesTitle(beforeCompanion(between))) {
            // شدد رئيس فريق الخبراء على "…": the person the title (or the body's head title) introduced.
            Speaker holder = chain.holderWithin(beforeCompanion(between), at.applyAsInt(verbEnd))
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
            boolean samePerson = holder != null && previous != null && !previous.name().isBlank()
                    && ArabicNormalizer.fold(holder.name()).startsWith(ArabicNormalizer.fold(previous.name()));
            if (holder != null && !samePerson) {
                return holder; // (the one quoted before, when the holder is that person: its name as it was cleaned)
            }
        }
        if (opensWithUnnamed(between) && !between.strip().startsWith("ال") && !namesTitle(between)
                && !SPOKESPERSON_OF.matcher(between).find()) {
            // وقال خبير قانوني ملم باللوائح "…": nobody named, as for reported speech; who follows him stays unnamed.
            // (وأوضح المتحدث الرسمي "…" is definite: the spokesman met before; نائب الرئيس is a title.)
            return Talk.UNNAMED;
        }
        Speaker role = roles.referent(between, previous, talk.quotedPersonsLatestFirst(), at.applyAsInt(verbEnd));
        if (role != null) {
            return role; // وقال المدرس لموقع كوارتز: "…": the person quoted before whom the role introduced.
        }
        Speaker referent = described.referent(between, at.applyAsInt(verbEnd), previous);
        if (referent != null) {
            return referent; // وقالت الشركة الهندية في بيان "…": the party named before with that noun and nationality.
        }
        // ونقلت وكالة … عنه قوله "…" / وقال وزير التجارة "…": the one quoted before.
        if (PRONOUN_SOURCE.matcher(between).find()) {
            return carried;
        }
        if (namesTitle(between)) {
            return previous;
        }
        if (opensWithOccupation(between) && previous != null && previous.isPerson()) {
            return previous; // وقال زوكربرغ … وقال الملياردير البالغ من العمر 33 عاما: "…": the one quoted before.
        }
        if (opensWithoutSubject(between) && !opensWithUnnamed(between)) {
            String verb = folded.substring(verbStart, verbEnd);
            Speaker subject = verb.startsWith("و") || verb.startsWith("ف") || hasRelative(folded.substring(clause, verbStart))
                    || speakers.subjectBefore(at.applyAsInt(clause), at.applyAsInt(verbStart)) == null ? null
                    : speakers.personJustBefore(at.applyAsInt(verbStart));
            // وكان وزير النقل بدر باسلمه قال في وقت سابق «…»: the person right before a verb not joined by و/ف is its
            // subject (not after عن/حول, a topic: وعن راموس قال; nor in a relative clause: التي سجلها رونالدو قال).
            return subject != null ? subject : goingOn; // وأضاف للصحفيين في بانكوك: "…": no subject named, the one quoted before.
        }
        if (words(between) <= 1) {
            // واستقبل بوتين ضيفه …، وقال له: "…": the subject of the clause before the verb, else the one quoted before.
            // The person right before the verb first (وهو ما أشار إليه ساوثجيت قائلا: "…"), then the clause's first one.
            Speaker author = speakers.authorRightBefore(at.applyAsInt(verbStart));
            if (author != null) {
                return author; // أعاد نشر تغريدة للناشط علي النعيمي، جاء فيها "…": the text's author.
            }
            Speaker subject = speakers.subjectBefore(at.applyAsInt(clause), at.applyAsInt(verbStart));
            if (subject == null && isParticiple(folded.substring(verbStart, verbEnd))) {
                // رحبت هولندا بالقرار، قائلة: "…": a participle goes on from its sentence's subject, a body too.
                subject = bodies.subjectBody(mapped, offset, verbStart);
            }
            return subject != null ? subject : goingOn;
        }
        Speaker mentioned = spoken.organizationMentionedAs(between, at.applyAsInt(verbEnd), previous);
        if (mentioned == null) {
            // وأفاد التلفزيون السوري، الأربعاء، عن "…": a body that speaks without a proper name, right after the verb.
            mentioned = SpeakerPhrases.speakingBody(mapped, verbEnd, cut);
        }
        if (mentioned == null && STATEMENT.matcher(between).lookingAt()) {
            // وقال البيان دون أن يقدم أي تفاصيل: "…": the statement quoted last goes on, as in reported speech.
            mentioned = spoken.statementOf(previous);
        }
        return mentioned;
    }

    /**
     * Whether a relative pronoun ({@code speaker-singular-relatives-ar.txt}, {@code speaker-plural-relatives-ar.txt})
     * stands among the words (folded): a name after one is inside a relative clause, not the sentence's subject.
     */
    static boolean hasRelative(String folded) {
        Matcher w = QuoteText.LETTERS.matcher(folded);
        while (w.find()) {
            if (SpeakerWords.isRelative(w.group())) {
                return true;
            }
        }
        return false;
    }

    /** جاء في بيان الاتحاد / تغريدة للناشط فلان، جاء فيها: "came in" a text quotes it; folded. */
    private static final java.util.regex.Pattern CAME_IN =
            java.util.regex.Pattern.compile("(?<![\\p{L}])[وف]?جاء(?=\\s+في(?:ه|ها)?(?![\\p{L}]))");

    /**
     * The end of the last verb of stance ({@code speaker-stance-verbs-ar.txt}: اتهم، انتقد، وصف …) opening the last
     * clause of {@code folded}, with و/ف or none, or -1.
     */
    private static int stanceVerbEnd(String folded) {
        Matcher m = QuoteText.LETTERS.matcher(folded).region(clauseStart(folded, folded.length()), folded.length());
        int end = -1;
        while (m.find()) {
            if (SpeakerWords.isStanceVerb(m.group())) {
                end = m.end();
            }
        }
        return end;
    }

    /** The end of the last جاء followed by في/فيه/فيها in the last sentence of {@code folded}, or -1. */
    private static int cameInEnd(String folded) {
        Matcher m = CAME_IN.matcher(folded).region(clauseStart(folded, folded.length()), folded.length());
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** The last person named in the article's {@code [from, to)}, as a speaker; null when none. */
    private Speaker lastPersonIn(int from, int to) {
        Speaker last = null;
        for (dev.marsad.model.Entity e : speakers.entities().startingIn(from, to)) {
            if (e.type() == EntityType.PERSON && e.end() <= to) {
                Speaker s = speakers.named(e.start(), e.end(), EntityType.PERSON);
                last = s != null ? s : last;
            }
        }
        return last;
    }

    /**
     * The person (else body) named after عن when the verb relays (نقلت … عن فلان), or after على لسان whatever the verb,
     * else the issuer of a statement relayed (نقلت … عن بيان لوزارة …); null when neither stands in {@code [verbEnd,
     * cut)} or nobody is named after it.
     */
    private Speaker relayedIn(FoldedText mapped, int offset, String folded, int verbEnd, int cut, Speaker previous) {
        java.util.function.IntUnaryOperator at = i -> offset + mapped.originalStart(i);
        String between = folded.substring(verbEnd, cut);
        Matcher tongue = ON_TONGUE_OF.matcher(between);
        Matcher relayedFrom = RELAYED_FROM.matcher(between);
        boolean relays = isRelayVerb(folded.substring(letterRunStart(folded, verbEnd), verbEnd)) && relayedFrom.find();
        int from = tongue.find() ? tongue.end() : relays ? relayedFrom.end() : -1;
        if (from < 0) {
            return null;
        }
        String source = between.substring(from);
        int sourceAt = at.applyAsInt(verbEnd + from);
        Speaker person = speakers.named(sourceAt, at.applyAsInt(cut), EntityType.PERSON);
        if (person == null && opensWithUnnamed(source)) {
            if (SPOKESPERSON_OF.matcher(source).find()) {
                // ونقلت الوكالة عن متحدث باسم الصندوق قوله: "…": an unnamed spokesperson speaks for the body named.
                Speaker body = speakers.named(sourceAt, at.applyAsInt(cut), EntityType.ORGANIZATION, EntityType.LOCATION);
                body = body != null ? body : spoken.organizationMentionedAs(source, sourceAt, null);
                if (body != null) {
                    return body;
                }
            }
            return new Speaker("", null); // ونقلت الوكالة عن مصدر مطلع إعلانه "…": an unnamed source, not the agency.
        }
        Speaker named = person != null ? person : speakers.named(sourceAt, at.applyAsInt(cut), EntityType.ORGANIZATION);
        if (named == null && relays) {
            // ونقلت رويترز عن بيان لوزارة الخزانة "…": the statement's issuer (a body after ل reads as one spoken to).
            return statements.issuerOf(mapped, offset, verbEnd + relayedFrom.end(), cut, previous);
        }
        return named;
    }

    /** The speaker named after the quote ({@code after}, from {@code offset}): «…»، قال فلان / «…»، بحسب وزارة الصحة. */
    Speaker after(String after, int offset) {
        String folded = ArabicNormalizer.fold(after);
        int verbEnd = verbEnd(folded, 0);
        if (verbEnd < 0) {
            // «…»، بحسب وزارة الصحة: the source cited right after the quotation.
            int cue = citedAfter(folded);
            return cue < 0 || folded.length() != after.length() ? null : speakers.named(offset + cue, offset + after.length());
        }
        return speakers.named(offset + verbEnd, offset + after.length());
    }
}
