package dev.marsad.app.ingest;

import dev.marsad.model.StoredArticle;

/**
 * Told of each newly stored article once it is committed and placed in its story (for a search index, watchlist
 * alerts). Called on the ingesting thread, in store order for articles placed at once; an article that came out
 * of publication order is told after the regrouping that places it, at the end of its batch. A listener that
 * throws does not undo the store or fail the ingest: its failure is logged in one line and the others are told.
 */
@FunctionalInterface
public interface ArticleListener {

    /** {@code article} was stored and is in story {@code storyId}. */
    void stored(StoredArticle article, String storyId);
}
