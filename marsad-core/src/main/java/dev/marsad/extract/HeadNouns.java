package dev.marsad.extract;

import java.util.List;

/** Organisation head nouns ({@code organization-heads-ar.txt}) as they are written in running text. Thread-safe. */
final class HeadNouns {
    private HeadNouns() {
    }

    /** An organisation's head noun, with or without the article, ب/ل or و before it (بوزارة، لمفوضية); folded. */
    static boolean isHeadNoun(String folded) {
        for (String f : List.of(folded, withoutLetter(folded))) {
            if (Lexicon.ORGANIZATION_HEADS.contains(f.startsWith("ال") ? f : "ال" + f)) {
                return true;
            }
        }
        return false;
    }

    /** The word without a leading و، ب or ل (a word of more than three letters); folded. */
    static String withoutLetter(String folded) {
        return folded.length() > 3 && "وبل".indexOf(folded.charAt(0)) >= 0 ? folded.substring(1) : folded;
    }

    /**
     * A word with the preposition ل written as the article would be: للمنظمة → المنظمة, and لمنظمة (a span that kept
     * one ل of للمنظمة, the other gone with the proclitic) → المنظمة. Other words unchanged.
     */
    static String withArticle(String folded) {
        if (folded.startsWith("لل")) {
            return "ال" + folded.substring(2);
        }
        return folded.startsWith("ل") ? "ال" + folded.substring(1) : folded;
    }
}
