package dev.marsad.clean;

/**
 * Cheap checks that tell when a whitespace-collapsing regular expression would change a line, so that the
 * expression runs only then: most lines have single plain spaces. Thread-safe (stateless).
 */
final class Spaces {
    private Spaces() {
    }

    /** True when {@code \s+ → " "} would change {@code s}: a run of two {@code \s}, or one other than a space. */
    static boolean hasRunOrOddSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
                    return true;
                }
            } else if (isRegexSpace(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds two chars in a row of {@code [\s\u00A0\u2007\u202F]}. */
    static boolean hasTwoInARow(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (isLineSpace(s.charAt(i)) && isLineSpace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The class {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineSpace(char c) {
        return isRegexSpace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
