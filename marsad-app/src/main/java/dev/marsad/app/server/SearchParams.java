package dev.marsad.app.server;

import dev.marsad.port.SearchIndex.SearchFilters;
import io.javalin.http.Context;

/**
 * The search every search-backed route reads ({@code q} and the filters {@code outlet}, {@code from}, {@code to},
 * {@code entity}) and the limits a query is held to: the search answers, its feed, the entity listing, the quote
 * filter and a watch's query all keep the same ones.
 */
final class SearchParams {
    /** Each word becomes several clauses (fields, stemmed forms): past this Lucene's clause limit would answer 500. */
    static final int MAX_QUERY_WORDS = 64;
    static final int MAX_QUERY_CHARS = 1000;

    private SearchParams() {
    }

    /** The search words of {@code q}; a 400 past the word and length limits. */
    static String query(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        if (!withinLimits(q)) {
            throw ApiException.badRequest("query has too many words (" + words(q) + "; at most " + MAX_QUERY_WORDS
                    + " words and " + MAX_QUERY_CHARS + " characters)");
        }
        return q;
    }

    /** The search filters: outlet, from, to, entity. */
    static SearchFilters filters(Context ctx) {
        return new SearchFilters(Params.text(ctx, "outlet"), Params.date(ctx, "from"), Params.date(ctx, "to"),
                Params.text(ctx, "entity"));
    }

    /** True when {@code q} has at most {@link #MAX_QUERY_WORDS} words and {@link #MAX_QUERY_CHARS} characters. */
    static boolean withinLimits(String q) {
        return words(q) <= MAX_QUERY_WORDS && q.length() <= MAX_QUERY_CHARS;
    }

    /** The words of {@code q}, as the limit counts them (runs of non-space). */
    static long words(String q) {
        return q.isBlank() ? 0 : q.strip().split("\\s+").length;
    }
}
