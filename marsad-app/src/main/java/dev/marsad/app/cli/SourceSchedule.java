package dev.marsad.app.cli;

import dev.marsad.adapter.store.WatchedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each source of a sources file is due: every source at the start, then each its own interval after its
 * last poll began (a poll that ran longer than the interval makes the next one due at once; polls never pile
 * up). Not thread-safe.
 */
final class SourceSchedule {
    private final Map<WatchedSource, Instant> next = new LinkedHashMap<>();

    SourceSchedule(List<WatchedSource> sources, Instant start) {
        sources.forEach(s -> next.put(s, start));
    }

    /** The sources due at {@code now}, in file order. */
    List<WatchedSource> due(Instant now) {
        return next.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
    }

    /** Records that a poll of {@code source} began at {@code started}; returns when the next one is due. */
    Instant polled(WatchedSource source, Instant started) {
        Instant due = started.plus(source.interval());
        next.put(source, due);
        return due;
    }

    /** How long from {@code now} until the next source is due (zero when one is due already). */
    Duration untilNext(Instant now) {
        Instant soonest = next.values().stream().min(Instant::compareTo).orElse(now);
        return soonest.isAfter(now) ? Duration.between(now, soonest) : Duration.ZERO;
    }
}
