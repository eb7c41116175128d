package dev.marsad.text;

/**
 * A half-open char range of some text.
 *
 * @param start first char offset
 * @param end   one past the last char
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The characters of this span in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** The span {@code [from, to)} of {@code text} with surrounding whitespace removed. */
    public static Span trimmed(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
