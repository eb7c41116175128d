package dev.marsad.text;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} read from a table for ASCII to
 * the Arabic block, where nearly every char of Arabic news falls: the scanners ask once per char of every
 * article, and the JDK's general look-up costs several times as much. Same answers for every char.
 * Thread-safe.
 */
public final class CharClass {
    private static final int SIZE = 0x0700;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 4;
    private static final byte[] TABLE = table();

    private CharClass() {
    }

    private static byte[] table() {
        byte[] t = new byte[SIZE];
        for (char c = 0; c < SIZE; c++) {
            t[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isWhitespace(c) ? SPACE : 0));
        }
        return t;
    }

    /** As {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < SIZE ? (TABLE[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** As {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < SIZE ? (TABLE[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /**
     * {@code s.toLowerCase(Locale.ROOT)}: the same string when it has no capital ASCII letter and nothing
     * beyond ASCII but the (caseless) Arabic block, which the JDK finds out more slowly, char by char.
     */
    public static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 0x80 && (c < 0x0600 || c > 0x06FF))) {
                return s.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }

    /** As {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        return c < SIZE ? (TABLE[c] & SPACE) != 0 : Character.isWhitespace(c);
    }
}
