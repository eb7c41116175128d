package dev.marsad.app.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON body of an alert, as documented in docs/ALERTS.md: the watch, the story and the article that fired
 * it. Built once when the alert fires, so every retry and every channel carries the same bytes (and signature).
 * Links are paths on the Marsad server ({@code /api/stories/ID}): it does not know the name it is reached by.
 */
public final class AlertPayload {
    static final String TYPE = "marsad.alert";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertPayload() {
    }

    static String json(Watch watch, String storyId, Optional<Story> story, StoredArticle article, Instant firedAt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", TYPE).put("version", VERSION).put("firedAt", firedAt.toString());
        root.putObject("watch").put("id", watch.id()).put("name", watch.name())
                .put("path", "/api/watches/" + enc(watch.id()));
        ArticleMetadata meta = article.article().article().metadata();
        ObjectNode storyNode = root.putObject("story").put("id", storyId)
                .put("headline", story.map(Story::headline).or(meta::title).orElse(""))
                .put("articles", story.map(s -> s.articles().size()).orElse(1))
                .put("outlets", story.map(s -> (int) s.articles().stream().map(StoryArticle::outlet)
                        .flatMap(Optional::stream).distinct().count()).orElse(meta.outlet().isPresent() ? 1 : 0));
        storyNode.put("path", "/api/stories/" + enc(storyId));
        ObjectNode a = root.putObject("article").put("id", article.id());
        meta.title().ifPresent(t -> a.put("title", t));
        meta.outlet().ifPresent(o -> a.put("outlet", o));
        meta.published().ifPresent(p -> a.put("published", p));
        a.put("source", article.ref().source()).put("path", "/api/articles/" + enc(article.id()));
        return write(root);
    }

    /** The payload parsed back (for the feed and e-mails). */
    static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored alert payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A text field of the payload, "" when absent. */
    static String text(JsonNode payload, String object, String field) {
        return payload.path(object).path(field).asText("");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert JSON", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
