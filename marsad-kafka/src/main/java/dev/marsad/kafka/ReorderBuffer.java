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
import java.util.Set;
import java.util.TreeSet;

/**
 * The placer's bounded lateness window: prepared pages wait here and leave in publication order (the clustering
 * order: day of the page's own article, undated last; then the order the pages were fetched in, so that pages
 * of one day are stored in the order a single process reading the same inputs would store them).
 *
 * <p>A page leaves when
 * <ul>
 *   <li>it is <em>settled</em>: a page published (on the pages topic) {@code lateness} or more after it has been
 *       read, in every partition of the articles topic that still has records unread ({@link #lagging}). Workers keep within their lead of each other in publish time ({@link GroupPace}), so once a page
 *       published that much later has arrived, every page published before this one has arrived too: it can leave
 *       without an earlier one coming after it, however fast the backlog was published (a window in pages cannot
 *       say that: 500 pages are a second of a backlog published at 500 pages/s and an hour of live feeds);</li>
 *   <li>more than {@code window} pages wait after it (the bound on memory);</li>
 *   <li>(only when {@link #due} is asked, i.e. the placer has read all there is) nothing has arrived for
 *       {@code lateness} (no worker has a page in hand: the end of a backlog, a quiet moment of live feeds), or,
 *       for a page that does not say when it was published, it has waited {@code maxWaitMillis}.</li>
 * </ul>
 * Workers that finish that far out of order are put back in order for free; a page later still is placed by the
 * story engine's replay (correct, only dearer). Tracks, per partition, the offsets that may be committed: those below
 * the oldest page still waiting. Not thread-safe.
 */
final class ReorderBuffer {

    /** A waiting page with where it came from. */
    record Entry(NewsPipeline.Prepared page, LocalDate day, long fetched, Optional<PublisherRun> run, String partition,
                 long offset, long arrived, long published, long seq) {
    }

    /** The publish time of a page that does not say when it was published: never settled by later pages. */
    static final long UNKNOWN = Long.MAX_VALUE;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::day)
            .thenComparingLong(Entry::fetched).thenComparing(e -> e.page().source()).thenComparingLong(Entry::seq);

    private final int window;
    private final long maxWaitMillis;
    private final long latenessMillis;
    /** Per partition of the articles topic, the latest publish time read there (of pages that say theirs). */
    private final Map<String, Long> newest = new HashMap<>();
    /** Partitions with records still unread on the broker ({@link #lagging}). */
    private Set<String> lagging = Set.of();
    /** When the last page arrived (ms). */
    private long lastArrival = Long.MIN_VALUE;
    private final PriorityQueue<Entry> waiting = new PriorityQueue<>(ORDER);
    /** Offsets still waiting, by partition. */
    private final Map<String, TreeSet<Long>> pending = new HashMap<>();
    /** The next offset after the last one taken in, by partition. */
    private final Map<String, Long> next = new HashMap<>();
    private long seq;

    /** A window by pages and waiting time only: no page is settled by the publish time of later ones. */
    ReorderBuffer(int window, long maxWaitMillis) {
        this(window, maxWaitMillis, Long.MAX_VALUE);
    }

    /**
     * @param window         pages held at most (the oldest beyond it leave)
     * @param maxWaitMillis  the longest a page waits once the placer has read all there is
     * @param latenessMillis how much later in publish time a page must have been read for an earlier one to leave;
     *                       also how long nothing must arrive for every page to leave
     */
    ReorderBuffer(int window, long maxWaitMillis, long latenessMillis) {
        if (window < 0 || maxWaitMillis < 0 || latenessMillis < 0) {
            throw new IllegalArgumentException("lateness window must not be negative");
        }
        this.window = window;
        this.maxWaitMillis = maxWaitMillis;
        this.latenessMillis = latenessMillis;
    }

    /** Takes in one page, {@code fetched} in the publisher's order, read at {@code offset} of {@code partition} at time {@code now} (ms). */
    void add(NewsPipeline.Prepared page, long fetched, String partition, long offset, long now) {
        add(page, fetched, Optional.empty(), partition, offset, now, UNKNOWN);
    }

    /**
     * As {@link #add(NewsPipeline.Prepared, long, String, long, long)}, with the publisher's run it was fetched in
     * and when it was {@code published} on the pages topic (ms; {@link #UNKNOWN} when it does not say).
     */
    void add(NewsPipeline.Prepared page, long fetched, Optional<PublisherRun> run, String partition, long offset,
             long now, long published) {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(run, "run");
        // The day the story engine clusters by (StoryPipeline.day): of the page's own article's publication date.
        LocalDate day = page.articles().isEmpty() ? LocalDate.MAX : page.articles().get(0).article().metadata()
                .published().flatMap(ClusterInput::day).orElse(LocalDate.MAX);
        if (published < 0) {
            published = UNKNOWN; // Kafka's "no timestamp" (-1)
        }
        waiting.add(new Entry(page, day, fetched, run, partition, offset, now, published, seq++));
        if (published != UNKNOWN) {
            newest.merge(partition, published, Math::max);
        }
        lastArrival = Math.max(lastArrival, now);
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
     * The pages due at {@code now} (ms), in order, once the placer has read all there is: the settled ones and those
     * beyond the window ({@link #overflow}), every page up to (in order) the last one without a publish time that has
     * waited {@code maxWaitMillis}, and everything when nothing has arrived for the lateness (or when {@code all}).
     */
    List<Entry> due(long now, boolean all) {
        boolean quiet = lastArrival != Long.MIN_VALUE && now - lastArrival >= latenessMillis;
        Entry lastDue = null;
        for (Entry e : waiting) {
            // Waiting time counts only for a page without a publish time: one with a time is settled by what is read
            // after it. Workers far behind a fast publisher (one worker: 45 pages/s against 640 published a second
            // in the whole-stream bench) move through publish time slowly, so the placer has read all there is while
            // an earlier page is still with a worker, for far longer than any wait (30 s there: 2 s of publish time).
            if (all || quiet || e.published() == UNKNOWN && now - e.arrived() >= maxWaitMillis) {
                if (lastDue == null || ORDER.compare(e, lastDue) > 0) {
                    lastDue = e;
                }
            }
        }
        List<Entry> out = overflow();
        while (!waiting.isEmpty() && lastDue != null && ORDER.compare(waiting.peek(), lastDue) <= 0) {
            out.add(waiting.poll());
        }
        return out;
    }

    /**
     * The pages that may leave while more pages wait on the broker, in order: the settled ones (a page published
     * the lateness after them has been read) and those beyond the window. Time waited counts for nothing here: a
     * page held while a backlog waits is earlier than what is still to come only by what has been read.
     */
    List<Entry> overflow() {
        List<Entry> out = new ArrayList<>();
        long upTo = readUpTo(); // nothing is read while pages leave: once per call, not once per page
        while (!waiting.isEmpty() && (waiting.size() > window || settled(waiting.peek(), upTo))) {
            out.add(waiting.poll());
        }
        return out;
    }

    /**
     * Tells which partitions still have records unread on the broker. Each partition is read in the order workers
     * published to it, but partitions are read at their own pace: a partition with few records (another language's
     * pages, spread over the whole stream) is read to its end while a busy one waits on the broker. How far the
     * placer has read in publish time is the least of what it read in each partition still waiting; once none waits,
     * the latest of all.
     */
    void lagging(Set<String> partitions) {
        this.lagging = Set.copyOf(partitions);
    }

    /** The publish time up to which every page is read, less the workers' spread: see {@link #lagging}. */
    private long readUpTo() {
        long upTo = Long.MIN_VALUE;
        if (lagging.isEmpty()) {
            for (long t : newest.values()) {
                upTo = Math.max(upTo, t);
            }
            return upTo;
        }
        upTo = Long.MAX_VALUE;
        for (String partition : lagging) {
            upTo = Math.min(upTo, newest.getOrDefault(partition, Long.MIN_VALUE));
        }
        return upTo;
    }

    private boolean settled(Entry e, long upTo) {
        // Publish times are not negative (add), so upTo - published cannot overflow.
        return e.published() != UNKNOWN && upTo != Long.MIN_VALUE && upTo - e.published() >= latenessMillis;
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
        newest.remove(partition);
    }
}
