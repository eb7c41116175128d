package dev.marsad.model;

import java.util.Objects;

/**
 * An input decoded to text, before any cleaning.
 *
 * @param source  the input as the user named it (path or URL); used as the article's source in outputs
 * @param content the decoded characters
 * @param format  plain text or HTML
 * @param hints   metadata known from outside the page (a feed entry's date and title, say)
 */
public record SourceDocument(String source, String content, DocumentFormat format, ArticleMetadata hints) {
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(hints, "hints");
    }

    public SourceDocument(String source, String content, DocumentFormat format) {
        this(source, content, format, ArticleMetadata.EMPTY);
    }
}
