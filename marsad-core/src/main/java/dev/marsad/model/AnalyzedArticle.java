package dev.marsad.model;

import java.util.Objects;

/**
 * A clean article with its extraction: one element of the contract's {@code articles} list.
 *
 * @param article    the clean article
 * @param extraction its entities, quotes and times
 */
public record AnalyzedArticle(CleanArticle article, Extraction extraction) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extraction, "extraction");
    }
}
