package dev.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens with offsets. Words are maximal runs of letters, digits and
 * combining marks (so diacritics and tatweel stay inside the word); an in-word hyphen or dot between digits or
 * Latin letters stays too ({@code كوفيد-19}, {@code 3.5}). Every other non-space char is its own token.
 * Thread-safe.
 */
public final class ArabicTokenizer {
    private ArabicTokenizer() {
    }

    /** Tokens of {@code text} in order. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (CharClass.isWhitespace(c)) {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int start = i;
                i++;
                while (i < n && (isWordChar(text.charAt(i)) || isInnerJoiner(text, i))) {
                    i++;
                }
                out.add(new Token(text.substring(start, i), start, i));
            } else {
                out.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        if (c < WORD_CHARS.length) {
            return WORD_CHARS[c];
        }
        return isWordCharSlow(c);
    }

    /** {@link #isWordChar} of the chars of ASCII to the Arabic block, looked up once. */
    private static final boolean[] WORD_CHARS = wordChars();

    private static boolean[] wordChars() {
        boolean[] t = new boolean[0x0700];
        for (char c = 0; c < t.length; c++) {
            t[c] = isWordCharSlow(c);
        }
        return t;
    }

    private static boolean isWordCharSlow(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == ArabicNormalizer.TATWEEL || c == '\u200C' || c == '\u200D';
    }

    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        if ((c != '-' && c != '.' && c != ',' && c != '/') || i + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == '-') {
            return isWordChar(after) && (Character.isDigit(after) || Character.isDigit(before) || isLatin(before));
        }
        return Character.isDigit(before) && Character.isDigit(after);
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 && Character.isLetter(c);
    }
}
