package dev.marsad.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently to fetch.
 *
 * @param timeout        connect and whole-response timeout per attempt (default 20 s)
 * @param maxBytes       bodies larger than this fail as too large (default 20 MiB, the decoder's limit)
 * @param maxAttempts    attempts per URL on 5xx, 429 and timeouts, the first included (default 3)
 * @param initialBackoff wait before the first retry, doubled for each next one (default 1 s)
 * @param maxBackoff     cap on one wait, also on a server's Retry-After (default 30 s)
 * @param hostDelay      minimum time between two requests to one host (default 1 s); a longer robots.txt
 *                       Crawl-delay wins, capped at {@code maxCrawlDelay}
 * @param maxCrawlDelay  the longest Crawl-delay honoured (default 60 s), so a hostile robots.txt cannot stall a run
 */
public record FetchConfig(Duration timeout, long maxBytes, int maxAttempts, Duration initialBackoff,
                          Duration maxBackoff, Duration hostDelay, Duration maxCrawlDelay) {
    public static final FetchConfig DEFAULT = new FetchConfig(Duration.ofSeconds(20), 20L * 1024 * 1024, 3,
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(60));

    public FetchConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        if (maxBytes <= 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxBytes and maxAttempts must be positive");
        }
    }

    /** The same with another size cap. */
    public FetchConfig withMaxBytes(long value) {
        return new FetchConfig(timeout, value, maxAttempts, initialBackoff, maxBackoff, hostDelay, maxCrawlDelay);
    }
}
