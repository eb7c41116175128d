package dev.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.store.SourceHealth;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/sources}: each watched source's settings and health (last poll, last new article, errors in a
 * row, next poll) with a status; {@code GET /sources}: the page that shows them. The health is what
 * {@code watch --sources} wrote to the store, so a {@code serve} beside it sees each poll. Thread-safe.
 */
final class SourcesHandler {
    /** Status of a source as the page shows it. */
    enum Status {
        /** Not polled yet. */
        NEW,
        /** Its last poll read it. */
        OK,
        /** Its last poll (or more, see errorsInRow) failed. */
        FAILING,
        /** Its next poll is an interval late: no {@code watch} is polling it now. */
        OVERDUE;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final SourceListing listing;
    private final Clock clock;

    SourcesHandler(SourceListing listing, Clock clock) {
        this.listing = Objects.requireNonNull(listing, "listing");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/api/sources", this::api), new Route("GET", "/sources", SourcesHandler::page));
    }

    private void api(Context ctx) {
        Instant now = clock.instant();
        List<SourceHealth> all = listing.sources();
        ObjectNode root = ApiJson.object();
        root.put("now", now.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("total", all.size());
        ArrayNode list = root.putArray("sources");
        all.forEach(h -> list.add(json(h, now)));
        ApiJson.send(ctx, 200, root);
    }

    static Status status(SourceHealth h, Instant now) {
        if (h.lastPoll().isEmpty()) {
            return Status.NEW;
        }
        if (h.nextPoll().isPresent() && h.nextPoll().get().plus(h.source().interval()).isBefore(now)) {
            return Status.OVERDUE;
        }
        return h.errorsInRow() > 0 ? Status.FAILING : Status.OK;
    }

    private static ObjectNode json(SourceHealth h, Instant now) {
        ObjectNode node = ApiJson.object();
        node.put("name", h.source().name());
        node.put("url", h.source().url().toString());
        ApiJson.putOptional(node, "outlet", h.source().outlet());
        ApiJson.putOptional(node, "language", h.source().language());
        ApiJson.putOptional(node, "country", h.source().country());
        node.put("intervalSeconds", h.source().interval().toSeconds());
        node.put("status", status(h, now).wireName());
        ApiJson.putOptional(node, "lastPoll", time(h.lastPoll()));
        ApiJson.putOptional(node, "lastSuccess", time(h.lastSuccess()));
        ApiJson.putOptional(node, "lastNewArticle", time(h.lastNewArticle()));
        node.put("errorsInRow", h.errorsInRow());
        ApiJson.putOptional(node, "lastError", h.lastError());
        ApiJson.putOptional(node, "nextPoll", time(h.nextPoll()));
        node.put("polls", h.polls());
        node.put("articlesStored", h.articlesStored());
        return node;
    }

    private static Optional<String> time(Optional<Instant> t) {
        return t.map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static void page(Context ctx) {
        try (InputStream in = SourcesHandler.class.getResourceAsStream("/web/sources.html")) {
            if (in == null) {
                throw new IllegalStateException("web/sources.html missing from the jar");
            }
            ctx.contentType("text/html; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
