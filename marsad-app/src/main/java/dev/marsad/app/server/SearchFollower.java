package dev.marsad.app.server;

import dev.marsad.app.ingest.ArticleListener;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.SearchIndex;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the search index in step with the store: rebuilt from it at start, told of each article this process
 * stores, and before a search takes in what another process (a {@code watch} beside {@code serve}) stored,
 * found by the article count (one cheap query). Indexing an article twice replaces it. Thread-safe.
 */
public final class SearchFollower {
    private final ArticleStore articles;
    private final SearchIndex index;
    /** Stored articles, in store order, that the index holds. */
    private int indexed;

    public SearchFollower(ArticleStore articles, SearchIndex index) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Rebuilds the index from the store, so that the two never disagree after a restart. */
    public synchronized void rebuild() {
        index.clear();
        List<StoredArticle> all = articles.articles();
        all.forEach(index::index);
        indexed = all.size();
    }

    /** Indexes the articles stored since the last look, by this process or another. */
    public synchronized void catchUp() {
        if (articles.count() == indexed) {
            return;
        }
        List<StoredArticle> news = articles.articlesFrom(indexed);
        news.forEach(index::index);
        indexed += news.size();
    }

    /** The index, brought up to date with the store before each search (the API's and the feeds' searches). */
    public SearchIndex following() {
        return new SearchIndex() {
            @Override
            public void index(StoredArticle article) {
                index.index(article);
            }

            @Override
            public void clear() {
                index.clear();
            }

            @Override
            public SearchResult search(String query, SearchFilters filters, int limit) {
                catchUp();
                return index.search(query, filters, limit);
            }

            @Override
            public void close() {
                // The index belongs to whoever opened it.
            }
        };
    }

    /** The listener that indexes each article this process stores at once. */
    public ArticleListener listener() {
        return (article, storyId) -> index.index(article);
    }
}
