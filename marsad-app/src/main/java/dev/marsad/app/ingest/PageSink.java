package dev.marsad.app.ingest;

import dev.marsad.model.ArticleMetadata;
import java.util.Optional;

/**
 * Where {@code ingest} and {@code watch} hand each fetched page: the {@link IngestService} of this process
 * ({@link LocalPageSink}: analyse, store, place at once), or a message broker that worker processes read from
 * ({@code --kafka}, module marsad-kafka, found through {@link PageSinkProvider}). One command's inputs, or one poll,
 * are one batch.
 */
public interface PageSink extends AutoCloseable {

    /**
     * Takes one page; {@code hints} fill what the page does not say. The result tells what was stored, or is empty
     * of articles when the page was only handed on ({@link #stores()} false). Failures to hand it on propagate.
     */
    IngestService.IngestResult ingest(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints);

    /** Ends a batch (stories written, late articles placed; or every page handed on actually sent). */
    void endBatch();

    /** Starts a fresh extraction run (a new poll). */
    void newRun();

    /** True when this sink analyses and stores the pages itself; false when it hands them on to workers. */
    default boolean stores() {
        return true;
    }

    @Override
    default void close() {
    }
}
