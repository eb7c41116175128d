package dev.marsad.app.server;

import dev.marsad.app.ingest.ArticleListener;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.SearchIndex;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the search index in step with the store: kept or rebuilt from it at start ({@link #open}), told of each article this process
 * stores, and before a search takes in what another process (a {@code watch} beside {@code serve}) stored,
 * found by the article count (one cheap query). Indexing an article twice replaces it. Thread-safe.
 * A server whose index is fed from a broker ({@code serve --kafka}, {@link SearchFeed}) uses one that does not follow
 * the store ({@link #fedElsewhere}): the feed alone adds what others stored, and rebuilds from the store through it.
 */
public final class SearchFollower {
    private final ArticleStore articles;
    private final SearchIndex index;
    /** Whether searches first take in what the store holds beyond the index (not when a feed fills the index). */
    private final boolean followsStore;
    /** Stored articles, in store order, that the index holds. */
    private int indexed;

    public SearchFollower(ArticleStore articles, SearchIndex index) {
        this(articles, index, true);
    }

    private SearchFollower(ArticleStore articles, SearchIndex index, boolean followsStore) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.index = Objects.requireNonNull(index, "index");
        this.followsStore = followsStore;
    }

    /**
     * A follower whose index something else keeps up to date (a {@link SearchFeed}): searches never look at the
     * store first; {@link #rebuild} still fills the index from the store when the feed asks.
     */
    public static SearchFollower fedElsewhere(ArticleStore articles, SearchIndex index) {
        return new SearchFollower(articles, index, false);
    }

    /**
     * Brings the index in step with the store at start: kept as it is when it holds exactly the stored articles
     * (an index of this version holding as many articles as the store: a clean stop), rebuilt from the store
     * otherwise (killed between storing and indexing, another version's index, a new data directory), so that
     * the two never disagree after a restart. Returns whether it rebuilt.
     */
    public synchronized boolean open() {
        int stored = articles.count();
        if (stored > 0 && index.reusableSize() == stored) {
            indexed = stored;
            return false;
        }
        rebuild();
        return true;
    }

    /** Articles read and indexed at a time by a rebuild: its memory holds one page, not the store. */
    static final int PAGE = 1000;

    /** Rebuilds the index from the store, a page at a time. */
    public synchronized void rebuild() {
        index.clear();
        int count = 0;
        while (true) {
            List<StoredArticle> page = articles.articles(count, PAGE);
            // One commit per page: committing each article made a rebuild of 1,000 take minutes (issue 11's bench),
            // and holding every stored article to commit once took 2 GB of heap at 56,000 articles.
            index.indexAll(page);
            count += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        indexed = count;
    }

    /** Indexes the articles stored since the last look, by this process or another. */
    public synchronized void catchUp() {
        if (!followsStore || articles.count() == indexed) {
            return;
        }
        List<StoredArticle> news = articles.articlesFrom(indexed);
        index.indexAll(news);
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
            public void indexAll(List<StoredArticle> articles) {
                index.indexAll(articles);
            }

            @Override
            public int reusableSize() {
                return index.reusableSize();
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
