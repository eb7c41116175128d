package dev.marsad.app.server;

import dev.marsad.model.StoredArticle;

/**
 * Keeps a server's search index fed from a message broker rather than by following the store ({@code serve --kafka};
 * docs/DEPLOY.md): the implementation lives in module marsad-kafka, found through {@link SearchFeedProvider}. The
 * server {@link #start starts} it before serving, then {@link #run runs} it on a thread of its own until {@link
 * #close}.
 */
public interface SearchFeed extends Runnable, AutoCloseable {

    /**
     * Puts the index at its place on the broker before the server answers: resumed where its last commit left off,
     * or rebuilt from the store; returns one line saying which.
     */
    String start();

    /** Indexes what is published, until closed; throws when the index or the broker fails for good. */
    @Override
    void run();

    /**
     * Publishes an article this server stored itself ({@code POST /api/ingest}) for the other servers' indexes, and
     * returns once the broker has it.
     */
    void published(StoredArticle article);

    /** Stops {@link #run} and waits for its last commit. */
    @Override
    void close();
}
