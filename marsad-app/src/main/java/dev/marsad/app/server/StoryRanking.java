package dev.marsad.app.server;

import dev.marsad.model.StoryStanding;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The front page's view of the stories for a reader: which ones fall in a time window, in which order, and which
 * are breaking. Works on the stories' standings (no bodies), so ranking costs the same whatever the stories hold.
 * Times are relative to the newest article stored (for a live monitor that is about now; for an imported archive
 * it is the archive's last day, so "the last 24 hours" still means something). Stateless.
 */
final class StoryRanking {
    /** A story is breaking when this many outlets reported it within {@link #BREAKING_SPAN} of its latest article… */
    static final int BREAKING_OUTLETS = 3;
    static final Duration BREAKING_SPAN = StoryStanding.BREAKING_SPAN;

    /** The orders offered: by size (the contract's order), by distinct outlets, by latest article. */
    enum Sort {
        SIZE, OUTLETS, RECENT;

        static Sort of(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("sort must be size, outlets or recent: " + value);
            }
        }
    }

    private StoryRanking() {
    }

    /**
     * The stories of {@code stored} (in the stored order) in {@code sort} order; ties keep the stored order (size,
     * then recency).
     */
    static List<StoryStanding> sort(List<StoryStanding> stored, Sort sort) {
        Comparator<StoryStanding> order = switch (sort) {
            case SIZE -> (a, b) -> 0;
            case OUTLETS -> Comparator.comparingInt(StoryStanding::outlets).reversed();
            case RECENT -> Comparator.comparing(StoryRanking::latest).reversed();
        };
        return stored.stream().sorted(order).toList();
    }

    /**
     * The stories of {@code ranked} whose latest article is within {@code days} of {@code newest} (every story when
     * either is empty), in the order of {@code ranked}.
     */
    static List<StoryStanding> window(List<StoryStanding> ranked, Optional<Integer> days, Optional<Instant> newest) {
        Optional<Instant> since = days.flatMap(d -> newest.map(n -> n.minus(Duration.ofDays(d))));
        return since.isEmpty() ? ranked : ranked.stream().filter(s -> !latest(s).isBefore(since.get())).toList();
    }

    /** {@link #sort} then {@link #window}: filtering keeps the sorted order, so the two may be done in either order. */
    static List<StoryStanding> rank(List<StoryStanding> stored, Sort sort, Optional<Integer> days,
                                    Optional<Instant> newest) {
        return window(sort(stored, sort), days, newest);
    }

    /** Whether {@code story} gained {@link #BREAKING_OUTLETS} outlets within a day of its latest article, and that
     * latest article is within a day of the newest article of all. */
    static boolean breaking(StoryStanding story, Optional<Instant> newestOfAll) {
        Optional<Instant> last = story.latestAt();
        if (last.isEmpty() || newestOfAll.isEmpty() || last.get().isBefore(newestOfAll.get().minus(BREAKING_SPAN))) {
            return false;
        }
        return story.recentOutlets() >= BREAKING_OUTLETS;
    }

    /** The newest article time over all stories. */
    static Optional<Instant> newest(List<StoryStanding> stories) {
        return stories.stream().map(StoryStanding::latestAt).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** A story's latest article time; undated stories sort last. */
    private static Instant latest(StoryStanding s) {
        return s.latestAt().orElse(Instant.MIN);
    }
}
