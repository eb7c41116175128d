package dev.marsad.app.server;

import dev.marsad.adapter.store.SourceHealth;
import dev.marsad.adapter.store.WatchedSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Watched sources in each state the sources page shows, around {@code now}. */
final class SourceSamples {
    static final String MARKUP_OUTLET = "<img src=x onerror=alert(7)> وكالة";

    private SourceSamples() {
    }

    static List<SourceHealth> around(Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.SECONDS);
        WatchedSource agency = source("agency", MARKUP_OUTLET, Duration.ofMinutes(10));
        WatchedSource dead = source("dead", "هسبريس", Duration.ofHours(1));
        WatchedSource stale = source("stale", "الأمة برس", Duration.ofMinutes(30));
        WatchedSource fresh = source("fresh", "سبوتنيك عربي", Duration.ofMinutes(15));
        Instant minuteAgo = now.minusSeconds(60);
        return List.of(
                new SourceHealth(agency, Optional.of(minuteAgo), Optional.of(minuteAgo), Optional.of(minuteAgo), 0,
                        Optional.empty(), Optional.of(minuteAgo.plusSeconds(600)), 4, 3),
                new SourceHealth(dead, Optional.of(minuteAgo), Optional.empty(), Optional.empty(), 3,
                        Optional.of("could not be fetched (HTTP 404) <b>x</b>"), Optional.of(minuteAgo.plusSeconds(3600)), 3, 0),
                new SourceHealth(fresh, Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(),
                        Optional.empty(), 0, 0),
                new SourceHealth(stale, Optional.of(now.minusSeconds(3 * 3600)), Optional.of(now.minusSeconds(3 * 3600)),
                        Optional.empty(), 0, Optional.empty(), Optional.of(now.minusSeconds(3 * 3600 - 1800)), 1, 0));
    }

    private static WatchedSource source(String name, String outlet, Duration interval) {
        return new WatchedSource(name, URI.create("https://" + name + ".example/rss"), Optional.of(outlet),
                Optional.of("ar"), Optional.of("EG"), interval);
    }
}
