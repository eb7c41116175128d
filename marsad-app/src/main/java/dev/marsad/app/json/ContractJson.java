package dev.marsad.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.store.ArticleJson;
import dev.marsad.app.ingest.InputResult;
import dev.marsad.model.AnalyzedArticle;
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
    public static String analyzeLine(InputResult result) {
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

    /** The contract's article object (the mapping the store uses too). */
    public static ObjectNode article(AnalyzedArticle analyzed) {
        return ArticleJson.node(analyzed, true);
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
