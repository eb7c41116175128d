package dev.marsad.app.cli;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one input of {@code ingest}, or one feed of a {@code watch} poll, may cost, so that a hostile or
 * enormous feed cannot keep Marsad busy for hours.
 *
 * @param maxLinksPerList links taken from one feed or sitemap, in document order (default 500; the rest are
 *                        reported and left for a later poll)
 * @param maxFetches      pages and sitemaps fetched for one input or feed (default 2,000)
 * @param maxTime         wall-clock budget for one input or feed (default 10 minutes)
 * @param maxSitemaps     sitemaps fetched from one sitemap index, however nested (default 50)
 */
record CrawlLimits(int maxLinksPerList, int maxFetches, Duration maxTime, int maxSitemaps) {
    static final CrawlLimits DEFAULT = new CrawlLimits(500, 2000, Duration.ofMinutes(10), 50);

    CrawlLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxLinksPerList < 1 || maxFetches < 1 || maxSitemaps < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("crawl limits must be positive");
        }
    }
}
