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
 * <p>The group's progress in a partition is the publish time (record timestamp) of the last page committed there,
 * which each worker commits beside the offset (the offset's metadata). A worker pauses a partition of its own whose
 * last page taken is more than {@code maxLead} ms ahead of the group's slowest partition that still has pages
 * waiting, and resumes it when it is back within that lead. The slowest partition is never paused, so the group
 * always moves. Pure decisions; the worker asks the broker for the figures.
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
     * whose committed offset is below their end; empty when none has waiting pages and a commit to say where it is.
     *
     * @param committed per partition, the committed offset and the publish time of the last page committed (absent
     *                  where nothing was committed, or by a worker that did not say)
     * @param ends      per partition, its end offset
     */
    static OptionalLong slowest(Map<String, Committed> committed, Map<String, Long> ends) {
        long low = Long.MAX_VALUE;
        for (Map.Entry<String, Long> end : ends.entrySet()) {
            Committed c = committed.get(end.getKey());
            if (c != null && c.publishedAt().isPresent() && c.offset() < end.getValue()) {
                low = Math.min(low, c.publishedAt().getAsLong());
            }
        }
        return low == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(low);
    }

    /** Of this worker's partitions ({@code taken}: the publish time of the last page it took from each), those to pause. */
    Set<String> ahead(Map<String, Long> taken, OptionalLong slowest) {
        Set<String> out = new HashSet<>();
        if (slowest.isEmpty()) {
            return out;
        }
        long limit = slowest.getAsLong() > Long.MAX_VALUE - maxLeadMillis ? Long.MAX_VALUE
                : slowest.getAsLong() + maxLeadMillis;
        taken.forEach((partition, at) -> {
            if (at > limit) {
                out.add(partition);
            }
        });
        return out;
    }

    /**
     * What the group committed in one partition.
     *
     * @param offset      the next offset to read
     * @param publishedAt the publish time of the last page committed, when the committer said
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
