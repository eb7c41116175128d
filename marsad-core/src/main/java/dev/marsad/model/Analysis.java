package dev.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * The analysis of one input: the contract's {@code analyze} line.
 *
 * @param source   the input as given
 * @param articles main article first, then appended ones
 * @param removed  boilerplate lines dropped, in order
 */
public record Analysis(String source, List<AnalyzedArticle> articles, List<String> removed) {
    public Analysis {
        Objects.requireNonNull(source, "source");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    }
}
