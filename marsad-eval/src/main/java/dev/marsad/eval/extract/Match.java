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
