package dev.marsad.text;

import java.util.Objects;

/**
 * A word or punctuation token with its position in the source text.
 *
 * @param text   the characters as written
 * @param start  char offset of the first character
 * @param end    char offset one past the last character
 */
public record Token(String text, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The folded matching form of the token. */
    public String folded() {
        return ArabicNormalizer.fold(text);
    }

    /** True when the token holds a letter or digit (not punctuation alone). */
    public boolean isWord() {
        for (int i = 0; i < text.length(); i++) {
            if (CharClass.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
