package dev.marsad.clean;

import java.util.Objects;

/**
 * One line of a page with what the classifier found.
 *
 * @param text        the line, trimmed, original spelling
 * @param kind        its class
 * @param words       number of words
 * @param linkDensity share of its characters inside links (0 for plain text)
 */
record Line(String text, LineKind kind, int words, double linkDensity) {
    Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    boolean is(LineKind k) {
        return kind == k;
    }

    /** Lines that end the page's own article when met after its body. */
    boolean isBreak() {
        return kind == LineKind.SEPARATOR || kind == LineKind.SOURCE || kind == LineKind.TAGS;
    }
}
