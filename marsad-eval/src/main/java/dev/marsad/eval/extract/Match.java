package dev.marsad.eval.extract;

import dev.marsad.text.ArabicNormalizer;
import java.util.Locale;

/** Shared helpers of the quote and time scorers. */
final class Match {
    private Match() {
    }

    /** Folded ({@link ArabicNormalizer#fold}), whitespace collapsed, quotation marks dropped, trimmed. */
    static String norm(String s) {
        String folded = ArabicNormalizer.fold(s == null ? "" : s);
        return folded.replaceAll("[«»“”„\"]", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A gold quotation's first words as {@link #norm} gives them, without the punctuation a labeller copied after the
     * last word (35 شخصا،): the words are what is matched, and a quotation found whole may end right before that mark.
     */
    static String firstWords(String s) {
        return norm(s).replaceAll("[\\s،,.:;؛!?؟…]+$", "");
    }

    static double ratio(int num, int den) {
        return den == 0 ? 0 : num / (double) den;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String fraction(int num, int den) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", num, den, ratio(num, den));
    }
}
