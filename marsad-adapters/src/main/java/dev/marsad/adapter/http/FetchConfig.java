package dev.marsad.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently to fetch.
 *
 * @param timeout        total deadline of one attempt: connection, redirects, headers and the whole body (default 20 s),
 *                       so a server that trickles its body cannot hold a run
 * @param maxBytes       bodies larger than this fail as too large (default 20 MiB, the decoder's limit)
 * @param maxAttempts    attempts per URL on 5xx, 429 and timeouts, the first included (default 3)
 * @param initialBackoff wait before the first retry, doubled for each next one (default 1 s)
 * @param maxBackoff     cap on one wait, also on a server's Retry-After (default 30 s)
 * @param hostDelay      minimum time between two requests to one host (default 1 s); a longer robots.txt
 *                       Crawl-delay wins, capped at {@code maxCrawlDelay}
 * @param maxCrawlDelay  the longest Crawl-delay honoured (default 60 s), so a hostile robots.txt cannot stall a run
 * @param addresses      which addresses may be fetched (default: public ones only, see {@link AddressPolicy})
 */
public record FetchConfig(Duration timeout, long maxBytes, int maxAttempts, Duration initialBackoff,
                          Duration maxBackoff, Duration hostDelay, Duration maxCrawlDelay, AddressPolicy addresses) {
    public static final FetchConfig DEFAULT = new FetchConfig(Duration.ofSeconds(20), 20L * 1024 * 1024, 3,
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(60));
    /** Redirects followed per fetch; each hop is checked like the first URL. */
    public static final int MAX_REDIRECTS = 5;

    /** Public addresses only. */
    public FetchConfig(Duration timeout, long maxBytes, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                       Duration hostDelay, Duration maxCrawlDelay) {
        this(timeout, maxBytes, maxAttempts, initialBackoff, maxBackoff, hostDelay, maxCrawlDelay,
                AddressPolicy.PUBLIC_ONLY);
    }

    public FetchConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(addresses, "addresses");
        if (maxBytes <= 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxBytes and maxAttempts must be positive");
        }
    }

    /** The same with another size cap. */
    public FetchConfig withMaxBytes(long value) {
        return new FetchConfig(timeout, value, maxAttempts, initialBackoff, maxBackoff, hostDelay, maxCrawlDelay,
                addresses);
    }

    /** The same with another address policy. */
    public FetchConfig withAddresses(AddressPolicy value) {
        return new FetchConfig(timeout, maxBytes, maxAttempts, initialBackoff, maxBackoff, hostDelay, maxCrawlDelay,
                value);
    }
}
