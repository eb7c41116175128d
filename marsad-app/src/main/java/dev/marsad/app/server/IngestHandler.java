package dev.marsad.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.files.InputReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/ingest}: a JSON body {@code {"url": "https://…"}} or {@code {"text": "…", "source": "…"}},
 * or a raw {@code text/plain} / {@code text/html} body (any common encoding; {@code ?source=} names it). Only
 * http(s) URLs are fetched: a path would let any caller read the server's files.
 */
final class IngestHandler {
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
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        IngestService.IngestResult result = type.startsWith("application/json") ? fromJson(body)
                : service.ingestBytes(Params.text(ctx, "source").orElse("posted"), body, Optional.of(type)
                        .filter(t -> !t.isEmpty()));
        ObjectNode root = ApiJson.object();
        root.put("source", result.source());
        ArrayNode stored = root.putArray("stored");
        result.stored().forEach(a -> stored.add(ApiJson.articleSummary(a)));
        if (result.error().isPresent()) {
            throw new ApiException(422, result.error().get());
        }
        Api.send(ctx, 201, root);
    }

    private IngestService.IngestResult fromJson(byte[] body) {
        JsonNode json;
        try {
            json = ApiJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("body must be a JSON object");
        }
        if (json.hasNonNull("url")) {
            String url = json.get("url").asText().strip();
            if (!InputReader.isUrl(url)) {
                throw ApiException.badRequest("url must start with http:// or https://");
            }
            return service.ingestInput(url);
        }
        if (json.hasNonNull("text")) {
            String source = json.hasNonNull("source") ? json.get("source").asText() : "posted";
            byte[] text = json.get("text").asText().getBytes(StandardCharsets.UTF_8);
            String format = json.path("format").asText("text");
            String contentType = "html".equals(format) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
            return service.ingestBytes(source, text, Optional.of(contentType));
        }
        throw ApiException.badRequest("JSON body needs \"url\" or \"text\"");
    }
}
