package dev.marsad.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.store.ArticleJson;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed page on the articles topic, as explicit JSON: {@code {"format":1,"source":...,"fetched":...,
 * "articles":[...],"removed":[...]}}, each article in the store's own mapping ({@link ArticleJson}), so the topic and the store
 * cannot drift apart. Keyed by {@link #partitionKey}.
 */
public final class AnalysisMessage {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisMessage() {
    }

    /** An analysed page with its place in the publisher's fetch order ({@link PageMessage#fetched}). */
    public record Fetched(Analysis analysis, long fetched) {
    }

    /** The JSON of {@code analysis}, fetched at {@code fetched}. */
    public static String write(Analysis analysis, long fetched) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("source", analysis.source());
        node.put("fetched", fetched);
        ArrayNode articles = node.putArray("articles");
        for (AnalyzedArticle a : analysis.articles()) {
            articles.add(read(ArticleJson.write(a)));
        }
        ArrayNode removed = node.putArray("removed");
        analysis.removed().forEach(removed::add);
        return node.toString();
    }

    /** The analysis of JSON written by {@link #write}; a one-line error for anything else. */
    public static Fetched read(String json, String where) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || node.path("format").asInt(-1) != FORMAT || !node.path("source").isTextual()) {
            throw new IllegalArgumentException(where + ": not a Marsad analysis of format " + FORMAT);
        }
        List<AnalyzedArticle> articles = new ArrayList<>();
        node.path("articles").forEach(a -> articles.add(ArticleJson.read(a.toString())));
        List<String> removed = new ArrayList<>();
        node.path("removed").forEach(r -> removed.add(r.asText()));
        return new Fetched(new Analysis(node.get("source").asText(), articles, removed), node.path("fetched").asLong(0));
    }

    /**
     * The articles topic's key: the language of the page's own article ({@code und} when unknown). Every article of
     * one language goes through one partition, so one placer sees them in the order the workers finished them, and
     * a later deployment can give each language a placer (and a store) of its own; see docs/DEPLOY.md.
     */
    public static String partitionKey(Analysis analysis) {
        return analysis.articles().isEmpty() ? "und"
                : analysis.articles().get(0).article().metadata().language().orElse("und");
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store's article JSON did not parse", e);
        }
    }
}
