package dev.marsad.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import dev.marsad.app.alert.Alert;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.alert.JdbcAlertLog;
import dev.marsad.app.alert.Watch;
import io.javalin.http.Context;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Watches over HTTP: {@code GET/POST /api/watches}, {@code GET/DELETE /api/watches/{id}} (with its latest alerts
 * and their deliveries) and the watch's Atom feed {@code /feeds/watches/{id}.atom}. Writes pass
 * {@link RequestGuard} like every write (write token, Host, Origin). A watch's secret is shown once, in the
 * answer to its creation; its webhook URL is shown as scheme and host only, since such URLs often carry a token.
 */
final class WatchHandler {
    static final int ALERTS_SHOWN = 50;
    private final java.util.Optional<Alerts> configured;

    /** @param alerts the watches' database side; without it (an embedded server) every watch route answers 503 */
    WatchHandler(java.util.Optional<Alerts> alerts) {
        this.configured = Objects.requireNonNull(alerts, "alerts");
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/api/watches", this::list),
                new Route("POST", "/api/watches", this::create),
                new Route("GET", "/api/watches/{id}", this::get),
                new Route("DELETE", "/api/watches/{id}", this::delete),
                new Route("GET", "/feeds/watches/{id}.atom", this::feed));
    }

    private Alerts alerts() {
        return configured.orElseThrow(() -> new ApiException(503, "watches need the server's database"
                + " (marsad serve); this server was started without one"));
    }

    private void list(Context ctx) {
        ObjectNode root = ApiJson.object();
        ArrayNode list = root.putArray("watches");
        alerts().watches().all().forEach(w -> list.add(json(w)));
        ApiJson.send(ctx, 200, root);
    }

    private void create(Context ctx) {
        Watch watch = WatchRequest.parse(ctx.bodyAsBytes(), alerts());
        alerts().watches().add(watch);
        // The only time the secret is shown: the receiver needs it to check signatures.
        ApiJson.send(ctx, 201, json(watch).put("secret", watch.secret()));
    }

    private void get(Context ctx) {
        Watch watch = find(ctx);
        ObjectNode root = json(watch);
        Map<String, List<JdbcAlertLog.DeliveryState>> deliveries = alerts().log().deliveries(watch.id()).stream()
                .collect(Collectors.groupingBy(JdbcAlertLog.DeliveryState::storyId));
        ArrayNode list = root.putArray("alerts");
        for (Alert alert : alerts().log().alerts(watch.id(), ALERTS_SHOWN)) {
            ObjectNode node = list.addObject();
            node.put("storyId", alert.storyId()).put("articleId", alert.articleId())
                    .put("firedAt", alert.firedAt().toString());
            JsonNode payload = parse(alert.payload());
            node.put("headline", payload.path("story").path("headline").asText(""));
            node.set("article", payload.path("article"));
            ArrayNode sent = node.putArray("deliveries");
            deliveries.getOrDefault(alert.storyId(), List.of()).forEach(d -> {
                ObjectNode s = sent.addObject().put("channel", d.channel().name().toLowerCase(java.util.Locale.ROOT))
                        .put("state", d.state()).put("attempts", d.attempts());
                d.nextTry().ifPresent(t -> s.put("nextTry", t.toString()));
                d.lastError().ifPresent(e -> s.put("lastError", e));
            });
        }
        ApiJson.send(ctx, 200, root);
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!alerts().watches().delete(id)) {
            throw ApiException.notFound("no watch " + id);
        }
        ctx.status(204);
    }

    private void feed(Context ctx) {
        Watch watch = find(ctx);
        String base = AtomFeeds.base(ctx);
        List<SyndEntry> entries = alerts().log().alerts(watch.id(), AtomFeeds.ENTRIES).stream()
                .map(a -> entry(base, a)).toList();
        AtomFeeds.send(ctx, AtomFeeds.feed(base, "urn:marsad:feed:watch:" + watch.id(), "مرصد: " + watch.name(),
                "/feeds/watches/" + AtomFeeds.enc(watch.id()) + ".atom", entries));
    }

    /** One alert as an entry: the story's headline, linked to the story, the article that fired it as summary. */
    private static SyndEntry entry(String base, Alert alert) {
        JsonNode payload = parse(alert.payload());
        JsonNode article = payload.path("article");
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:marsad:alert:" + alert.watchId() + ":" + alert.storyId());
        entry.setTitle(payload.path("story").path("headline").asText(""));
        entry.setLink(base + "/api/stories/" + AtomFeeds.enc(alert.storyId()));
        String summary = article.path("title").asText("")
                + (article.hasNonNull("outlet") ? " — " + article.get("outlet").asText() : "");
        entry.setDescription(AtomFeeds.text(summary));
        entry.setUpdatedDate(FeedDates.date(alert.firedAt()));
        entry.setPublishedDate(FeedDates.date(alert.firedAt()));
        if (article.hasNonNull("outlet")) {
            entry.setAuthor(article.get("outlet").asText());
        }
        return entry;
    }

    private Watch find(Context ctx) {
        String id = ctx.pathParam("id");
        return alerts().watches().find(id).orElseThrow(() -> ApiException.notFound("no watch " + id));
    }

    private ObjectNode json(Watch watch) {
        ObjectNode node = ApiJson.object();
        node.put("id", watch.id()).put("name", watch.name()).put("q", watch.query());
        ApiJson.putOptional(node, "outlet", watch.filters().outlet());
        ApiJson.putOptional(node, "from", watch.filters().from().map(LocalDate::toString));
        ApiJson.putOptional(node, "to", watch.filters().to().map(LocalDate::toString));
        ApiJson.putOptional(node, "entity", watch.filters().entityKey());
        ApiJson.putOptional(node, "webhook", watch.webhook().map(WatchHandler::shown));
        ApiJson.putOptional(node, "email", watch.email());
        node.put("created", watch.created().toString());
        node.put("alertCount", alerts().log().count(watch.id()));
        node.put("feed", "/feeds/watches/" + AtomFeeds.enc(watch.id()) + ".atom");
        return node;
    }

    /** scheme://host[:port]/… : enough to recognise it, without the path's token. */
    static String shown(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        boolean more = (url.getRawPath() != null && url.getRawPath().length() > 1) || url.getRawQuery() != null;
        return more ? origin + "/…" : origin;
    }

    private static JsonNode parse(String payload) {
        try {
            return ApiJson.MAPPER.readTree(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored alert payload is not JSON", e);
        }
    }
}
