package dev.marsad.kafka;

import dev.marsad.model.Analysis;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.PutReport;
import dev.marsad.port.StoryPlacement;
import java.util.List;
import java.util.Optional;

/** A store whose writes take {@code millis} each: a database that has fallen behind. */
final class SlowStore implements ArticleStore {
    private final ArticleStore store;
    private final long millis;

    SlowStore(ArticleStore store, long millis) {
        this.store = store;
        this.millis = millis;
    }

    @Override
    public List<StoredArticle> put(Analysis analysis) {
        pause();
        return store.put(analysis);
    }

    @Override
    public PutReport put(Analysis analysis, StoryPlacement placement) {
        pause();
        return store.put(analysis, placement);
    }

    @Override
    public List<StoredArticle> articlesFrom(int offset) {
        return store.articlesFrom(offset);
    }

    @Override
    public List<StoredArticle> articles() {
        return store.articles();
    }

    @Override
    public int count() {
        return store.count();
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return store.article(id);
    }

    @Override
    public void close() {
        store.close();
    }

    private void pause() {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
