package dev.marsad.adapter.search;

import dev.marsad.extract.NameKey;
import dev.marsad.model.EntityType;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds Lucene queries from a user's words and filters. Stateless. */
final class SearchQueries {
    private static final Map<String, Float> FIELDS = Map.of(
            SearchFields.TITLE, 2f, SearchFields.BODY, 1f, SearchFields.NAMES, 1.5f);

    private SearchQueries() {
    }

    /**
     * The text part: every word must occur in the title, body or names (AND), so adding a word narrows the
     * results as users expect. Query syntax is escaped: a user's quote mark or colon is a character, not an
     * operator. Empty when the query has no searchable word.
     */
    static Optional<Query> text(String query, Analyzer analyzer) {
        String trimmed = query.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            Query parsed = parser.parse(QueryParser.escape(trimmed));
            return parsed instanceof BooleanQuery b && b.clauses().isEmpty() ? Optional.empty() : Optional.of(parsed);
        } catch (ParseException e) {
            // Cannot happen for escaped input; treat as "no searchable word" rather than failing the request.
            return Optional.empty();
        }
    }

    /** Longest run of query words tried as one name. */
    static final int NAME_WORDS = 4;
    /** Queries longer than this are searched as words only (each span would cost an index lookup per type). */
    static final int MAX_NAME_QUERY_WORDS = 12;

    /**
     * The text query where a run of query words is a known spelling of an entity: that run matches its words
     * or any article mentioning the entity under another spelling (the entity's key, {@link NameKey}), so
     * بيونجيانج finds the articles that write بيونغ يانغ. "Known" means some indexed article has that key
     * ({@code keyExists}); runs are taken longest first, left to right. Other words still must all occur.
     */
    static Optional<Query> withNames(String query, Analyzer analyzer, java.util.function.Predicate<String> keyExists) {
        List<String> words = List.of(query.strip().split("\\s+"));
        if (query.isBlank() || words.size() > MAX_NAME_QUERY_WORDS) {
            return text(query, analyzer);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyName = false;
        boolean anyClause = false;
        for (int i = 0; i < words.size(); ) {
            int taken = 1;
            List<String> keys = List.of();
            for (int n = Math.min(NAME_WORDS, words.size() - i); n >= 1; n--) {
                String span = String.join(" ", words.subList(i, i + n));
                keys = knownKeys(span, keyExists);
                if (!keys.isEmpty()) {
                    taken = n;
                    break;
                }
            }
            String span = String.join(" ", words.subList(i, i + taken));
            Optional<Query> spanText = text(span, analyzer);
            if (keys.isEmpty()) {
                if (spanText.isPresent()) {
                    all.add(spanText.get(), BooleanClause.Occur.MUST);
                    anyClause = true;
                }
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                spanText.ifPresent(q -> either.add(q, BooleanClause.Occur.SHOULD));
                keys.forEach(k -> either.add(new TermQuery(new Term(SearchFields.KEY, k)), BooleanClause.Occur.SHOULD));
                all.add(either.build(), BooleanClause.Occur.MUST);
                anyName = true;
                anyClause = true;
            }
            i += taken;
        }
        if (!anyName) {
            return text(query, analyzer);
        }
        return anyClause ? Optional.of(all.build()) : Optional.empty();
    }

    private static List<String> knownKeys(String span, java.util.function.Predicate<String> keyExists) {
        List<String> keys = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            String skeleton = NameKey.skeleton(type, span);
            if (!skeleton.isBlank()) {
                String key = NameKey.of(type, span);
                if (keyExists.test(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The text query (or all documents) restricted by {@code filters}. */
    static Query filtered(Optional<Query> text, SearchFilters filters) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text.orElseGet(MatchAllDocsQuery::new), BooleanClause.Occur.MUST);
        filters.outlet().ifPresent(o ->
                builder.add(new TermQuery(new Term(SearchFields.OUTLET, o)), BooleanClause.Occur.FILTER));
        filters.entityKey().ifPresent(k ->
                builder.add(new TermQuery(new Term(SearchFields.KEY, k)), BooleanClause.Occur.FILTER));
        if (filters.from().isPresent() || filters.to().isPresent()) {
            // Long.MIN_VALUE marks "no date": an open-ended range must not match undated articles.
            long from = filters.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE + 1);
            long to = filters.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            builder.add(LongPoint.newRangeQuery(SearchFields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The analysed terms of {@code query} as {@code field} indexes them: what a snippet should mark. */
    static Set<String> terms(String query, Analyzer analyzer, String field) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    /** The epoch day of an ISO date or date-time ({@code 2023-09-15}, {@code 2023-09-15T10:00Z}). */
    static Optional<Long> epochDay(Optional<String> published) {
        if (published.isEmpty() || published.get().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.get().substring(0, 10)).toEpochDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
