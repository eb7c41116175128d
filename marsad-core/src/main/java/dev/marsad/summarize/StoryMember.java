package dev.marsad.summarize;

import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import java.util.Objects;

/**
 * One article of a story, as the summarizer reads it.
 *
 * @param ref     which article
 * @param article the article and its extraction
 */
public record StoryMember(ArticleRef ref, AnalyzedArticle article) {
    public StoryMember {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(article, "article");
    }
}
