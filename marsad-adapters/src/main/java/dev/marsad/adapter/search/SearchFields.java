package dev.marsad.adapter.search;

/** The field names of the search index's documents, shared by the index, its queries and its snippets. */
final class SearchFields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String KEY = "key";
    static final String OUTLET = "outlet";
    static final String PUBLISHED = "published";
    static final String DAY = "day";

    private SearchFields() {
    }
}
