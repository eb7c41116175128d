package dev.marsad.model;

import java.util.Objects;

/**
 * One sentence of a story's extractive summary, with the article it was taken from.
 *
 * @param text the sentence as written
 * @param from its source article
 */
public record SummarySentence(String text, ArticleRef from) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
    }
}
