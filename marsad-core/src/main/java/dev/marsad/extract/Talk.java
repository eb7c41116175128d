package dev.marsad.extract;

/**
 * Who is talking in an article, as its quotations are read in text order: the one quoted last, whom continuations
 * (وأضاف، مؤكدا، وأشار إلى أن) go on from, and before anyone is quoted the lead subject. Shared by
 * {@link SpeakerResolver} and {@link ReportedSpeakers}; one per article.
 */
final class Talk {
    /** A speaker the article does not name: the quote has none, and continuations after it stay unnamed. */
    static final Speaker UNNAMED = new Speaker("", null);

    /** The one quoted last (null: nobody yet). */
    Speaker previous;
    /**
     * Before anyone is quoted: the subject of the verb-first sentence before the quotation (حذر الدكتور فلان من … .
     * وقال في تغريدة: «…»), whom a verb without a subject goes on from; null once someone has been quoted.
     */
    Speaker lead;

    /** Where the sentence of the last quotation resolved starts in the article (-1: none yet). */
    int lastQuotedAt = -1;
    /** The one quoted before {@link #previous} (another speaker; null: none). */
    Speaker earlier;
    /** The gender of the verb of the quotation being resolved ({@link VerbGender#UNKNOWN} when none is read). */
    VerbGender gender = VerbGender.UNKNOWN;
    /**
     * After someone was quoted: the subject of the verb-first sentence right before the quotation being resolved when
     * that sentence comes after the last quotation (اتهمت مندوبة الإمارات، لانا نسيبة، … . وقالت: «…»); else null.
     */
    LeadSubjects.Lead recentLead;

    /**
     * {@link #recentLead} when its subject is a person, its sentence wholly before the quotation being resolved, and
     * either its verb is a speech verb (وأكد الرئيس الفرنسي إيمانويل ماكرون مشاركة بلاده. وقال …) or the quotation's
     * verb is no continuation and no quotation mark stands between (يسعى الرئيس الإيراني حسن روحاني إلى … . وقال عقب
     * اتصال …، but not … . وأضاف أن); else null.
     */
    LeadSubjects.Lead spokeBefore;
    /**
     * When {@link #recentLead} is null for a reported clause: the subject of the verb-first sentence before it, when that
     * sentence comes after the last quotation; else null. Only a verb whose gender disagrees with the one quoted last
     * goes on from it ({@link #goingOn}).
     */
    LeadSubjects.Lead priorLead;
    /** The persons quoted so far, each once, the one quoted most recently last. */
    private final java.util.List<Speaker> quotedPersons = new java.util.ArrayList<>();

    /** Notes that {@code speaker} was quoted, when a person. */
    void noteQuoted(Speaker speaker) {
        if (speaker != null && speaker.isPerson()) {
            quotedPersons.removeIf(s -> same(s, speaker));
            quotedPersons.add(speaker);
        }
    }

    /** The persons quoted so far, the one quoted most recently first. */
    java.util.List<Speaker> quotedPersonsLatestFirst() {
        java.util.List<Speaker> out = new java.util.ArrayList<>(quotedPersons);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The gender the article's speech verbs gave each speaker (folded name), UNKNOWN where they disagreed. */
    private final java.util.Map<String, VerbGender> genders = new java.util.HashMap<>();

    /** The one a verb without a subject goes on from: the one quoted last, else (nobody quoted yet) the lead subject. */
    Speaker carried() {
        return previous != null ? previous : lead;
    }

    /**
     * {@link #carried}, for a verb that names no subject of its own (وقالت إن، وأضاف للصحفيين:، مؤكدة أن): a person
     * who spoke in the sentence just before without being quoted goes on ({@link #spokeBefore}); else one whose
     * gender is not that of the one quoted last (وقالت after قال فلان; وأضاف after وتقول واشنطن) goes on from whoever
     * it agrees with: the subject of the sentence just before, else the one quoted before that; when neither does, the
     * one quoted last all the same. (A verb with a subject of its own, ونقلت وكالة … عنه, tells that subject's gender, not the speaker's.)
     */
    Speaker goingOn() {
        if (previous != null && spokeBefore != null && !same(spokeBefore.subject(), previous)
                && !gender.disagrees(spokeBefore.gender())) {
            // وأكد الرئيس الفرنسي إيمانويل ماكرون مشاركة بلاده. وقال بشأن حادثة دوما إن: the one who spoke in the
            // sentence just before, with a noun object and no quotation, goes on; not the one quoted before him.
            return spokeBefore.subject();
        }
        // A body or place too (وتقول واشنطن إن … . وأضاف أن: not Washington): its verbs tell its gender as a person's do.
        if (previous != null && !previous.name().isBlank() && gender.disagrees(genderOf(previous))) {
            if (recentLead != null && recentLead.gender() == gender && !same(recentLead.subject(), previous)) {
                return recentLead.subject();
            }
            if (earlier != null && genderOf(earlier) == gender) {
                return earlier;
            }
            if (priorLead != null && priorLead.gender() == gender && priorLead.subject().isPerson() && !same(priorLead.subject(), previous)) {
                return priorLead.subject();
            }
        }
        return carried();
    }

    /** Notes that {@code speaker} was quoted with a verb of {@code verbGender}. */
    void noteGender(Speaker speaker, VerbGender verbGender) {
        if (speaker == null || speaker.name().isBlank() || verbGender == VerbGender.UNKNOWN) {
            return;
        }
        genders.merge(fold(speaker), verbGender, (a, b) -> a == b ? a : VerbGender.UNKNOWN);
    }

    /** The gender the article's verbs gave {@code speaker}: UNKNOWN when none did or they disagreed. */
    VerbGender genderOf(Speaker speaker) {
        return speaker == null ? VerbGender.UNKNOWN : genders.getOrDefault(fold(speaker), VerbGender.UNKNOWN);
    }

    /** Whether {@code a} and {@code b} are the same speaker by name (folded), neither null. */
    static boolean same(Speaker a, Speaker b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static String fold(Speaker speaker) {
        return dev.marsad.text.ArabicNormalizer.fold(speaker.name()).strip();
    }
}
