package dev.marsad.adapter.http;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches like a well-behaved crawler:
 * <ul>
 *   <li>obeys robots.txt (crawler-commons, cached per host), including its Crawl-delay (capped), for the URL and
 *       for every redirect target;</li>
 *   <li>fetches only what {@link FetchConfig#addresses()} allows (no loopback, private or link-local targets by
 *       default; see {@link HttpFetcher});</li>
 *   <li>waits at least {@link FetchConfig#hostDelay()} between two requests to one host;</li>
 *   <li>retries 5xx, 429 and timeouts with exponential back-off, a bounded number of times;</li>
 *   <li>sends the validators it is given (ETag/Last-Modified), so an unchanged feed is a 304.</li>
 * </ul>
 * Every result is a {@link FetchOutcome}; nothing throws. The one fetcher of the command line and the server.
 * Thread-safe.
 */
public final class PoliteFetcher {
    private final HttpFetcher http;
    private final FetchConfig config;
    private final RobotsCache robots;
    private final HostThrottle throttle;

    public PoliteFetcher(FetchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = new HttpFetcher(config);
        this.throttle = new HostThrottle();
        this.robots = new RobotsCache(this::fetchRobots);
    }

    /** The configuration it fetches with (its address policy also guards alert webhooks). */
    public FetchConfig config() {
        return config;
    }

    /** Fetches {@code uri} unconditionally. */
    public FetchOutcome fetch(URI uri) {
        return fetch(uri, Validators.NONE);
    }

    /** Fetches {@code uri} conditionally: {@link FetchOutcome.NotModified} if unchanged since {@code sent}. */
    public FetchOutcome fetch(URI uri, Validators sent) {
        if (uri.getHost() == null) {
            return new FetchOutcome.Failed(uri, Optional.empty(), "not an http(s) URL with a host", false);
        }
        BaseRobotRules rules = robots.rules(uri);
        if (!rules.isAllowed(uri.toString())) {
            return new FetchOutcome.Disallowed(uri, rules.isDeferVisits()
                    ? "robots.txt unavailable (server error), host skipped for now" : "disallowed by robots.txt");
        }
        Duration delay = hostDelay(rules);
        FetchOutcome outcome = null;
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            if (attempt > 1) {
                HostThrottle.sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
            throttle.await(RobotsCache.hostKey(uri), delay);
            outcome = http.fetch(uri, sent, this::checkHop);
            throttle.answered(RobotsCache.hostKey(uri), delay);
            if (!(outcome instanceof FetchOutcome.Failed failed) || !failed.retryable()) {
                return outcome;
            }
        }
        FetchOutcome.Failed last = (FetchOutcome.Failed) outcome;
        String tries = config.maxAttempts() == 1 ? "" : " (gave up after " + config.maxAttempts() + " attempts)";
        return new FetchOutcome.Failed(uri, last.status(), last.reason() + tries, false);
    }

    /** A redirect target gets the same robots.txt check and host spacing as a URL asked for. */
    private Optional<FetchOutcome> checkHop(URI hop) {
        if (hop.getHost() == null) {
            return Optional.of(new FetchOutcome.Failed(hop, Optional.empty(), "redirected to a URL without a host",
                    false));
        }
        BaseRobotRules rules = robots.rules(hop);
        if (!rules.isAllowed(hop.toString())) {
            return Optional.of(new FetchOutcome.Disallowed(hop, "redirected to " + hop + ", disallowed by robots.txt"));
        }
        throttle.await(RobotsCache.hostKey(hop), hostDelay(rules));
        return Optional.empty();
    }

    private FetchOutcome fetchRobots(URI robotsUri) {
        throttle.await(RobotsCache.hostKey(robotsUri), config.hostDelay());
        FetchOutcome outcome = http.fetch(robotsUri, Validators.NONE);
        throttle.answered(RobotsCache.hostKey(robotsUri), config.hostDelay());
        return outcome;
    }

    private Duration hostDelay(BaseRobotRules rules) {
        long crawlDelayMs = rules.getCrawlDelay();
        if (crawlDelayMs == BaseRobotRules.UNSET_CRAWL_DELAY || crawlDelayMs <= 0) {
            return config.hostDelay();
        }
        Duration crawlDelay = min(Duration.ofMillis(crawlDelayMs), config.maxCrawlDelay());
        return crawlDelay.compareTo(config.hostDelay()) > 0 ? crawlDelay : config.hostDelay();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

}
