package dev.marsad.app.server;

import dev.marsad.adapter.feed.LinkKind;
import dev.marsad.adapter.files.InputRead;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.StoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Analyses an input, stores its articles, indexes them and regroups the stories. One extraction run spans the
 * service's life, so entity keys stay consistent across ingests; the run is not thread-safe, so ingests are
 * serialised in a fair queue, each request waiting at most {@link #MAX_WAIT} by default (fetching a URL is not serialised:
 * it happens before the queue). Searches and reads do not wait for it.
 */
public final class IngestService {

    /**
     * What became of one input.
     *
     * @param source the input as given
     * @param stored its articles as stored (new or already there)
     * @param error  a one-line reason naming the input, when it could not be analysed
     */
    public record IngestResult(String source, List<StoredArticle> stored, Optional<String> error) {
        public IngestResult {
            Objects.requireNonNull(source, "source");
            stored = List.copyOf(Objects.requireNonNull(stored, "stored"));
            Objects.requireNonNull(error, "error");
        }

        static IngestResult failed(String source, String message) {
            return new IngestResult(source, List.of(), Optional.of(message));
        }
    }

    private final NewsPipeline pipeline;
    private final InputReader reader;
    private final ArticleStore articles;
    private final StoryStore stories;
    private final SearchIndex index;
    private final StoryRefresh refresh;
    private final ExtractionRun run;
    /** Fair, so waiting requests are served in arrival order: the ingest queue. */
    private final ReentrantLock lock = new ReentrantLock(true);
    /** How long one request waits for its turn by default. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private final Duration maxWait;

    public IngestService(NewsPipeline pipeline, InputReader reader, ArticleStore articles, StoryStore stories,
                         SearchIndex index, StoryGrouper grouper) {
        this(pipeline, reader, articles, stories, index, grouper, MAX_WAIT);
    }

    IngestService(NewsPipeline pipeline, InputReader reader, ArticleStore articles, StoryStore stories,
                  SearchIndex index, StoryGrouper grouper, Duration maxWait) {
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.index = Objects.requireNonNull(index, "index");
        this.refresh = new StoryRefresh(articles, stories, Objects.requireNonNull(grouper, "grouper"));
        this.run = pipeline.newRun();
    }

    /**
     * Reads a file or http(s) URL and ingests it; stories are regrouped when something was stored. The fetch
     * runs before taking the ingest lock, so one slow site does not hold up every other ingest.
     */
    public IngestResult ingestInput(String input) {
        InputRead read = reader.read(input);
        if (read instanceof InputRead.Failed failed) {
            String detail = failed.detail().isEmpty() ? "" : " (" + failed.detail() + ")";
            return IngestResult.failed(input, input + ": " + failed.reason().description() + detail);
        }
        InputRead.Loaded loaded = (InputRead.Loaded) read;
        if (LinkKind.of(loaded.input().bytes()) != LinkKind.PAGE) {
            // A feed's XML analysed as an article would store its markup as text; feeds are for `marsad watch`.
            return IngestResult.failed(input, input + ": a feed or sitemap, not an article page (use marsad watch)");
        }
        return ingestBytes(input, loaded.input().bytes(), loaded.input().contentType());
    }

    /**
     * Ingests raw bytes (text or HTML in any common encoding) named {@code source}. Waits its turn in a fair
     * queue at most {@link #MAX_WAIT} (by default); a request that cannot get it is told so ({@link Busy}) rather than hanging.
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
            IngestResult result = analyseAndStore(source, bytes, contentType);
            if (!result.stored().isEmpty()) {
                regroup();
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** The ingest queue was too long for this request: the server answers 503. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** Ingests several inputs (directories expanded), regrouping once at the end. */
    public List<IngestResult> ingestAll(List<String> inputs) {
        lock.lock();
        try {
            return ingestAllLocked(inputs);
        } finally {
            lock.unlock();
        }
    }

    private List<IngestResult> ingestAllLocked(List<String> inputs) {
        List<IngestResult> results = new ArrayList<>();
        for (String input : inputs) {
            for (String file : reader.expand(input)) {
                InputRead read = reader.read(file);
                if (read instanceof InputRead.Loaded loaded) {
                    results.add(analyseAndStore(file, loaded.input().bytes(), loaded.input().contentType()));
                } else {
                    InputRead.Failed failed = (InputRead.Failed) read;
                    results.add(IngestResult.failed(file, file + ": " + failed.reason().description()));
                }
            }
        }
        regroup();
        return results;
    }

    /** Rebuilds the search index from the store, so that the two never disagree after a restart. */
    public void reindex() {
        lock.lock();
        try {
            index.clear();
            index.indexAll(articles.articles());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Regroups the stories only when they do not hold exactly the stored articles: at start, on a store that
     * {@code ingest} or {@code watch} filled without regrouping (an older version, or a kill before the regroup).
     */
    public void regroupIfStale() {
        lock.lock();
        try {
            refresh.refreshIfStale();
        } finally {
            lock.unlock();
        }
    }

    /** Regroups every stored article into stories. */
    public void regroup() {
        lock.lock(); // reentrant: ingests call it holding the lock
        try {
            refresh.refresh();
        } finally {
            lock.unlock();
        }
    }

    private IngestResult analyseAndStore(String source, byte[] bytes, Optional<String> contentType) {
        ReadOutcome outcome = pipeline.decode(source, bytes, contentType);
        if (outcome instanceof ReadOutcome.Rejected rejected) {
            return IngestResult.failed(source, rejected.message());
        }
        Analysis analysis;
        try {
            analysis = pipeline.analyze(((ReadOutcome.Read) outcome).document(), run);
        } catch (RuntimeException e) {
            // A bug on one page must not take the server down or lose the other inputs.
            return IngestResult.failed(source, source + ": analysis failed (" + e + ")");
        }
        List<StoredArticle> stored = articles.put(analysis);
        stored.forEach(index::index);
        return new IngestResult(source, stored, Optional.empty());
    }
}
