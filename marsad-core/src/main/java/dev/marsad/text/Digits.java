package dev.marsad.text;

/** Folds Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII. Thread-safe. */
public final class Digits {
    private Digits() {
    }

    /** The ASCII digit for an Arabic-Indic or Persian digit; any other char unchanged. */
    public static char foldDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    /** Folds every digit in {@code text}, keeping length and offsets unchanged. */
    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldDigit(text.charAt(i)));
        }
        return out.toString();
    }
}
