package dev.marsad.app.server;

import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import java.util.List;
import java.util.Objects;

/**
 * What the story and entity endpoints derive from every stored article (ids by reference, the entity
 * directory, the quotations), built once and reused until the store's article count changes, instead of loading every article's
 * JSON on each request. The count is one cheap query and also sees articles another process (a {@code watch}
 * beside {@code serve}) stored. Thread-safe.
 */
final class ArticleView {
    /** One build: the count it was made at and what was derived. */
    record Snapshot(int count, ApiStoryJson stories, EntityDirectory entities, QuoteDirectory quotes) {
    }

    private final ArticleStore store;
    private Snapshot snapshot;

    ArticleView(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    synchronized Snapshot current() {
        int count = store.count();
        if (snapshot == null || snapshot.count() != count) {
            List<StoredArticle> all = store.articles();
            snapshot = new Snapshot(all.size(), new ApiStoryJson(all), new EntityDirectory(all), new QuoteDirectory(all));
        }
        return snapshot;
    }
}
