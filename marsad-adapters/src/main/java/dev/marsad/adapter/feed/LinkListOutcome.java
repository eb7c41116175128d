package dev.marsad.adapter.feed;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Parsing a feed or sitemap gives its links or a reason it could not be read. */
public sealed interface LinkListOutcome {

    /**
     * The document was read.
     *
     * @param articles   article links, in document order, without repeats
     * @param subSitemaps sitemaps listed by a sitemap index, to fetch in turn
     */
    record Parsed(List<FeedLink> articles, List<URI> subSitemaps) implements LinkListOutcome {
        public Parsed {
            articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
            subSitemaps = List.copyOf(Objects.requireNonNull(subSitemaps, "subSitemaps"));
        }
    }

    /** @param reason why the document is not a readable feed or sitemap (one line) */
    record Malformed(String reason) implements LinkListOutcome {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
