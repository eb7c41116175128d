package dev.marsad.app.server;

import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The front page's view of the stories for a reader: which ones fall in a time window, in which order, and which
 * are breaking. Times are relative to the newest article stored (for a live monitor that is about now; for an
 * imported archive it is the archive's last day, so "the last 24 hours" still means something). Stateless.
 */
final class StoryRanking {
    /** A story is breaking when this many outlets reported it within {@link #BREAKING_SPAN} of its latest article… */
    static final int BREAKING_OUTLETS = 3;
    static final Duration BREAKING_SPAN = Duration.ofHours(24);

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
     * The stories whose latest article is within {@code days} of {@code newest} (every story when either is
     * empty), in {@code sort} order; ties keep the stored order (size, then recency). Each story's sort key is
     * worked out once, not on every comparison.
     */
    static List<Story> rank(List<Story> stories, Sort sort, Optional<Integer> days, Optional<Instant> newest) {
        record Keyed(Story story, Instant latest, int outlets) {
        }
        Optional<Instant> since = days.flatMap(d -> newest.map(n -> n.minus(Duration.ofDays(d))));
        List<Keyed> kept = stories.stream()
                .map(s -> new Keyed(s, latest(s).orElse(Instant.MIN), sort == Sort.OUTLETS ? outlets(s) : 0))
                .filter(k -> since.isEmpty() || !k.latest().isBefore(since.get()))
                .toList();
        Comparator<Keyed> order = switch (sort) {
            case SIZE -> (a, b) -> 0;
            case OUTLETS -> Comparator.comparingInt(Keyed::outlets).reversed();
            case RECENT -> Comparator.comparing(Keyed::latest).reversed();
        };
        return kept.stream().sorted(order).map(Keyed::story).toList();
    }

    /** Whether {@code story} gained {@link #BREAKING_OUTLETS} outlets within a day of its latest article, and that
     * latest article is within a day of the newest article of all. */
    static boolean breaking(Story story, Optional<Instant> newestOfAll) {
        Optional<Instant> last = latest(story);
        if (last.isEmpty() || newestOfAll.isEmpty() || last.get().isBefore(newestOfAll.get().minus(BREAKING_SPAN))) {
            return false;
        }
        Instant since = last.get().minus(BREAKING_SPAN);
        Set<String> recent = new HashSet<>();
        for (StoryArticle a : story.articles()) {
            if (time(a).map(t -> !t.isBefore(since)).orElse(false)) {
                recent.add(outlet(a));
            }
        }
        return recent.size() >= BREAKING_OUTLETS;
    }

    /** The newest article time over all stories. */
    static Optional<Instant> newest(List<Story> stories) {
        return stories.stream().map(StoryRanking::latest).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    static int outlets(Story story) {
        Set<String> names = new HashSet<>();
        story.articles().forEach(a -> names.add(outlet(a)));
        return names.size();
    }

    private static String outlet(StoryArticle a) {
        return a.outlet().orElse(a.ref().source());
    }

    static Optional<Instant> latest(Story story) {
        return story.articles().stream().map(StoryRanking::time).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** An article's publication time: an ISO date-time, or a date taken as its midnight UTC. */
    static Optional<Instant> time(StoryArticle a) {
        if (a.published().isEmpty()) {
            return Optional.empty();
        }
        String p = a.published().get();
        try {
            return Optional.of(OffsetDateTime.parse(p).toInstant());
        } catch (DateTimeParseException e) {
            // a date-time without offset, or a date
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(p).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // a date
        }
        try {
            return Optional.of(LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
