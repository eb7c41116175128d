package dev.marsad.port;

import dev.marsad.model.Analysis;
import dev.marsad.model.StoredArticle;
import java.util.List;
import java.util.Optional;

/**
 * Keeps analysed articles. Implementations: in-memory (tests), JDBC on H2 or PostgreSQL (marsad-adapters).
 * Storing is idempotent: an article already stored (same content) is not stored again. Infrastructure failures
 * throw the implementation's unchecked {@code StoreException}.
 */
public interface ArticleStore extends AutoCloseable {

    /** Stores every article of {@code analysis}; returns the stored articles, new or already there. */
    List<StoredArticle> put(Analysis analysis);

    /**
     * Stores every article of {@code analysis} in one transaction with their story placement: {@code placement}
     * is called inside it with the new articles, while no other writer stores, and what it returns is committed
     * with them. A {@link StoryPlacement.Behind} from it rolls the input back and is rethrown.
     */
    PutReport put(Analysis analysis, StoryPlacement placement);

    /** The stored articles after the first {@code offset}, in the order they were stored. */
    default List<StoredArticle> articlesFrom(int offset) {
        List<StoredArticle> all = articles();
        return offset >= all.size() ? List.of() : List.copyOf(all.subList(offset, all.size()));
    }

    /**
     * At most {@code limit} stored articles after the first {@code offset}, in the order they were stored: a
     * reader going through a large store a page at a time.
     */
    default List<StoredArticle> articles(int offset, int limit) {
        List<StoredArticle> all = articles();
        int from = Math.min(Math.max(0, offset), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + Math.max(0, limit))));
    }

    /** All stored articles, in the order they were first stored. */
    List<StoredArticle> articles();

    /**
     * How many articles are stored. Articles are only ever added, so readers cache what they derive from
     * {@link #articles()} and rebuild it when this changes.
     */
    default int count() {
        return articles().size();
    }

    /** One article by id. */
    Optional<StoredArticle> article(String id);

    @Override
    void close();
}
