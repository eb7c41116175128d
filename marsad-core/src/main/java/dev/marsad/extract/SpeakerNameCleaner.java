package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;

/**
 * What is cut off a speaker's name as a span gives it: a speech verb taken into it (روى عايض عسيري), a descriptor
 * after it (حزب … المؤيد للأكراد) and the time words that trail it (الجيش التركي الثلاثاء). Word lists:
 * {@link SpeakerWords}.
 */
final class SpeakerNameCleaner {
    private SpeakerNameCleaner() {
    }

    /** A name without the time words that trail it, nor a descriptor after it (حزب … المؤيد للأكراد). */
    static String withoutTrailingTime(String name) {
        String t = name.strip();
        while (t.contains(" ") && Lexicon.isSpeechVerb(ArabicNormalizer.fold(t.substring(0, t.indexOf(' '))))) {
            t = t.substring(t.indexOf(' ') + 1).strip(); // روى عايض عسيري: a speech verb taken into the name.
        }
        java.util.regex.Matcher d = SpeakerWords.ALLEGIANCE_DESCRIPTOR.matcher(t);
        if (d.find() && d.start() > 0) {
            t = t.substring(0, d.start()).strip();
        }
        while (t.contains(" ")) {
            int cut = t.lastIndexOf(' ');
            if (!SpeakerWords.TIME_WORDS.contains(ArabicNormalizer.fold(t.substring(cut + 1)))) {
                break;
            }
            t = t.substring(0, cut).strip();
        }
        return t;
    }

    /** A folded word without the article: المسيري and مسيري are one surname. */
    static String bare(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 ? folded.substring(2) : folded;
    }

    /** How many words {@code s} holds, commas parting words as spaces do. */
    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s،,]+").length;
    }
}
