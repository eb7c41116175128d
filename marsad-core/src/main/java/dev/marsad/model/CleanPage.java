package dev.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of cleaning one input.
 *
 * @param articles the page's own article first, then any appended ones
 * @param removed  lines dropped as boilerplate, in page order
 */
public record CleanPage(List<CleanArticle> articles, List<String> removed) {
    public CleanPage {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    }
}
