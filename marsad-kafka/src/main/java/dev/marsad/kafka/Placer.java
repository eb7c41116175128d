package dev.marsad.kafka;

import dev.marsad.app.ingest.IngestService;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The story placer: reads prepared pages from the articles topic ({@link PreparedMessage}), puts them back in
 * publication order within a bounded lateness window ({@link ReorderBuffer}), and hands each to the one ingest service
 * ({@link IngestService#ingestPrepared}), which finishes its extraction against its publisher's extraction run
 * ({@link PlacerRuns}: the run-dependent part, entity keys and speakers, names lent from earlier pages of the same
 * {@code ingest} command or {@code watch} poll), stores it (articles keyed by content
 * hash) and places it in its story (assignment in the same transaction): in that order, exactly as the single
 * process's ingest finishes, stores and places the pages it prepared on all cores.
 *
 * <p>Two ordered stages on two threads: a {@link PageFinisher} finishes the released pages' extraction on a thread
 * of its own, up to {@code finishAhead} pages ahead, while this thread stores and places the ones before (and polls,
 * reads the JSON, commits). Same pages, same order, same runs: the same stores and stories as one thread doing both.
 *
 * <ul>
 *   <li>Offsets are committed only after the pages below them are written; a placer killed at any moment re-reads
 *       what it had not committed, and the store keeps one row per content hash: nothing lost, nothing doubled.</li>
 *   <li>Back-pressure: pages leave the window into a queue written at the database's pace; while that queue is
 *       longer than {@code capacity} the placer pauses its partitions (it keeps polling, so it stays in the group,
 *       but fetches nothing) and resumes when the database has caught up. The backlog waits on the broker.</li>
 * </ul>
 * The placer's thread and its finishing thread; {@link #close} may be called from another.
 */
public final class Placer implements Runnable, AutoCloseable {
    /** Pages taken per poll. */
    static final int MAX_POLL_RECORDS = 200;
    /** Writing goes on at most this long between two polls, so a slow database never costs the group membership. */
    private static final long WRITE_SLICE_MILLIS = 1000;
    /**
     * The longest a batch stays open while pages wait to be written (a placer working through a backlog): every
     * end of a batch summarises and writes each story changed in it, so ending one every slice summarised a story
     * once a second rather than once per batch (the story engine also writes them every 1,000 articles). A placer
     * that has caught up ends its batch after every slice, so readers see new stories within about a second.
     */
    public static final Duration DEFAULT_BATCH_MAX = Duration.ofSeconds(10);
    /**
     * Pages finished ahead of storing by default: enough that the writer does not wait for the finishing thread
     * when one page takes longer to finish than the next takes to store, few enough to hold no memory to speak of.
     */
    public static final int DEFAULT_FINISH_AHEAD = 16;
    /**
     * How much later in publish time a page must have been read for an earlier one to leave the lateness window
     * ({@link ReorderBuffer}): above the workers' lead ({@link Worker#DEFAULT_MAX_LEAD}, 2 s) plus the pages a
     * worker has in hand from one poll, which the lead does not count.
     */
    public static final Duration DEFAULT_LATENESS = Duration.ofSeconds(5);

    private final KafkaSettings settings;
    private final IngestService service;
    private final PrintWriter err;
    private final ReorderBuffer window;
    private final int capacity;
    private final java.util.function.Consumer<IngestService.IngestResult> afterPlace;
    private final Consumer<String, String> consumer;
    private final int finishAhead;
    private final long batchMillis;
    /** Released pages being finished, in order: the pages waiting to be written. Made by {@link #run}. */
    private PageFinisher finisher;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong pauses = new AtomicLong();
    private boolean paused;
    /** Pages were written since the batch last ended (their offsets wait for its end). */
    private boolean batchOpen;
    private long batchStarted = System.currentTimeMillis();
    /** What was last committed, so an idle placer does not commit the same offsets every poll. */
    private Map<TopicPartition, OffsetAndMetadata> committed = Map.of();
    /** Run before each commit of offsets ({@link #beforeCommit}). */
    private volatile Runnable beforeCommit = () -> { };

    /**
     * @param window   pages held back to restore order (the lateness window, in pages)
     * @param maxWait  the longest a page is held back (the lateness window, in time)
     * @param capacity pages released but not yet written above which consumption pauses
     */
    public Placer(KafkaSettings settings, IngestService service, int window, Duration maxWait, int capacity,
                  PrintWriter err) {
        this(settings, service, window, maxWait, capacity, err, result -> { });
    }

    /**
     * A placer that hands each page's result to {@code afterPlace} once it is written, before its offset is
     * committed (the watches: {@link PlacerWatches#placed}); a failure there stops the placer with that page unread.
     */
    public Placer(KafkaSettings settings, IngestService service, int window, Duration maxWait, int capacity,
                  PrintWriter err, java.util.function.Consumer<IngestService.IngestResult> afterPlace) {
        this(settings, service, window, maxWait, capacity, DEFAULT_FINISH_AHEAD, DEFAULT_BATCH_MAX, err, afterPlace);
    }

    /** As below, with the {@link #DEFAULT_LATENESS}. */
    public Placer(KafkaSettings settings, IngestService service, int window, Duration maxWait, int capacity,
                  int finishAhead, Duration batchMax, PrintWriter err,
                  java.util.function.Consumer<IngestService.IngestResult> afterPlace) {
        this(settings, service, window, maxWait, DEFAULT_LATENESS, capacity, finishAhead, batchMax, err, afterPlace);
    }

    /**
     * As above, finishing extraction up to {@code finishAhead} pages ahead of storing on a thread of its own (0:
     * on the placer's thread, just before each page is stored), and keeping a batch open at most {@code batchMax}
     * while a backlog is worked through ({@link #DEFAULT_BATCH_MAX}); a page leaves the window once a page published
     * {@code lateness} after it has been read ({@link ReorderBuffer}).
     */
    public Placer(KafkaSettings settings, IngestService service, int window, Duration maxWait, Duration lateness,
                  int capacity, int finishAhead, Duration batchMax, PrintWriter err,
                  java.util.function.Consumer<IngestService.IngestResult> afterPlace) {
        if (finishAhead < 0) {
            throw new IllegalArgumentException("placer finish-ahead must be 0 or more");
        }
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("placer lateness must not be negative");
        }
        if (batchMax.isNegative()) {
            throw new IllegalArgumentException("placer batch length must not be negative");
        }
        this.finishAhead = finishAhead;
        this.batchMillis = batchMax.toMillis();
        this.afterPlace = Objects.requireNonNull(afterPlace, "afterPlace");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.service = Objects.requireNonNull(service, "service");
        this.err = Objects.requireNonNull(err, "err");
        this.window = new ReorderBuffer(window, maxWait.toMillis(), lateness.toMillis());
        if (capacity < 1) {
            throw new IllegalArgumentException("placer capacity must be 1 or more");
        }
        this.capacity = capacity;
        this.consumer = new KafkaConsumer<>(KafkaClients.consumer(settings.bootstrap(), settings.placerGroup(),
                MAX_POLL_RECORDS), new StringDeserializer(), new StringDeserializer());
    }

    /** Pages written so far (new or already stored). */
    public long placed() {
        return placed.get();
    }

    /** Records read from the articles topic so far. */
    public long read() {
        return read.get();
    }

    /** How often reading paused because the database fell behind. */
    public long pauses() {
        return pauses.get();
    }

    /** Articles the store did not hold before. */
    public long added() {
        return added.get();
    }

    /**
     * Runs {@code hook} before each commit of offsets (the stored topic: {@link StoredPublisher#flush}, so every
     * article that {@code afterPlace} published is on the broker before the pages it came from are committed); a
     * failure there stops the placer with those pages unread. Set before {@link #run}; returns this placer.
     */
    public Placer beforeCommit(Runnable hook) {
        this.beforeCommit = Objects.requireNonNull(hook, "hook");
        return this;
    }

    @Override
    public void run() {
        service.start();
        finisher = new PageFinisher(service::finish, finishAhead, "marsad-placer-finish");
        consumer.subscribe(List.of(settings.articlesTopic()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // Another placer takes them over: write what was read of them, commit, forget the rest.
                writeAll();
                partitions.forEach(p -> window.drop(p.toString()));
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // Nothing to do: reading resumes at the committed offsets.
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                // Lost, not handed over: their offsets cannot be committed any more, so nothing of them is written.
                partitions.forEach(p -> window.drop(p.toString()));
                finisher.forget(partitions.stream().map(TopicPartition::toString).toList());
            }
        });
        try {
            while (!stopping.get()) {
                // With pages to write there is no reason to wait for records; and Kafka 4.3's consumer spins inside
                // poll for as long as it may wait while only paused partitions have records buffered (KAFKA-21084:
                // 10 % of the placer's CPU in bench distributed, paused by back-pressure).
                Duration wait = finisher.pending() == 0 && !paused ? Duration.ofMillis(200) : Duration.ZERO;
                for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
                    take(record);
                }
                // Held pages leave by waiting time only once the placer has read all there is: while a backlog
                // waits on the broker (or reading is paused) they leave when settled by what was read (a page
                // published the lateness after them) or beyond the window, so a slow placer never releases a page
                // before an earlier-dated one it simply has not read yet (which would cost a replay of the store).
                Set<String> lagging = lagging();
                window.lagging(lagging);
                release(paused || !lagging.isEmpty() ? window.overflow()
                        : window.due(System.currentTimeMillis(), false));
                writeFor(WRITE_SLICE_MILLIS);
                pauseOrResume();
            }
            writeAll();
        } catch (WakeupException e) {
            if (!stopping.get()) {
                throw e;
            }
            writeAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // nothing of an unfinished batch is committed: it is read again
        } finally {
            // The consumer first: closing it revokes the partitions, whose callback writes what was read (nothing
            // after a clean stop) and needs the finishing thread for it.
            consumer.close();
            finisher.close();
        }
    }

    /** Hands pages released by the window, in order, to the finishing stage. */
    private void release(List<ReorderBuffer.Entry> pages) {
        pages.forEach(finisher::submit);
    }

    private void take(ConsumerRecord<String, String> record) {
        read.incrementAndGet();
        String partition = new TopicPartition(record.topic(), record.partition()).toString();
        String where = partition + "@" + record.offset();
        try {
            PreparedMessage.Fetched page = PreparedMessage.read(Objects.requireNonNullElse(record.value(), ""), where);
            // The record's time is the page's publish time on the pages topic (the worker passes it on).
            window.add(page.page(), page.fetched(), page.run(), partition, record.offset(), System.currentTimeMillis(),
                    record.timestamp());
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            window.skip(partition, record.offset());
        }
    }

    /**
     * Writes released pages for at most {@code millis}; then, once it has caught up (nothing released waits) or the
     * batch is {@code batchMax} old, ends the batch (the changed stories written, late pages placed) and commits
     * what is written. Offsets are committed only at the end of a batch.
     */
    private void writeFor(long millis) throws InterruptedException {
        long now = System.currentTimeMillis();
        long until = millis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + millis;
        while (finisher.pending() > 0 && (now = System.currentTimeMillis()) <= until) {
            Optional<PageFinisher.Finished> next = finisher.next(Math.min(until - now, WRITE_SLICE_MILLIS));
            if (next.isEmpty()) {
                continue; // still being finished
            }
            PageFinisher.Finished page = next.get();
            if (page.outcome().isEmpty()) {
                continue; // its partition was lost: another placer reads it again
            }
            // Extraction finished against its publisher's run, in publication order; now stored and placed.
            IngestService.IngestResult result = service.ingestFinished(page.entry().page().source(),
                    page.outcome().get());
            stored(page.entry(), result);
        }
        if (batchOpen && (finisher.pending() == 0 || System.currentTimeMillis() - batchStarted >= batchMillis)) {
            // The changed stories are written (and late pages replayed) before their offsets are committed.
            long replays = service.replays();
            long late = service.latePlaced();
            long full = service.fullReplays();
            long again = service.placedAgain();
            service.endBatch();
            batchOpen = false;
            if (service.replays() > replays) {
                // Each costs placing articles again (a few days', or the whole store's when older than the days the
                // engine keeps): an operator must see them (bench distributed counts them).
                err.println("marsad: placer: " + (service.latePlaced() - late) + " late article(s) placed by a replay "
                        + (service.fullReplays() > full ? "of the store" : "from their day") + ", "
                        + (service.placedAgain() - again) + " article(s) placed again (" + service.replays()
                        + " replays so far, " + service.fullReplays() + " of the store)");
                err.flush();
            }
        }
        if (!batchOpen) {
            batchStarted = System.currentTimeMillis();
            commit();
        }
    }

    /**
     * After the database commit of one page (its articles and their story assignment), in publication order: what
     * was stored is told on; its offset waits for the end of the batch.
     */
    private void stored(ReorderBuffer.Entry entry, IngestService.IngestResult result) {
        result.error().ifPresent(e -> err.println("marsad: " + e));
        afterPlace.accept(result);
        window.written(entry);
        placed.incrementAndGet();
        added.addAndGet(result.added());
        batchOpen = true;
    }

    private void writeAll() {
        release(window.due(System.currentTimeMillis(), true));
        // At least once: a batch left open by the last slice is ended (and committed) even when nothing waits.
        try {
            do {
                writeFor(Long.MAX_VALUE);
            } while (finisher.pending() > 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("placer interrupted while writing what it had read", e);
        }
    }

    /** The partitions with records on the broker beyond what this placer has read (as of its last fetch). */
    private Set<String> lagging() {
        Set<String> out = new HashSet<>();
        for (TopicPartition p : consumer.assignment()) {
            // Not known before its first fetch: counted as lagging, so nothing is settled by the others alone.
            if (consumer.currentLag(p).orElse(1) > 0) {
                out.add(p.toString());
            }
        }
        return out;
    }

    private void pauseOrResume() {
        if (!paused && finisher.pending() > capacity) {
            consumer.pause(consumer.assignment());
            paused = true;
            pauses.incrementAndGet();
        } else if (paused && finisher.pending() <= capacity / 2) {
            consumer.resume(consumer.paused());
            paused = false;
        }
    }

    private void commit() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<String, Long> committable = window.committable();
        for (TopicPartition p : consumer.assignment()) {
            Long offset = committable.get(p.toString());
            if (offset != null) {
                offsets.put(p, new OffsetAndMetadata(offset));
            }
        }
        if (!offsets.isEmpty() && !offsets.equals(committed)) {
            beforeCommit.run();
            consumer.commitSync(offsets);
            committed = offsets;
        }
    }

    /** Stops: what was read is written and committed first (a kill skips that, and loses nothing either). */
    @Override
    public void close() {
        stopping.set(true);
        consumer.wakeup();
    }
}
