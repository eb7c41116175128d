package dev.marsad.model;

import java.util.Objects;

/**
 * A quotation within a story, with the input it comes from.
 *
 * @param quote  the quotation and its speaker
 * @param source the input as given
 */
public record StoryQuote(Quote quote, String source) {
    public StoryQuote {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(source, "source");
    }
}
