package dev.marsad.pipeline;

/**
 * Made-up Arabic words, one of its own for each number, and texts made of them: articles built from different
 * numbers share no word, so each starts its own story. Shared by the story engine's tests in core and app.
 */
public final class DistinctWords {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private DistinctWords() {
    }

    /** The word of number {@code n}. */
    public static String word(int n) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            w.append(LETTERS.charAt(n % LETTERS.length()));
            n /= LETTERS.length();
        }
        return w.toString();
    }

    /** Forty words of article number {@code article}, a full stop after every ten. */
    public static String text(int article) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            t.append(word(article * 40 + i)).append(i % 10 == 9 ? ". " : " ");
        }
        return t.toString().strip();
    }
}
