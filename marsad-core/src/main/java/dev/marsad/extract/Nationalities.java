package dev.marsad.extract;

/** Nationality adjectives as speaker resolution reads them (الروسي، الأفغانية): they describe, they name nobody. */
final class Nationalities {
    private Nationalities() {
    }

    /**
     * A nationality adjective: the lexicon's, and those of countries the lexicon's rule does not derive
     * (الأفغانية ← أفغانستان، السعودي ← السعودية).
     */
    static boolean isNationality(String folded) {
        if (Lexicon.isNationality(folded)) {
            return true;
        }
        String w = folded.startsWith("ال") ? folded.substring(2) : folded;
        String stem = w.endsWith("يه") ? w.substring(0, w.length() - 2) : w.endsWith("ي") ? w.substring(0, w.length() - 1) : "";
        return stem.length() >= 2 && (Lexicon.LOCATIONS.contains(stem + "ستان") || Lexicon.LOCATIONS.contains("ال" + stem + "يه")
                || Lexicon.LOCATIONS.contains(stem + "يه"));
    }
}
