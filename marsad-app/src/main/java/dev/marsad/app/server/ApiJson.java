package dev.marsad.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.app.json.ContractJson;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex.SearchHit;
import dev.marsad.port.SearchIndex.SearchResult;
import dev.marsad.port.SearchIndex.SnippetPart;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * JSON for the REST API. Strings are written with {@code < > & '} as {@code \}{@code u00XX} escapes, so that no
 * response can be sniffed or pasted into a page as markup even if a client mishandles it.
 */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private ApiJson() {
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code node} as the response's JSON body with {@code status}. */
    static void send(io.javalin.http.Context ctx, int status, Object node) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(write(node));
    }

        static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A request body that must be one JSON object; anything else is a 400 saying which. */
    static com.fasterxml.jackson.databind.JsonNode requestObject(byte[] body) {
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("body must be a JSON object");
        }
        return json;
    }

    /** A client's value quoted back in an error message, cut to 100 characters. */
    static String clip(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }

    static ObjectNode error(int status, String message) {
        ObjectNode root = object();
        ObjectNode error = root.putObject("error");
        error.put("status", status);
        error.put("message", message);
        return root;
    }

    /** The short form of an article, for lists. */
    static ObjectNode articleSummary(StoredArticle stored) {
        return articleSummary(ArticleDigest.of(stored));
    }

    static ObjectNode articleSummary(ArticleDigest stored) {
        ObjectNode node = object();
        ArticleMetadata meta = stored.metadata();
        node.put("id", stored.id());
        node.put("source", stored.ref().source());
        node.put("index", stored.ref().index());
        node.put("role", stored.role().wireName());
        putOptional(node, "title", meta.title());
        putOptional(node, "outlet", meta.outlet());
        putOptional(node, "published", meta.published());
        node.put("storedAt", stored.storedAt().toString());
        return node;
    }

    /** The full article: the contract's article object plus the store's id and origin. */
    static ObjectNode article(StoredArticle stored) {
        ObjectNode node = object();
        node.put("id", stored.id());
        node.put("source", stored.ref().source());
        node.put("index", stored.ref().index());
        node.put("storedAt", stored.storedAt().toString());
        node.setAll(ContractJson.article(stored.article()));
        return node;
    }

    static ObjectNode ref(ArticleRef ref) {
        ObjectNode node = object();
        node.put("source", ref.source());
        node.put("index", ref.index());
        return node;
    }

    static ObjectNode searchResult(SearchResult result, int offset) {
        return searchResult(result, offset, id -> null);
    }

    /** The search result, each hit with the id of its story where {@code storyOf} knows it. */
    static ObjectNode searchResult(SearchResult result, int offset, java.util.function.Function<String, String> storyOf) {
        ObjectNode root = object();
        root.put("total", result.total());
        ArrayNode hits = root.putArray("hits");
        result.hits().stream().skip(offset).forEach(h -> hits.add(hit(h, Optional.ofNullable(storyOf.apply(h.articleId())))));
        return root;
    }

    private static ObjectNode hit(SearchHit hit, Optional<String> storyId) {
        ObjectNode node = object();
        node.put("id", hit.articleId());
        putOptional(node, "storyId", storyId);
        putOptional(node, "title", hit.title());
        putOptional(node, "outlet", hit.outlet());
        putOptional(node, "published", hit.published());
        node.put("score", hit.score());
        ArrayNode parts = node.putArray("snippet");
        for (SnippetPart part : hit.snippet()) {
            parts.addObject().put("text", part.text()).put("matched", part.matched());
        }
        node.put("snippetHtml", snippetHtml(hit.snippet()));
        return node;
    }

    /** The snippet as HTML: every part escaped first, then matched parts wrapped in {@code <mark>}. */
    static String snippetHtml(List<SnippetPart> parts) {
        StringBuilder out = new StringBuilder();
        for (SnippetPart part : parts) {
            String text = Html.escape(part.text());
            out.append(part.matched() ? "<mark>" + text + "</mark>" : text);
        }
        return out.toString();
    }

    static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
