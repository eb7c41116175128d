package dev.marsad.model;

import java.util.Objects;

/**
 * One article separated from page noise.
 *
 * @param role     the page's own article or one pasted after it
 * @param metadata title, outlet, agency, date, dateline and language as far as the page states them
 * @param text     the clean body: paragraphs separated by a blank line, original spelling kept
 */
public record CleanArticle(Role role, ArticleMetadata metadata, String text) {
    public CleanArticle {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
    }
}
