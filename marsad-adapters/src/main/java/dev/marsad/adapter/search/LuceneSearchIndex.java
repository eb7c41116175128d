package dev.marsad.adapter.search;

import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.Entity;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A {@link SearchIndex} on Lucene with Arabic analysis. Fields:
 * <ul>
 *   <li>{@code title}, {@code body}: stemmed ({@link ArabicAnalyzers#stemmed()}), stored for snippets;</li>
 *   <li>{@code names}: the entity mentions as written, normalised but unstemmed ({@link ArabicAnalyzers#names()});</li>
 *   <li>{@code key}: entity keys, {@code outlet}: the outlet, both exact keywords;</li>
 *   <li>{@code day}: the publication day (epoch day) as a point for range filters and a doc value for sorting.</li>
 * </ul>
 * Each {@link #index} commits, so a file-backed index survives a crash. Thread-safe (Lucene's writer and
 * searcher manager are).
 */
public final class LuceneSearchIndex implements SearchIndex {
    static final String ID = SearchFields.ID;
    static final String TITLE = SearchFields.TITLE;
    static final String BODY = SearchFields.BODY;
    static final String NAMES = SearchFields.NAMES;
    static final String KEY = SearchFields.KEY;
    static final String OUTLET = SearchFields.OUTLET;
    static final String PUBLISHED = SearchFields.PUBLISHED;
    static final String DAY = SearchFields.DAY;

    /**
     * The format of the index's documents and analysis, kept in each commit: an index of another format is rebuilt
     * at start rather than kept. Change it with {@link #document} or the analyzers.
     */
    static final String FORMAT = "1";
    private static final String FORMAT_KEY = "marsad.search.format";
    /** Commit user data under this prefix are the {@link #marks} of the feed the index was committed with. */
    private static final String MARK_PREFIX = "marsad.feed.";
    private final Directory directory;
    private final Analyzer analyzer;
    /** Whether the index's last commit was written in {@link #FORMAT} (as opened, or since by this writer). */
    private volatile boolean currentFormat;
    /** What the feed that fills this index had read when it was last committed ({@link #marks}). */
    private volatile Map<String, String> marks;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Snippets snippets;

    private LuceneSearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        Analyzer stemmed = ArabicAnalyzers.stemmed();
        this.analyzer = new PerFieldAnalyzerWrapper(stemmed, Map.of(NAMES, ArabicAnalyzers.names()));
        Map<String, String> committed = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        this.currentFormat = FORMAT.equals(committed.get(FORMAT_KEY));
        Map<String, String> kept = new java.util.TreeMap<>();
        if (currentFormat) {
            committed.forEach((k, v) -> {
                if (k.startsWith(MARK_PREFIX)) {
                    kept.put(k.substring(MARK_PREFIX.length()), v);
                }
            });
        }
        this.marks = Map.copyOf(kept);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.setLiveCommitData(commitData(marks).entrySet());
        this.searchers = new SearcherManager(writer, null);
        this.snippets = new Snippets(stemmed);
    }

    /** An index kept in {@code dir} (created when missing). */
    public static LuceneSearchIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            return new LuceneSearchIndex(FSDirectory.open(dir));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new SearchException("the search index in " + dir + " is in use by another Marsad server"
                    + " (one serve or demo per data directory)", e);
        } catch (IOException e) {
            throw new SearchException("cannot open search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for tests and one-shot runs. */
    public static LuceneSearchIndex inMemory() {
        try {
            return new LuceneSearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void index(StoredArticle stored) {
        Objects.requireNonNull(stored, "stored");
        try {
            writer.updateDocument(new Term(ID, stored.id()), document(stored));
            writer.commit();
            currentFormat = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchException("cannot index article " + stored.id(), e);
        }
    }

    /**
     * One commit for all: a commit syncs the index files to disk, so committing after each article made rebuilding
     * the index of 1,000 stored articles take minutes (issue 11's end-to-end bench).
     */
    @Override
    public void indexAll(List<StoredArticle> articles) {
        Objects.requireNonNull(articles, "articles");
        try {
            for (StoredArticle stored : articles) {
                writer.updateDocument(new Term(ID, stored.id()), document(stored));
            }
            writer.commit();
            currentFormat = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchException("cannot index " + articles.size() + " articles", e);
        }
    }

    /**
     * Adds or replaces every article of {@code articles} and commits them together with {@code marks} (a feed's
     * position: what it had read to give these articles), replacing the marks of earlier commits. A process killed at
     * any moment leaves the index with the articles and the marks of one commit, so a feed that resumes from the
     * marks it finds neither misses an article nor, articles being replaced by id, doubles one.
     */
    public synchronized void indexAll(List<StoredArticle> articles, Map<String, String> marks) {
        Objects.requireNonNull(articles, "articles");
        Map<String, String> next = Map.copyOf(Objects.requireNonNull(marks, "marks"));
        try {
            for (StoredArticle stored : articles) {
                writer.updateDocument(new Term(ID, stored.id()), document(stored));
            }
            // Set after the articles are added: any commit holding these marks holds the articles too.
            writer.setLiveCommitData(commitData(next).entrySet());
            this.marks = next;
            writer.commit();
            currentFormat = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchException("cannot index " + articles.size() + " articles", e);
        }
    }

    /**
     * The marks of the index's last commit (see {@link #indexAll(List, Map)}); empty when none was committed with
     * marks, when the index was {@link #clear cleared} since, or when it was written in another format.
     */
    public Map<String, String> marks() {
        return marks;
    }

    private static Map<String, String> commitData(Map<String, String> marks) {
        Map<String, String> data = new java.util.HashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        marks.forEach((k, v) -> data.put(MARK_PREFIX + k, v));
        return data;
    }

    /**
     * The articles in the index, when its last commit was written in this format: every
     * document is a stored article (articles are only added, and indexed after they are stored), so an index
     * holding as many as the store holds them all.
     */
    @Override
    public int reusableSize() {
        return currentFormat ? writer.getDocStats().numDocs : -1;
    }

    /** Removes every article, and the {@link #marks}: what the index held is gone, so is the feed's position. */
    @Override
    public synchronized void clear() {
        try {
            marks = Map.of();
            writer.setLiveCommitData(commitData(marks).entrySet());
            writer.deleteAll();
            writer.commit();
            currentFormat = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchException("cannot clear search index", e);
        }
    }

    static Document document(StoredArticle stored) {
        AnalyzedArticle analyzed = stored.article();
        ArticleMetadata meta = analyzed.article().metadata();
        Document doc = new Document();
        doc.add(new StringField(ID, stored.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, meta.title().orElse(""), Field.Store.YES));
        doc.add(new TextField(BODY, analyzed.article().text(), Field.Store.YES));
        Set<String> keys = new LinkedHashSet<>();
        for (Entity entity : analyzed.extraction().entities()) {
            doc.add(new TextField(NAMES, entity.text(), Field.Store.NO));
            keys.add(entity.key());
        }
        keys.forEach(k -> doc.add(new StringField(KEY, k, Field.Store.NO)));
        meta.outlet().ifPresent(o -> doc.add(new StringField(OUTLET, o, Field.Store.YES)));
        meta.published().ifPresent(p -> doc.add(new StoredField(PUBLISHED, p)));
        long day = SearchQueries.epochDay(meta.published()).orElse(Long.MIN_VALUE);
        doc.add(new LongPoint(DAY, day));
        doc.add(new NumericDocValuesField(DAY, day));
        return doc;
    }

    @Override
    public SearchResult search(String query, SearchFilters filters, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filters, "filters");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Optional<Query> text;
                try {
                    text = SearchQueries.withNames(query, analyzer, key -> keyExists(searcher, key));
                } catch (IndexSearcher.TooManyClauses e) {
                    throw new SearchIndex.QueryTooComplexException("query has too many words or variants");
                }
                Query full = SearchQueries.filtered(text, filters);
                // A query ranks by relevance; a filter-only listing is a feed, so newest first.
                TopDocs top = text.isPresent() ? searcher.search(full, limit)
                        : searcher.search(full, limit, new Sort(new SortField(DAY, SortField.Type.LONG, true)));
                Set<String> terms = SearchQueries.terms(query, analyzer, BODY);
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    hits.add(hit(searcher.storedFields().document(scoreDoc.doc), scoreDoc.score, terms));
                }
                return new SearchResult(top.totalHits.value, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchIndex.QueryTooComplexException("query has too many words or variants");
        } catch (IOException e) {
            throw new SearchException("search failed for " + query, e);
        }
    }

    private static boolean keyExists(IndexSearcher searcher, String key) {
        try {
            return searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(KEY, key)) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the index failed", e);
        }
    }

    private SearchHit hit(Document doc, float score, Set<String> terms) {
        Optional<String> title = Optional.ofNullable(doc.get(TITLE)).filter(t -> !t.isEmpty());
        return new SearchHit(doc.get(ID), title, Optional.ofNullable(doc.get(OUTLET)),
                Optional.ofNullable(doc.get(PUBLISHED)), Float.isNaN(score) ? 0f : score,
                snippets.snippet(doc.get(BODY), terms));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new SearchException("cannot close search index", e);
        }
    }

    /** An infrastructure failure of the index (disk, corrupt files). */
    public static final class SearchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SearchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
