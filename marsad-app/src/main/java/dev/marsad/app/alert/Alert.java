package dev.marsad.app.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert of a watch: the first article of a story that matched it.
 *
 * @param watchId   the watch
 * @param storyId   the story, alerted once
 * @param articleId the article that fired it
 * @param firedAt   when
 * @param payload   the JSON body sent to webhooks (see docs/ALERTS.md)
 */
public record Alert(String watchId, String storyId, String articleId, Instant firedAt, String payload) {
    public Alert {
        Objects.requireNonNull(watchId, "watchId");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(firedAt, "firedAt");
        Objects.requireNonNull(payload, "payload");
    }
}
