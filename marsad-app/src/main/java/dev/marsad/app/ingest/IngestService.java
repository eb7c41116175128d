package dev.marsad.app.ingest;

import dev.marsad.adapter.feed.LinkKind;
import dev.marsad.adapter.files.InputRead;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.StoredArticle;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.StageTimer;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.PutReport;
import dev.marsad.port.StoryPlacement;
import dev.marsad.port.StoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ingest path: decode → analyse → store → place in its story → tell the listeners, for every command
 * and request that stores articles ({@code ingest}, {@code watch}, {@code POST /api/ingest}, {@code demo}).
 *
 * <ul>
 *   <li>Each input's articles are stored in one transaction together with their story assignment
 *       ({@link StoryEngine}); an input is stored whole or not at all, even on kill -9.</li>
 *   <li>A <em>batch</em> (one command's inputs, one feed poll, one request) ends with {@link #endBatch}: the
 *       changed stories are written and any article that came out of publication order is placed by one replay.</li>
 *   <li>One extraction run spans a batch sequence until {@link #newRun}, so entity keys stay consistent.</li>
 *   <li>Ingests are serialised in a fair queue ({@link #MAX_WAIT} at most for a request; a command waits as long
 *       as it takes). Fetching a URL happens before the queue. Reads never wait for it.</li>
 * </ul>
 */
public final class IngestService {

    /**
     * What became of one input.
     *
     * @param source the input as given
     * @param stored its articles as stored (new or already there)
     * @param added  how many of them were new
     * @param error  a one-line reason naming the input, when it could not be analysed
     */
    public record IngestResult(String source, List<StoredArticle> stored, int added, Optional<String> error) {
        public IngestResult {
            Objects.requireNonNull(source, "source");
            stored = List.copyOf(Objects.requireNonNull(stored, "stored"));
            Objects.requireNonNull(error, "error");
        }

        static IngestResult failed(String source, String message) {
            return new IngestResult(source, List.of(), 0, Optional.of(message));
        }

        /** How many of its articles were stored before. */
        public int present() {
            return stored.size() - added;
        }
    }

    /** The ingest queue was too long for this request: the server answers 503. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** How long one request waits for its turn by default. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** Articles placed between two writes of the changed stories during one long batch. */
    public static final int FLUSH_EVERY = StoryEngine.FLUSH_EVERY;
    private static final int MAX_TRIES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final ArticleAnalyzer analyzer;
    private final InputReader reader;
    private final ArticleStore articles;
    private final StoryEngine engine;
    private final List<ArticleListener> listeners = new CopyOnWriteArrayList<>();
    /** Fair, so waiting requests are served in arrival order: the ingest queue. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private final AtomicLong replays = new AtomicLong();
    private final AtomicLong latePlaced = new AtomicLong();
    private final AtomicLong placedAgain = new AtomicLong();
    private final AtomicLong fullReplays = new AtomicLong();
    private final Duration maxWait;
    private final StageTimer timer;
    /** Time the story pipeline reported (dedupe, cluster, summarize), so the store's share leaves it out. */
    private long storyNanos;
    private ExtractionRun run;

    public IngestService(NewsPipeline pipeline, InputReader reader, ArticleStore articles, StoryStore stories) {
        this(pipeline, reader, articles, stories, StoryConfig.DEFAULT, MAX_WAIT);
    }

    public IngestService(NewsPipeline pipeline, InputReader reader, ArticleStore articles, StoryStore stories,
                         StoryConfig storyConfig, Duration maxWait) {
        this(pipeline, reader, articles, stories, storyConfig, maxWait, StageTimer.NONE);
    }

    /**
     * A service reporting how long storing (articles, assignments, story rows) and the story stages take to
     * {@code timer} (benchmarks); {@code pipeline} reports its own stages when it is {@link NewsPipeline#timed timed}.
     */
    public IngestService(NewsPipeline pipeline, InputReader reader, ArticleStore articles, StoryStore stories,
                         StoryConfig storyConfig, Duration maxWait, StageTimer timer) {
        this.timer = Objects.requireNonNull(timer, "timer");
        this.analyzer = new ArticleAnalyzer(Objects.requireNonNull(pipeline, "pipeline"));
        this.reader = Objects.requireNonNull(reader, "reader");
        this.articles = Objects.requireNonNull(articles, "articles");
        // Story stages run under the lock only, so the sum needs no more guarding than the engine itself.
        StageTimer storyTimer = (stage, nanos) -> {
            storyNanos += nanos;
            this.timer.record(stage, nanos);
        };
        this.engine = new StoryEngine(StoryPipeline.standard(storyConfig).timed(storyTimer), articles,
                Objects.requireNonNull(stories, "stories"));
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        this.run = analyzer.newRun();
    }

    /** Adds a listener told of each stored article and its story (see {@link ArticleListener}). */
    public void addListener(ArticleListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * At a process's start ({@code serve}, the placer): when the last writer stopped cleanly (the stored stories are
     * up to date with the stored articles) the stored stories stand and the story engine is built at the first
     * ingest; otherwise it is built now, replaying the stored articles and putting right the stories a killed
     * process left behind, so the page never shows articles without their stories. Returns whether it replayed.
     */
    public boolean start() {
        lock.lock();
        try {
            boolean built = engine.startIfNeeded();
            endBatchLocked();
            return built;
        } finally {
            lock.unlock();
        }
    }

    /** Builds the story engine now if it is not built (the replay {@link #start} may leave to the first ingest). */
    public void warmUp() {
        lock.lock();
        try {
            engine.ready();
            endBatchLocked();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Articles the story engine holds in memory now: those of its open stories (a story closes after
     * {@code closeDays} without a new article and is let go once written); 0 before the engine is built.
     */
    public int heldArticles() {
        lock.lock();
        try {
            return engine.heldArticles();
        } finally {
            lock.unlock();
        }
    }

    /** Starts a fresh extraction run (a new poll of {@code watch}). */
    public void newRun() {
        lock.lock();
        try {
            run = analyzer.newRun();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Analyses and stores one input's bytes and places its new articles in their stories; {@code hints} (a feed
     * entry's or archive line's title, date, outlet) fill what the page does not say. Part of the caller's batch:
     * call {@link #endBatch} after the batch's last input. Store failures propagate.
     */
    public IngestResult ingest(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        lock.lock();
        try {
            return ingestLocked(source, body, contentType, hints);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The part of {@link #ingest} that needs neither the queue nor the run (decode, clean, most of extract):
     * thread-safe, so an archive's articles are prepared on all cores; each is then handed to
     * {@link #ingestPrepared} in the archive's order, with the same result as {@link #ingest} one by one.
     */
    public ArticleAnalyzer.Prepared prepare(String source, byte[] body, Optional<String> contentType,
                                            ArticleMetadata hints) {
        return analyzer.prepare(source, body, contentType, hints);
    }

    /** The rest of {@link #ingest} for an input {@link #prepare prepared} before: analysed against the run, stored, placed. */
    public IngestResult ingestPrepared(ArticleAnalyzer.Prepared prepared) {
        lock.lock();
        try {
            return ingestLocked(prepared, run);
        } finally {
            lock.unlock();
        }
    }

    /**
     * As {@link #ingestPrepared(ArticleAnalyzer.Prepared)}, finished against {@code against} rather than the service's
     * own: the distributed placer keeps one run per publisher, as each publishing process had one run at a time.
     */
    public IngestResult ingestPrepared(ArticleAnalyzer.Prepared prepared, ExtractionRun against) {
        Objects.requireNonNull(against, "against");
        lock.lock();
        try {
            return ingestLocked(prepared, against);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The run-dependent end of analysis of an input {@link #prepare prepared} before, against {@code against}, outside
     * the ingest queue: the distributed placer finishes pages on a thread of its own, ahead of storing them
     * ({@link #ingestFinished}). The run is the caller's: finish one input at a time, in the run's order. Together,
     * the two do exactly what {@link #ingestPrepared(ArticleAnalyzer.Prepared, ExtractionRun)} does.
     */
    public ArticleAnalyzer.Outcome finish(ArticleAnalyzer.Prepared prepared, ExtractionRun against) {
        return analyzer.finish(prepared, Objects.requireNonNull(against, "against"));
    }

    /**
     * Stores an input {@link #finish finished} before and places its new articles in their stories (or reports its
     * error, naming {@code source}): the rest of {@link #ingestPrepared(ArticleAnalyzer.Prepared, ExtractionRun)}.
     */
    public IngestResult ingestFinished(String source, ArticleAnalyzer.Outcome outcome) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        lock.lock();
        try {
            return storeLocked(source, outcome);
        } finally {
            lock.unlock();
        }
    }

    /** Ends a batch: writes the changed stories and places the articles that came out of order. */
    public void endBatch() {
        lock.lock();
        try {
            endBatchLocked();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads a file or http(s) URL and ingests it as a batch of its own. The fetch runs before taking the queue,
     * so one slow site does not hold up every other ingest.
     */
    public IngestResult ingestInput(String input) {
        InputRead read = reader.read(input);
        if (read instanceof InputRead.Failed failed) {
            return IngestResult.failed(input, ArticleAnalyzer.readFailure(input, failed));
        }
        InputRead.Loaded loaded = (InputRead.Loaded) read;
        if (LinkKind.of(loaded.input().bytes()) != LinkKind.PAGE) {
            // A feed's XML analysed as an article would store its markup as text; feeds are for `marsad watch`.
            return IngestResult.failed(input, input + ": a feed or sitemap, not an article page (use marsad watch)");
        }
        return ingestBytes(input, loaded.input().bytes(), loaded.input().contentType());
    }

    /**
     * Ingests raw bytes (text or HTML in any common encoding) named {@code source} as a batch of its own. Waits its
     * turn in the queue at most {@link #MAX_WAIT} (by default); a request that cannot get it is told so
     * ({@link Busy}) rather than hanging.
     */
    public IngestResult ingestBytes(String source, byte[] bytes, Optional<String> contentType) {
        try {
            if (!lock.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy("ingest busy: other articles are being analysed, try again in a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("ingest interrupted");
        }
        try {
            IngestResult result = ingestLocked(source, bytes, contentType, ArticleMetadata.EMPTY);
            endBatchLocked();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Ingests files and directories (expanded, in name order) as one batch. */
    public List<IngestResult> ingestAll(List<String> inputs) {
        lock.lock();
        try {
            List<IngestResult> results = new ArrayList<>();
            for (String input : inputs) {
                for (String file : reader.expand(input)) {
                    InputRead read = reader.read(file);
                    if (read instanceof InputRead.Loaded loaded) {
                        results.add(ingestLocked(file, loaded.input().bytes(), loaded.input().contentType(),
                                ArticleMetadata.EMPTY));
                    } else {
                        results.add(IngestResult.failed(file, ArticleAnalyzer.readFailure(file, (InputRead.Failed) read)));
                    }
                }
            }
            endBatchLocked();
            return results;
        } finally {
            lock.unlock();
        }
    }

    private IngestResult ingestLocked(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        return ingestLocked(analyzer.prepare(source, body, contentType, hints), run);
    }

    private IngestResult ingestLocked(ArticleAnalyzer.Prepared prepared, ExtractionRun against) {
        return storeLocked(prepared.source(), analyzer.finish(prepared, against));
    }

    private IngestResult storeLocked(String source, ArticleAnalyzer.Outcome outcome) {
        if (outcome.error().isPresent()) {
            return IngestResult.failed(source, outcome.error().get());
        }
        return storeLocked(outcome.analysis().orElseThrow());
    }

    private IngestResult storeLocked(Analysis analysis) {
        PutReport report = store(analysis);
        Map<String, String> placed = engine.lastPlaced();
        for (StoredArticle a : report.articles()) {
            String story = placed.get(a.id());
            if (story != null) {
                tell(a, story);
            }
        }
        if (engine.due()) {
            notifyLate(flush(false));
        }
        return new IngestResult(analysis.source(), report.articles(), report.added(), Optional.empty());
    }

    /** Stores one analysis with its placement, taking in other writers' articles first when the store says so. */
    private PutReport store(Analysis analysis) {
        long start = System.nanoTime();
        long story = storyNanos;
        try {
            return storeOnce(analysis);
        } finally {
            timer.record(StageTimer.Stage.STORE, System.nanoTime() - start - (storyNanos - story));
        }
    }

    private PutReport storeOnce(Analysis analysis) {
        engine.ready();
        for (int tries = 0; ; tries++) {
            int mark = engine.seen();
            try {
                return articles.put(analysis, engine.placement());
            } catch (RuntimeException e) {
                if (engine.seen() != mark) {
                    // Rolled back after the engine placed the articles: it replays the store before going on.
                    engine.invalidate();
                }
                if (!(e instanceof StoryPlacement.Behind) || tries == MAX_TRIES) {
                    throw e;
                }
                engine.catchUp();
            }
        }
    }

    private void endBatchLocked() {
        Map<StoredArticle, String> late = flush(true);
        if (!late.isEmpty()) {
            replays.incrementAndGet();
            latePlaced.addAndGet(late.size());
        }
        placedAgain.set(engine.placedAgain());
        fullReplays.set(engine.fullReplays());
        notifyLate(late);
    }

    /**
     * Batches that ended in a replay (late articles: out of publication order), so far: from the late articles'
     * day when the engine keeps it, else of the whole store ({@link #fullReplays}). What a stream out of order
     * costs, for an operator to see, with {@link #placedAgain}.
     */
    public long replays() {
        return replays.get();
    }

    /** Late articles placed by those replays, so far. */
    public long latePlaced() {
        return latePlaced.get();
    }

    /**
     * Articles placed again by those replays, so far (those of the late articles' days and after, or the whole store
     * for a full replay): what lateness cost in placements.
     */
    public long placedAgain() {
        return placedAgain.get();
    }

    /** Of those replays, the ones of the whole store (a late article older than every day the engine keeps). */
    public long fullReplays() {
        return fullReplays.get();
    }

    /** Writes the changed stories (see {@link StoryEngine#flush}); writing them counts as storing. */
    private Map<StoredArticle, String> flush(boolean endOfBatch) {
        long start = System.nanoTime();
        long story = storyNanos;
        try {
            return engine.flush(endOfBatch);
        } finally {
            timer.record(StageTimer.Stage.STORE, System.nanoTime() - start - (storyNanos - story));
        }
    }

    private void notifyLate(Map<StoredArticle, String> late) {
        late.forEach(this::tell);
    }

    private void tell(StoredArticle article, String storyId) {
        for (ArticleListener listener : listeners) {
            try {
                listener.stored(article, storyId);
            } catch (RuntimeException e) {
                // The article and its story are committed: a listener's failure must not fail the ingest.
                LOG.warn("after storing article {} in story {}: {}", article.id(), storyId, e.toString());
            }
        }
    }
}
