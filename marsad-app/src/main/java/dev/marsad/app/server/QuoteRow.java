package dev.marsad.app.server;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.Quote;
import java.util.Objects;
import java.util.Optional;

/**
 * One quotation as the quotes endpoints list it: what was said, by whom, and where and when it was reported.
 *
 * @param quote   the quotation as extracted
 * @param article what the snapshot keeps of the stored article it was found in
 */
record QuoteRow(Quote quote, ArticleDigest article) {
    QuoteRow {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
    }

    ArticleMetadata metadata() {
        return article.metadata();
    }

    /** The article's publication day, {@code YYYY-MM-DD}, when its date is at least that precise. */
    Optional<String> day() {
        return metadata().published().filter(p -> p.length() >= 10 && p.charAt(4) == '-' && p.charAt(7) == '-')
                .map(p -> p.substring(0, 10));
    }
}
