package dev.marsad.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An analysed article as kept by a store.
 *
 * @param id       the store's stable identifier (derived from content, so the same article stored twice has one id)
 * @param ref      the input and position it came from
 * @param article  the article and its extraction
 * @param storedAt when it was first stored
 */
public record StoredArticle(String id, ArticleRef ref, AnalyzedArticle article, Instant storedAt) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
