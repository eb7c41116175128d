package dev.marsad.adapter.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt rules per host, fetched once and kept for the run, parsed by crawler-commons. A missing robots.txt
 * (4xx) allows everything; a server error defers the host (crawler-commons' convention, as Google does), so a
 * broken server is not crawled blind; an unreachable host is allowed, and its page fetch fails with its own
 * reason. Thread-safe.
 */
final class RobotsCache {
    private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Function<URI, FetchOutcome> fetchRobots;

    /** @param fetchRobots fetches a robots.txt URL once (throttled by the caller) */
    RobotsCache(Function<URI, FetchOutcome> fetchRobots) {
        this.fetchRobots = fetchRobots;
    }

    /** The rules of {@code uri}'s host. */
    BaseRobotRules rules(URI uri) {
        return byHost.computeIfAbsent(hostKey(uri), key -> load(URI.create(key + "/robots.txt")));
    }

    private BaseRobotRules load(URI robots) {
        FetchOutcome outcome = fetchRobots.apply(robots);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            return parser.parseContent(robots.toString(), fetched.body(),
                    fetched.contentType().orElse("text/plain"), List.of(HttpFetcher.ROBOT_NAME));
        }
        if (outcome instanceof FetchOutcome.Failed failed && failed.status().isPresent()) {
            return parser.failedFetch(failed.status().get());
        }
        // No answer at all: the page fetch will fail with its own, clearer reason.
        return parser.failedFetch(404);
    }

    /** scheme://host[:port] in lower case. */
    static String hostKey(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
