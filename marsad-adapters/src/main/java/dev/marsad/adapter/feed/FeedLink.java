package dev.marsad.adapter.feed;

import dev.marsad.model.ArticleMetadata;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One article link found in a feed or sitemap, with what the feed says about it.
 *
 * @param url       the article's address
 * @param title     the entry's title
 * @param published the entry's publication (or last update) date-time, ISO 8601 in UTC
 */
public record FeedLink(URI url, Optional<String> title, Optional<String> published) {
    public FeedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
    }

    /** The metadata hints for the article page: the feed's title and date. */
    public ArticleMetadata hints() {
        return ArticleMetadata.EMPTY.withTitle(title).withPublished(published);
    }
}
