package dev.marsad.kafka;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.extract.ExtractionRun;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The placer's first ordered stage: finishes each released page's extraction against its publisher's run
 * ({@link PlacerRuns}, {@link IngestService#finish}) in the order the pages were released, for the writer (the
 * placer's own thread) to store and place in that same order ({@link IngestService#ingestFinished}).
 *
 * <p>With {@code ahead} of 1 or more it finishes on a thread of its own, up to {@code ahead} pages ahead of the
 * writer, so finishing one page overlaps storing and placing the ones before it (two ordered stages on two cores;
 * the placer had both on one thread, and was the distributed mode's bottleneck: docs/EVALUATION.md). The runs are
 * that thread's alone; placement only reads the finished analyses. Same pages, same order, same runs: the same
 * analyses, stored in the same order, as finishing each page just before storing it ({@code ahead} 0, which finishes
 * on the writer's thread when it asks for the next page).
 *
 * <p>Only the writer calls {@link #submit}, {@link #next}, {@link #pending} and {@link #forget}. Pages submitted and
 * not yet taken back count as {@link #pending}: the placer's back-pressure counts them. The hand-off to the writer
 * holds at most {@code ahead} finished pages, so the finishing thread waits for a slow writer (a slow database)
 * rather than finishing the whole backlog ahead.
 */
final class PageFinisher implements AutoCloseable {

    /** A page back from the finishing stage: its outcome, or nothing when it belongs to a partition forgotten since. */
    record Finished(ReorderBuffer.Entry entry, Optional<ArticleAnalyzer.Outcome> outcome) {
    }

    /** What the finishing thread hands over when finishing itself failed (an Error: outcomes carry the rest). */
    private record Failure(Throwable cause) {
    }

    private final BiFunction<ArticleAnalyzer.Prepared, ExtractionRun, ArticleAnalyzer.Outcome> finishing;
    /** The finishing stage's runs: touched by one thread only (the finishing thread, or the writer when ahead is 0). */
    private final PlacerRuns runs = new PlacerRuns();
    /** Per partition given up ({@link #forget}), the last page of it submitted by then: those are not finished. */
    private final Map<String, Long> forgotten = new ConcurrentHashMap<>();
    /** ahead 0: the pages submitted, finished when taken. */
    private final ArrayDeque<ReorderBuffer.Entry> queued = new ArrayDeque<>();
    private final BlockingQueue<Object> in;
    private final BlockingQueue<Object> out;
    private final Thread thread;
    private long submitted;
    /** What stopped the finishing thread, once the writer saw it: every later {@link #next} fails with it too. */
    private Throwable failed;
    private long taken;
    private long lastSeq = -1;

    /**
     * @param finishing the run-dependent end of analysis ({@link IngestService#finish})
     * @param ahead     pages finished ahead of the writer, on a thread of its own named {@code name}; 0 finishes on
     *                  the writer's thread
     */
    PageFinisher(BiFunction<ArticleAnalyzer.Prepared, ExtractionRun, ArticleAnalyzer.Outcome> finishing, int ahead,
                 String name) {
        this.finishing = Objects.requireNonNull(finishing, "finishing");
        if (ahead < 0) {
            throw new IllegalArgumentException("pages finished ahead must be 0 or more");
        }
        if (ahead == 0) {
            in = null;
            out = null;
            thread = null;
        } else {
            in = new LinkedBlockingQueue<>();
            out = new ArrayBlockingQueue<>(ahead);
            thread = new Thread(this::finishAll, Objects.requireNonNull(name, "name"));
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Hands a released page to the finishing stage; pages come back from {@link #next} in the order submitted. */
    void submit(ReorderBuffer.Entry entry) {
        Objects.requireNonNull(entry, "entry");
        submitted++;
        lastSeq = Math.max(lastSeq, entry.seq());
        if (in == null) {
            queued.add(entry);
        } else {
            in.add(entry);
        }
    }

    /** Pages submitted and not yet taken back by {@link #next}. */
    int pending() {
        return (int) (submitted - taken);
    }

    /**
     * The next page in submission order, finished; waits at most {@code waitMillis} for the finishing thread (empty
     * when it has not finished it by then, or when nothing is pending). Rethrows what stopped the finishing thread.
     */
    Optional<Finished> next(long waitMillis) throws InterruptedException {
        if (pending() == 0) {
            return Optional.empty();
        }
        if (failed != null) {
            throw failedAgain();
        }
        Object got;
        if (out == null) {
            got = finish(queued.poll());
        } else {
            got = out.poll(Math.max(0, waitMillis), TimeUnit.MILLISECONDS);
            if (got == null) {
                if (!thread.isAlive() && out.isEmpty()) {
                    // Closed (or gone): waiting on would wait for ever, e.g. in a rebalance callback on the way out.
                    throw new IllegalStateException("the placer's finishing thread has stopped");
                }
                return Optional.empty();
            }
        }
        if (got instanceof Failure failure) {
            failed = failure.cause();
            throw failedAgain();
        }
        taken++;
        Finished finished = (Finished) got;
        // Forgotten while it was being finished: nothing of it is stored.
        return Optional.of(isForgotten(finished.entry()) ? new Finished(finished.entry(), Optional.empty()) : finished);
    }

    /**
     * Gives up the pages of {@code partitions} submitted so far (the partitions were lost to another placer): they
     * come back from {@link #next} without an outcome, and those not finished yet are not finished at all, so they
     * lend no names to the run. Pages of them submitted later are finished as usual.
     */
    void forget(Collection<String> partitions) {
        for (String partition : partitions) {
            forgotten.put(partition, lastSeq);
        }
    }

    private IllegalStateException failedAgain() {
        return new IllegalStateException("the placer's finishing thread failed: " + failed, failed);
    }

    private boolean isForgotten(ReorderBuffer.Entry entry) {
        Long through = forgotten.get(entry.partition());
        return through != null && entry.seq() <= through;
    }

    private Finished finish(ReorderBuffer.Entry entry) {
        if (isForgotten(entry)) {
            return new Finished(entry, Optional.empty());
        }
        // Extraction finished against its publisher's run, in publication order (the order released).
        return new Finished(entry, Optional.of(finishing.apply(
                new ArticleAnalyzer.Prepared(entry.page().source(), Optional.of(entry.page()), Optional.empty()),
                runs.runFor(entry.run()))));
    }

    private void finishAll() {
        try {
            while (true) {
                Object next = in.take();
                Object result;
                try {
                    result = finish((ReorderBuffer.Entry) next);
                } catch (Throwable t) { // an Error here must reach the writer, or it would wait forever
                    result = new Failure(t);
                }
                out.put(result);
                if (result instanceof Failure) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the placer is stopping
        }
    }

    /** Stops the finishing thread; pages not taken back are dropped (their offsets were not committed). */
    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
