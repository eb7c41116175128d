package dev.marsad.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.app.cli.AnalysisRunner;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import dev.marsad.model.TimeMention;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Maps analysis records to the JSON of ../shared/CONTRACT.md (format 1), field by field, so that renaming a
 * record component can never silently rename a contract field. Unknown values are written as {@code null}.
 */
public final class ContractJson {
    public static final int FORMAT = 1;
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private ContractJson() {
    }

    /** One {@code analyze} line for one input. */
    public static String analyzeLine(AnalysisRunner.InputResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("source", result.source());
        ArrayNode articles = root.putArray("articles");
        ArrayNode removed = root.putArray("removed");
        result.analysis().ifPresent(analysis -> {
            analysis.articles().forEach(a -> articles.add(article(a)));
            analysis.removed().forEach(removed::add);
        });
        result.error().ifPresent(e -> root.put("error", e));
        return write(root);
    }

    /** The contract's article object. */
    public static ObjectNode article(AnalyzedArticle analyzed) {
        ObjectNode node = MAPPER.createObjectNode();
        ArticleMetadata meta = analyzed.article().metadata();
        node.put("role", analyzed.article().role().wireName());
        putOptional(node, "title", meta.title());
        putOptional(node, "outlet", meta.outlet());
        putOptional(node, "agency", meta.agency());
        putOptional(node, "published", meta.published());
        putOptional(node, "dateline", meta.dateline());
        putOptional(node, "language", meta.language());
        node.put("text", analyzed.article().text());
        ArrayNode entities = node.putArray("entities");
        analyzed.extraction().entities().forEach(e -> entities.add(entity(e)));
        ArrayNode quotes = node.putArray("quotes");
        analyzed.extraction().quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode times = node.putArray("times");
        analyzed.extraction().times().forEach(t -> times.add(time(t)));
        return node;
    }

    static ObjectNode entity(Entity e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", e.text());
        node.put("type", e.type().name());
        node.put("key", e.key());
        node.put("start", e.start());
        node.put("end", e.end());
        return node;
    }

    static ObjectNode quote(Quote q) {
        ObjectNode node = MAPPER.createObjectNode();
        putOptional(node, "speaker", q.speaker());
        putOptional(node, "speakerKey", q.speakerKey());
        node.put("text", q.text());
        node.put("direct", q.direct());
        return node;
    }

    static ObjectNode time(TimeMention t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", t.text());
        // The contract says to omit value when it cannot be resolved.
        t.value().ifPresent(v -> node.put("value", v));
        node.put("start", t.start());
        node.put("end", t.end());
        return node;
    }

    static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    /** Serialises a node on one line. */
    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helper for list fields. */
    static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
