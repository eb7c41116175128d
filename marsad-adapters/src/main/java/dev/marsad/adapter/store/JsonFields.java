package dev.marsad.adapter.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.ArticleRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Small field readers and writers shared by the explicit JSON mappings of the store. */
final class JsonFields {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write JSON", e);
        }
    }

    static JsonNode read(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + what + " is not valid JSON", e);
        }
    }

    static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new StoreException("stored record lacks field " + field);
        }
        return value.asText();
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new StoreException("stored record lacks integer field " + field);
        }
        return value.asInt();
    }

    static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> reader) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new StoreException("stored record lacks list field " + field);
        }
        List<T> out = new ArrayList<>(array.size());
        array.forEach(element -> out.add(reader.apply(element)));
        return out;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    static ObjectNode ref(ArticleRef ref) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source", ref.source());
        node.put("index", ref.index());
        return node;
    }

    static ArticleRef ref(JsonNode node) {
        return new ArticleRef(text(node, "source"), integer(node, "index"));
    }
}
