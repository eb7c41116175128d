package dev.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An outlet that covered a story, with when it first reported it.
 *
 * @param outlet        the outlet's name as the page states it
 * @param firstReported the earliest publication date of its articles in the story; empty when none is dated
 * @param first         its earliest article in the story
 */
public record StoryOutlet(String outlet, Optional<String> firstReported, ArticleRef first) {
    public StoryOutlet {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(firstReported, "firstReported");
        Objects.requireNonNull(first, "first");
    }
}
