package dev.marsad.eval.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the article bodies out of a golden {@code <case>.expected.json} (format of {@code PageCleanerGoldenTest}). */
final class ExpectedFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedFile() {
    }

    /** The body of every article, paragraphs separated by a blank line, in order. */
    static List<String> bodies(String expectedJson) {
        JsonNode root;
        try {
            root = JSON.readTree(expectedJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a golden file: " + e.getOriginalMessage(), e);
        }
        List<String> bodies = new ArrayList<>();
        for (JsonNode article : root.path("articles")) {
            List<String> paragraphs = new ArrayList<>();
            article.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            bodies.add(String.join("\n\n", paragraphs));
        }
        return bodies;
    }
}
