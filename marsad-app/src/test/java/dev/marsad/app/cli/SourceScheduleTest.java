package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.WatchedSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each source on its own interval. */
class SourceScheduleTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static WatchedSource source(String name, Duration interval) {
        return new WatchedSource(name, URI.create("https://" + name + ".example/rss"), Optional.empty(),
                Optional.empty(), Optional.empty(), interval);
    }

    @Test
    void everySourceIsDueAtStartThenEachOnItsOwnInterval() {
        WatchedSource fast = source("fast", Duration.ofMinutes(5));
        WatchedSource slow = source("slow", Duration.ofMinutes(30));
        SourceSchedule schedule = new SourceSchedule(List.of(fast, slow), T0);
        assertThat(schedule.due(T0)).containsExactly(fast, slow);
        assertThat(schedule.untilNext(T0)).isZero();

        assertThat(schedule.polled(fast, T0)).isEqualTo(T0.plusSeconds(300));
        schedule.polled(slow, T0.plusSeconds(2));
        assertThat(schedule.due(T0.plusSeconds(10))).isEmpty();
        assertThat(schedule.untilNext(T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(290));
        assertThat(schedule.due(T0.plusSeconds(300))).containsExactly(fast);
        schedule.polled(fast, T0.plusSeconds(300));
        assertThat(schedule.due(T0.plusSeconds(1802))).containsExactly(fast, slow);
    }

    @Test
    void aPollLongerThanItsIntervalMakesTheNextDueAtOnce() {
        WatchedSource fast = source("fast", Duration.ofSeconds(10));
        SourceSchedule schedule = new SourceSchedule(List.of(fast), T0);
        schedule.polled(fast, T0);
        assertThat(schedule.untilNext(T0.plusSeconds(25))).isZero();
        assertThat(schedule.due(T0.plusSeconds(25))).containsExactly(fast);
    }
}
