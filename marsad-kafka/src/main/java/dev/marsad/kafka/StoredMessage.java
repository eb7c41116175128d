package dev.marsad.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.store.ArticleJson;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.StoredArticle;
import java.time.Instant;

/**
 * One stored article on the stored topic: what the placer wrote to PostgreSQL, published after the database commit
 * for every server to index ({@link SearchFeed}). Explicit JSON, field by field; the article itself is the store's own
 * mapping ({@link ArticleJson}, the contract's article object), so what a server indexes is what the store holds:
 *
 * <pre>
 * {"format":1, "id":"…", "source":"…", "index":0, "storedAt":"2026-12-02T07:50:47.123Z", "article":{"role":"main", …}}
 * </pre>
 *
 * Keyed by the article id. A reader refuses a record of another format with one line naming it.
 */
public final class StoredMessage {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredMessage() {
    }

    /** The JSON of {@code stored}. */
    public static String write(StoredArticle stored) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("id", stored.id());
        node.put("source", stored.ref().source());
        node.put("index", stored.ref().index());
        node.put("storedAt", stored.storedAt().toString());
        node.set("article", ArticleJson.node(stored.article(), false));
        return node.toString();
    }

    /** The stored article of JSON written by {@link #write}; a one-line error naming {@code where} for anything else. */
    public static StoredArticle read(String json, String where) {
        JsonNode node = MessageJson.tree(MAPPER, json, where);
        if (node == null || node.path("format").asInt(-1) != FORMAT || !node.path("id").isTextual()
                || !node.path("article").isObject()) {
            throw new IllegalArgumentException(where + ": not a Marsad stored article of format " + FORMAT);
        }
        try {
            return new StoredArticle(node.get("id").asText(),
                    new ArticleRef(node.path("source").asText(""), node.path("index").asInt(0)),
                    ArticleJson.read(node.get("article").toString()),
                    Instant.parse(node.path("storedAt").asText("")));
        } catch (RuntimeException e) {
            // A missing field, an unknown role or entity type, a bad time: the record is not one this version reads.
            throw new IllegalArgumentException(where + ": a broken stored article (" + e.getMessage() + ")", e);
        }
    }
}
