package dev.marsad.port;

import dev.marsad.model.StoredArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Full-text search over stored articles. Implementations: Lucene with Arabic analysis (marsad-adapters).
 * Indexing an article already indexed (same id) replaces it. Infrastructure failures throw the implementation's
 * unchecked exception.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces {@code article}; visible to the next search. */
    void index(StoredArticle article);

    /**
     * Adds or replaces every article of {@code articles}; visible to searches once all are in. A rebuild calls this
     * rather than {@link #index} per article: an implementation commits once for all of them, not once each.
     */
    default void indexAll(List<StoredArticle> articles) {
        articles.forEach(this::index);
    }

    /**
     * How many articles the index holds, when it was written in the document format of this version (so it can be
     * kept rather than rebuilt); -1 when not known, or written by another version.
     */
    default int reusableSize() {
        return -1;
    }

    /** Removes every article (before rebuilding the index from a store, say). */
    void clear();

    /** Best hits first; an empty or blank query with filters lists the filtered articles, newest first. */
    SearchResult search(String query, SearchFilters filters, int limit);

    @Override
    void close();

    /**
     * Restricts a search. Every present filter must match.
     *
     * @param outlet    exact outlet name
     * @param from      first publication day, inclusive
     * @param to        last publication day, inclusive
     * @param entityKey an entity key the article must mention
     */
    record SearchFilters(Optional<String> outlet, Optional<LocalDate> from, Optional<LocalDate> to,
                         Optional<String> entityKey) {
        public static final SearchFilters NONE =
                new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        public SearchFilters {
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(entityKey, "entityKey");
        }

        public SearchFilters withOutlet(String value) {
            return new SearchFilters(Optional.of(value), from, to, entityKey);
        }

        public SearchFilters withRange(LocalDate first, LocalDate last) {
            return new SearchFilters(outlet, Optional.of(first), Optional.of(last), entityKey);
        }

        public SearchFilters withEntityKey(String value) {
            return new SearchFilters(outlet, from, to, Optional.of(value));
        }
    }

    /**
     * One matching article.
     *
     * @param articleId the stored article's id
     * @param title     its headline
     * @param outlet    its outlet
     * @param published its publication date as stored
     * @param score     relevance (0 for filter-only listings)
     * @param snippet   a passage around the matches, split into plain and matched parts; never markup
     */
    record SearchHit(String articleId, Optional<String> title, Optional<String> outlet, Optional<String> published,
                     float score, List<SnippetPart> snippet) {
        public SearchHit {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(published, "published");
            snippet = List.copyOf(Objects.requireNonNull(snippet, "snippet"));
        }
    }

    /**
     * A piece of a snippet: raw text, to be escaped by whoever displays it.
     *
     * @param text    the characters as in the article
     * @param matched true when this piece matched the query
     */
    record SnippetPart(String text, boolean matched) {
        public SnippetPart {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * @param total how many articles match in all
     * @param hits  the best {@code limit} of them
     */
    record SearchResult(long total, List<SearchHit> hits) {
        public SearchResult {
            hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
        }
    }

    /** The query is more than the index will run (too many words or variants): the caller's input, not a bug. */
    final class QueryTooComplexException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public QueryTooComplexException(String message) {
            super(message);
        }
    }
}
