package dev.marsad.kafka;

import dev.marsad.cluster.ClusterInput;
import dev.marsad.pipeline.NewsPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The placer's bounded lateness window: prepared pages wait here and leave in publication order (the clustering
 * order: day of the page's own article, undated last; then the order the pages were fetched in, so that pages
 * of one day are stored in the order a single process reading the same inputs would store them). A page leaves when more than {@code window} pages wait after
 * it, or when it has waited {@code maxWaitMillis}: workers that finish up to that far out of order are put back in
 * order for free; a page later still is placed by the story engine's replay (correct, only dearer). Tracks, per
 * partition, the offsets that may be committed: those below the oldest page still waiting. Not thread-safe.
 */
final class ReorderBuffer {

    /** A waiting page with where it came from. */
    record Entry(NewsPipeline.Prepared page, LocalDate day, long fetched, Optional<PublisherRun> run, String partition,
                 long offset, long arrived, long seq) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::day)
            .thenComparingLong(Entry::fetched).thenComparing(e -> e.page().source()).thenComparingLong(Entry::seq);

    private final int window;
    private final long maxWaitMillis;
    private final PriorityQueue<Entry> waiting = new PriorityQueue<>(ORDER);
    /** Offsets still waiting, by partition. */
    private final Map<String, TreeSet<Long>> pending = new HashMap<>();
    /** The next offset after the last one taken in, by partition. */
    private final Map<String, Long> next = new HashMap<>();
    private long seq;

    ReorderBuffer(int window, long maxWaitMillis) {
        if (window < 0 || maxWaitMillis < 0) {
            throw new IllegalArgumentException("lateness window must not be negative");
        }
        this.window = window;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Takes in one page, {@code fetched} in the publisher's order, read at {@code offset} of {@code partition} at time {@code now} (ms). */
    void add(NewsPipeline.Prepared page, long fetched, String partition, long offset, long now) {
        add(page, fetched, Optional.empty(), partition, offset, now);
    }

    /** As {@link #add(NewsPipeline.Prepared, long, String, long, long)}, with the publisher's run it was fetched in. */
    void add(NewsPipeline.Prepared page, long fetched, Optional<PublisherRun> run, String partition, long offset,
             long now) {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(run, "run");
        // The day the story engine clusters by (StoryPipeline.day): of the page's own article's publication date.
        LocalDate day = page.articles().isEmpty() ? LocalDate.MAX : page.articles().get(0).article().metadata()
                .published().flatMap(ClusterInput::day).orElse(LocalDate.MAX);
        waiting.add(new Entry(page, day, fetched, run, partition, offset, now, seq++));
        pending.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
        next.merge(partition, offset + 1, Math::max);
    }

    /** Marks {@code offset} of {@code partition} as read without a page to place (a record that was not one). */
    void skip(String partition, long offset) {
        next.merge(partition, offset + 1, Math::max);
    }

    /** How many pages wait. */
    int size() {
        return waiting.size();
    }

    /**
     * The pages due at {@code now} (ms), in order: all but the last {@code window} ones, and every page up to (in
     * order) the last one that has waited {@code maxWaitMillis}; everything when {@code all}.
     */
    List<Entry> due(long now, boolean all) {
        Entry lastDue = null;
        for (Entry e : waiting) {
            if (all || now - e.arrived() >= maxWaitMillis) {
                if (lastDue == null || ORDER.compare(e, lastDue) > 0) {
                    lastDue = e;
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        while (!waiting.isEmpty() && (waiting.size() > window
                || (lastDue != null && ORDER.compare(waiting.peek(), lastDue) <= 0))) {
            out.add(waiting.poll());
        }
        return out;
    }

    /**
     * The pages beyond the window, in order: what {@link #due} gives out while more pages wait on the broker, when
     * holding a page {@code maxWaitMillis} would only let the backlog behind it arrive late.
     */
    List<Entry> overflow() {
        List<Entry> out = new ArrayList<>();
        while (waiting.size() > window) {
            out.add(waiting.poll());
        }
        return out;
    }

    /** Marks a page given out by {@link #due} as written: its offset may be committed once those before it are. */
    void written(Entry entry) {
        TreeSet<Long> offsets = pending.get(entry.partition());
        if (offsets != null) {
            offsets.remove(entry.offset());
        }
    }

    /** Per partition, the offset to commit: the oldest page still waiting or unwritten, else the next to read. */
    Map<String, Long> committable() {
        Map<String, Long> out = new HashMap<>();
        next.forEach((partition, after) -> {
            TreeSet<Long> offsets = pending.get(partition);
            out.put(partition, offsets == null || offsets.isEmpty() ? after : offsets.first());
        });
        return out;
    }

    /** Forgets everything of {@code partition} (it went to another placer; what was not committed is re-read there). */
    void drop(String partition) {
        waiting.removeIf(e -> e.partition().equals(partition));
        pending.remove(partition);
        next.remove(partition);
    }
}
