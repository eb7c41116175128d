package dev.marsad.model;

import java.util.Objects;

/**
 * Points at one article of one input: the contract's {@code {"source", "index"}} pair.
 *
 * @param source the input as given
 * @param index  the article's position in that input's {@code articles} list
 */
public record ArticleRef(String source, int index) {
    public ArticleRef {
        Objects.requireNonNull(source, "source");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
    }
}
