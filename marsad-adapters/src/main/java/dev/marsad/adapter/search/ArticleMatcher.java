package dev.marsad.adapter.search;

import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Tells whether one article matches saved searches, without touching the search index: the article is indexed
 * alone in a Lucene {@link MemoryIndex} with the very document and analysers of {@link LuceneSearchIndex}, and
 * each saved search runs against it with the same query building ({@link SearchQueries}), so a watch matches
 * exactly the new articles its search would list. Cost per article: one small in-memory index, then one query
 * per watch, whatever the size of the store. An instance holds one article; not thread-safe.
 */
public final class ArticleMatcher {
    private static final Analyzer STEMMED = ArabicAnalyzers.stemmed();
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(STEMMED,
            Map.of(LuceneSearchIndex.NAMES, ArabicAnalyzers.names()));

    private final MemoryIndex memory = new MemoryIndex();

    private ArticleMatcher(StoredArticle article) {
        for (IndexableField field : LuceneSearchIndex.document(article)) {
            memory.addField(field, ANALYZER);
        }
        memory.freeze();
    }

    /** A matcher holding {@code article}. */
    public static ArticleMatcher of(StoredArticle article) {
        return new ArticleMatcher(Objects.requireNonNull(article, "article"));
    }

    /**
     * Whether the article is among the hits of {@code query} with {@code filters}, as {@link SearchIndex#search}
     * would answer on an index holding it; a blank query with filters matches what the filters let through.
     *
     * @throws SearchIndex.QueryTooComplexException past Lucene's clause limit
     */
    public boolean matches(String query, SearchFilters filters) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filters, "filters");
        IndexSearcher searcher = memory.createSearcher();
        Optional<Query> text;
        try {
            // A name is a name when this article has its key: where it does not, the words must match, as in search.
            text = SearchQueries.withNames(query, ANALYZER, key -> hasKey(searcher, key));
            // Counted, not scored: a filter-only query matches with a score of 0.
            return searcher.count(SearchQueries.filtered(text, filters)) > 0;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchIndex.QueryTooComplexException("query has too many words or variants");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("an in-memory index cannot fail to read", e);
        }
    }

    private static boolean hasKey(IndexSearcher searcher, String key) {
        try {
            return searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(LuceneSearchIndex.KEY, key)) > 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("an in-memory index cannot fail to read", e);
        }
    }
}
