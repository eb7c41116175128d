package dev.marsad.extract;

/**
 * The gender a speech verb gives its subject: Arabic verbs agree with the subject they go on from (وقالت after a woman
 * or a body named with a feminine noun, وقال after a man), so a continuation with no subject tells which of the
 * parties met before it goes on from. Read from the verb's form against the speech-verb lists (which hold both
 * genders), never from a list of names.
 */
enum VerbGender {
    MASCULINE, FEMININE, UNKNOWN;

    /**
     * The gender of a folded speech verb (with or without a leading و or ف): a past form with ـت over a listed
     * masculine one (قالت، أضافت، لفتت; نفت، دعت، رأت over نفى، دعا، رأى), a present form with ت for ي (تقول), a
     * participle with ة (مؤكدة) are feminine; a listed past form without it (قال، لفت، تابع), a present form with ي and
     * a participle with the accusative ا (مؤكدا) masculine; anything else (duals, plurals, nouns) unknown.
     */
    static VerbGender of(String folded) {
        String v = folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') ? folded.substring(1) : folded;
        if (v.length() < 3 || SpeakerCues.isDual(v) || v.endsWith("وا")) {
            return UNKNOWN;
        }
        if (SpeakerCues.isParticiple(v)) {
            return v.endsWith("ه") ? FEMININE : v.endsWith("ا") ? MASCULINE : UNKNOWN;
        }
        if (v.endsWith("ت")) {
            String stem = v.substring(0, v.length() - 1);
            if (Lexicon.isSpeechVerb(stem) || Lexicon.isSpeechVerb(stem + "ي") || Lexicon.isSpeechVerb(stem + "ا")) {
                return FEMININE;
            }
        }
        if (v.startsWith("ت") && Lexicon.isSpeechVerb("ي" + v.substring(1))) {
            return FEMININE;
        }
        return Lexicon.isSpeechVerb(v) ? MASCULINE : UNKNOWN;
    }

    /** Whether both are known and differ. */
    boolean disagrees(VerbGender other) {
        return this != UNKNOWN && other != UNKNOWN && this != other;
    }
}
