package dev.marsad.adapter.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import dev.marsad.model.TimeMention;
import java.util.Locale;

/**
 * Maps an analysed article to the JSON kept in the store and back, field by field (never Java serialization,
 * never reflection), so a renamed record component cannot silently change stored data. The field names are
 * those of the contract's article object; {@link #FORMAT} is stored beside each row for later migrations. The
 * command line writes the contract's article object with the same mapping ({@link #node}), so the two cannot drift.
 */
public final class ArticleJson {
    static final int FORMAT = 1;

    private ArticleJson() {
    }

    /** The stored JSON of one article (also what the distributed mode's articles topic carries). */
    public static String write(AnalyzedArticle analyzed) {
        return JsonFields.write(node(analyzed, false));
    }

    /**
     * The contract's article object for {@code analyzed}.
     *
     * @param omitUnresolvedTimes leave out a time's {@code value} when unresolved, as the contract asks (the
     *                            store keeps it as null)
     */
    public static ObjectNode node(AnalyzedArticle analyzed, boolean omitUnresolvedTimes) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        CleanArticle article = analyzed.article();
        ArticleMetadata meta = article.metadata();
        node.put("role", article.role().wireName());
        JsonFields.putOptional(node, "title", meta.title());
        JsonFields.putOptional(node, "outlet", meta.outlet());
        JsonFields.putOptional(node, "agency", meta.agency());
        JsonFields.putOptional(node, "published", meta.published());
        JsonFields.putOptional(node, "dateline", meta.dateline());
        JsonFields.putOptional(node, "language", meta.language());
        node.put("text", article.text());
        ArrayNode entities = node.putArray("entities");
        analyzed.extraction().entities().forEach(e -> entities.add(entity(e)));
        ArrayNode quotes = node.putArray("quotes");
        analyzed.extraction().quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode times = node.putArray("times");
        analyzed.extraction().times().forEach(t -> times.add(time(t, omitUnresolvedTimes)));
        return node;
    }

    /** The article of JSON written by {@link #write}. */
    public static AnalyzedArticle read(String json) {
        JsonNode node = JsonFields.read(json, "article");
        ArticleMetadata meta = new ArticleMetadata(
                JsonFields.optional(node, "title"), JsonFields.optional(node, "outlet"),
                JsonFields.optional(node, "agency"), JsonFields.optional(node, "published"),
                JsonFields.optional(node, "dateline"), JsonFields.optional(node, "language"));
        Role role = Role.valueOf(JsonFields.text(node, "role").toUpperCase(Locale.ROOT));
        CleanArticle article = new CleanArticle(role, meta, JsonFields.text(node, "text"));
        Extraction extraction = new Extraction(
                JsonFields.list(node, "entities", ArticleJson::entity),
                JsonFields.list(node, "quotes", ArticleJson::quote),
                JsonFields.list(node, "times", ArticleJson::time));
        return new AnalyzedArticle(article, extraction);
    }

    static ObjectNode entity(Entity e) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        node.put("text", e.text());
        node.put("type", e.type().name());
        node.put("key", e.key());
        node.put("start", e.start());
        node.put("end", e.end());
        return node;
    }

    static Entity entity(JsonNode node) {
        return new Entity(JsonFields.text(node, "text"), EntityType.valueOf(JsonFields.text(node, "type")),
                JsonFields.text(node, "key"), JsonFields.integer(node, "start"), JsonFields.integer(node, "end"));
    }

    static ObjectNode quote(Quote q) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        JsonFields.putOptional(node, "speaker", q.speaker());
        JsonFields.putOptional(node, "speakerKey", q.speakerKey());
        node.put("text", q.text());
        node.put("direct", q.direct());
        return node;
    }

    static Quote quote(JsonNode node) {
        JsonNode direct = node.get("direct");
        if (direct == null || !direct.isBoolean()) {
            throw new StoreException("stored quote lacks field direct");
        }
        return new Quote(JsonFields.optional(node, "speaker"), JsonFields.optional(node, "speakerKey"),
                JsonFields.text(node, "text"), direct.asBoolean());
    }

    static ObjectNode time(TimeMention t, boolean omitUnresolved) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        node.put("text", t.text());
        if (t.value().isPresent() || !omitUnresolved) {
            JsonFields.putOptional(node, "value", t.value());
        }
        node.put("start", t.start());
        node.put("end", t.end());
        return node;
    }

    static TimeMention time(JsonNode node) {
        return new TimeMention(JsonFields.text(node, "text"), JsonFields.optional(node, "value"),
                JsonFields.integer(node, "start"), JsonFields.integer(node, "end"));
    }
}
