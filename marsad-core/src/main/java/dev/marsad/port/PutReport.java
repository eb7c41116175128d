package dev.marsad.port;

import dev.marsad.model.StoredArticle;
import java.util.List;
import java.util.Objects;

/**
 * What storing one input did.
 *
 * @param articles the stored articles, in input order, new or already there
 * @param added    how many of them were new
 */
public record PutReport(List<StoredArticle> articles, int added) {
    public PutReport {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        if (added < 0 || added > articles.size()) {
            throw new IllegalArgumentException("added out of range: " + added);
        }
    }

    /** How many were already stored. */
    public int present() {
        return articles.size() - added;
    }
}
