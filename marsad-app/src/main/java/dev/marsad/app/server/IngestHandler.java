package dev.marsad.app.server;

import dev.marsad.app.ingest.IngestService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.HttpFetcher;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/ingest}: a JSON body {@code {"url": "https://…"}} or {@code {"text": "…", "source": "…"}},
 * or a raw {@code text/plain} / {@code text/html} body (any common encoding; {@code ?source=} names it). Only
 * http(s) URLs are fetched: a path would let any caller read the server's files.
 */
final class IngestHandler {
    /** Longest source name accepted, well within the store's column. */
    static final int MAX_SOURCE_CHARS = 1000;

    private final IngestService service;
    private final long maxBody;

    IngestHandler(IngestService service, long maxBody) {
        this.service = service;
        this.maxBody = maxBody;
    }

    void handle(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > maxBody) {
            throw new ApiException(413, "request body larger than " + maxBody + " bytes");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBody) {
            throw new ApiException(413, "request body larger than " + maxBody + " bytes");
        }
        if (body.length == 0) {
            throw ApiException.badRequest("empty body: send {\"url\": …}, {\"text\": …} or a text/html body");
        }
        // The raw header: Jetty's parsed content type throws on an unknown charset (the decoder judges that).
        String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT).strip();
        IngestService.IngestResult result;
        if (type.startsWith("application/json")) {
            result = fromJson(body);
        } else if (type.startsWith("text/plain") || type.startsWith("text/html")
                || type.startsWith("application/xhtml+xml")) {
            result = service.ingestBytes(source(Params.text(ctx, "source").orElse("posted")), body, Optional.of(type));
        } else {
            // A form body (urlencoded or multipart) or anything else would be stored as junk text.
            throw new ApiException(415, "Content-Type must be application/json, text/plain or text/html, not "
                    + (type.isEmpty() ? "none" : ApiJson.clip(type)));
        }
        ObjectNode root = ApiJson.object();
        root.put("source", result.source());
        ArrayNode stored = root.putArray("stored");
        result.stored().forEach(a -> stored.add(ApiJson.articleSummary(a)));
        if (result.error().isPresent()) {
            throw new ApiException(422, result.error().get());
        }
        ApiJson.send(ctx, 201, root);
    }

    /** The name an article is stored under: refused when longer than the store keeps. */
    private static String source(String name) {
        if (name.length() > MAX_SOURCE_CHARS) {
            throw ApiException.badRequest("source longer than " + MAX_SOURCE_CHARS + " characters");
        }
        return name;
    }

    private IngestService.IngestResult fromJson(byte[] body) {
        JsonNode json = ApiJson.requestObject(body);
        if (json.hasNonNull("url")) {
            if (!json.get("url").isTextual()) {
                throw ApiException.badRequest("\"url\" must be a string");
            }
            String url = json.get("url").asText().strip();
            if (url.length() > HttpFetcher.MAX_URL_CHARS) {
                throw ApiException.badRequest("url longer than " + HttpFetcher.MAX_URL_CHARS + " characters");
            }
            if (!InputReader.isUrl(url)) {
                throw ApiException.badRequest("url must start with http:// or https://");
            }
            return service.ingestInput(url);
        }
        if (json.hasNonNull("text")) {
            if (!json.get("text").isTextual() || (json.hasNonNull("source") && !json.get("source").isTextual())) {
                throw ApiException.badRequest("\"text\" and \"source\" must be strings");
            }
            String source = source(json.hasNonNull("source") ? json.get("source").asText() : "posted");
            byte[] text = json.get("text").asText().getBytes(StandardCharsets.UTF_8);
            String format = json.path("format").asText("text");
            String contentType = "html".equals(format) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
            return service.ingestBytes(source, text, Optional.of(contentType));
        }
        throw ApiException.badRequest("JSON body needs \"url\" or \"text\"");
    }
}
