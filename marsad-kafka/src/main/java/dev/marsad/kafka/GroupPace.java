package dev.marsad.kafka;

import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Keeps the workers of the group in step over the pages topic, so that what they publish stays close to the order
 * the pages were published in. Each worker takes its own partitions; one that runs faster than the others (more
 * CPU, fewer pages needing the tagger) would otherwise get further ahead the longer a backlog lasts, and the placer,
 * which must finish pages in publication order (the extraction run, the story engine's order within a day), would
 * see pages later than its lateness window can wait for.
 *
 * <p>The group's progress in a partition is the publish time (record timestamp) the group has taken it up to, which
 * each worker commits beside the offset (the offset's metadata): that of the last page taken, or, for a partition
 * held back, of the next page waiting there. A worker takes no page published more than {@code maxLead} ms after the
 * group's slowest partition that still has pages waiting ({@link #limit}): the first such page of a partition is put
 * back (the worker seeks to it), the partition paused and its place committed as that page's time, and it is resumed
 * when the group has caught up. Page by page, not fetch by fetch: a partition with few pages (one outlet's section, a
 * page a day) covers a day of the stream in one fetch, and taking the whole fetch put it a day ahead of the others
 * (the whole-stream bench, docs/EVALUATION.md). The partition held at the least time is always within the limit, so
 * the group always moves. A partition with pages but nothing committed yet is at the very start (no page taken):
 * the group waits until a worker has looked at it. Pure decisions; the worker asks the broker for the figures.
 */
final class GroupPace {
    private final long maxLeadMillis;

    GroupPace(long maxLeadMillis) {
        if (maxLeadMillis < 0) {
            throw new IllegalArgumentException("the workers' lead must not be negative");
        }
        this.maxLeadMillis = maxLeadMillis;
    }

    /**
     * Where the slowest partition with pages still waiting is: the least committed publish time among partitions
     * whose committed offset is below their end ({@code Long.MIN_VALUE} for one with pages and no commit at all: the
     * group has taken nothing there yet); empty when no partition with waiting pages says where it is.
     *
     * @param committed per partition, the committed offset and the publish time the group has taken it up to
     *                  (absent where nothing was committed; without a time where a worker did not say)
     * @param begins    per partition, its first offset still held (a partition whose pages all expired has none
     *                  waiting)
     * @param ends      per partition, its end offset
     */
    static OptionalLong slowest(Map<String, Committed> committed, Map<String, Long> begins, Map<String, Long> ends) {
        long low = Long.MAX_VALUE;
        boolean known = false;
        for (Map.Entry<String, Long> end : ends.entrySet()) {
            Committed c = committed.get(end.getKey());
            if (c == null) {
                if (end.getValue() > begins.getOrDefault(end.getKey(), 0L)) {
                    low = Long.MIN_VALUE;
                    known = true;
                }
            } else if (c.publishedAt().isPresent() && c.offset() < end.getValue()) {
                low = Math.min(low, c.publishedAt().getAsLong());
                known = true;
            }
        }
        return known ? OptionalLong.of(low) : OptionalLong.empty();
    }

    /** The latest publish time a worker may take a page of (empty: no limit), given the group's {@link #slowest}. */
    OptionalLong limit(OptionalLong slowest) {
        if (slowest.isEmpty()) {
            return OptionalLong.empty();
        }
        long at = slowest.getAsLong();
        return OptionalLong.of(at > Long.MAX_VALUE - maxLeadMillis ? Long.MAX_VALUE : at + maxLeadMillis);
    }

    /**
     * Of this worker's partitions ({@code taken}: the publish time each was taken up to, as committed), those to
     * keep paused: beyond the {@link #limit}.
     */
    Set<String> ahead(Map<String, Long> taken, OptionalLong slowest) {
        Set<String> out = new HashSet<>();
        OptionalLong limit = limit(slowest);
        if (limit.isEmpty()) {
            return out;
        }
        taken.forEach((partition, at) -> {
            if (at > limit.getAsLong()) {
                out.add(partition);
            }
        });
        return out;
    }

    /**
     * What the group committed in one partition.
     *
     * @param offset      the next offset to read
     * @param publishedAt the publish time the partition is taken up to (the last page taken, or the next page
     *                    waiting where the partition is held back), when the committer said
     */
    record Committed(long offset, OptionalLong publishedAt) {
        /** From an offset's metadata as a worker commits it (the publish time in ms), or anything else. */
        static Committed of(long offset, String metadata) {
            try {
                return new Committed(offset, metadata == null || metadata.isEmpty() ? OptionalLong.empty()
                        : OptionalLong.of(Long.parseLong(metadata)));
            } catch (NumberFormatException e) {
                return new Committed(offset, OptionalLong.empty());
            }
        }
    }
}
