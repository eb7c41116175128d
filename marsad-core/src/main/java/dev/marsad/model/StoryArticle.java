package dev.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An article as listed in a story.
 *
 * @param ref       which article
 * @param title     its headline
 * @param outlet    its outlet
 * @param published its publication date
 */
public record StoryArticle(ArticleRef ref, Optional<String> title, Optional<String> outlet, Optional<String> published) {
    public StoryArticle {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
    }
}
