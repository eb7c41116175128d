package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/watches} and {@code /feeds/watches/{id}.atom} on a running server whose ingests evaluate watches. */
class WatchApiTest {
    @TempDir
    static Path dir;
    static WatchingServer watching;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        watching = new WatchingServer(dir);
    }

    @AfterAll
    static void stop() {
        watching.close();
    }

    static HttpResponse<String> send(String method, String path, String body, boolean token, String origin)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(watching.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token) {
            request.header(WriteToken.HEADER, watching.token.value());
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void writesNeedTheTokenAndThisOrigin() throws Exception {
        String body = "{\"name\": \"x\", \"q\": \"درنة\"}";
        assertThat(send("POST", "/api/watches", body, false, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/watches", body, true, "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/watches/anything", null, false, null).statusCode()).isEqualTo(401);
    }

    @Test
    void badWatchesAreRefusedWithTheFieldAndTheReason() throws Exception {
        assertThat(json(send("POST", "/api/watches", "{\"q\": \"درنة\"}", true, null)).at("/error/message").asText())
                .contains("\"name\" is required");
        assertThat(json(send("POST", "/api/watches", "{\"name\": \"x\"}", true, null)).at("/error/message").asText())
                .contains("needs \"q\", \"entity\"");
        assertThat(json(send("POST", "/api/watches", "{\"name\": \"x\", \"q\": \"a\", \"from\": \"13/09/2023\"}", true,
                null)).at("/error/message").asText()).contains("\"from\" must be a date");
        HttpResponse<String> loopback = send("POST", "/api/watches",
                "{\"name\": \"x\", \"q\": \"a\", \"webhook\": \"http://127.0.0.1:8080/hook\"}", true, null);
        assertThat(loopback.statusCode()).isEqualTo(400);
        assertThat(json(loopback).at("/error/message").asText()).contains("loopback");
        assertThat(json(send("POST", "/api/watches", "{\"name\": \"x\", \"q\": \"a\", \"email\": \"desk@example.org\"}",
                true, null)).at("/error/message").asText()).contains("MARSAD_SMTP_HOST");
        assertThat(json(send("POST", "/api/watches", "{\"name\": \"x\", \"q\": \"a\", \"colour\": \"red\"}",
                true, null)).at("/error/message").asText()).contains("unknown field \"colour\"");
        assertThat(send("POST", "/api/watches", "[1]", true, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aWatchIsCreatedListedAlertedFedAndDeleted() throws Exception {
        HttpResponse<String> created = send("POST", "/api/watches",
                "{\"name\": \"فيضانات ليبيا\", \"q\": \"فيضانات درنة\"}", true, null);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode watch = json(created);
        String id = watch.get("id").asText();
        assertThat(watch.get("secret").asText()).matches("[0-9a-f]{64}");
        assertThat(watch.get("feed").asText()).isEqualTo("/feeds/watches/" + id + ".atom");

        JsonNode list = json(send("GET", "/api/watches", null, false, null));
        JsonNode listed = null;
        for (JsonNode w : list.get("watches")) {
            if (w.get("id").asText().equals(id)) {
                listed = w;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.has("secret")).as("the secret is shown once").isFalse();
        assertThat(listed.get("q").asText()).isEqualTo("فيضانات درنة");
        assertThat(listed.get("alertCount").asInt()).isZero();

        HttpResponse<String> ingested = send("POST", "/api/ingest", JSON.createObjectNode()
                .put("text", "فيضانات درنة <script>alert(1)</script>\n\nجرفت السيول والفيضانات أحياء كاملة في مدينة درنة الليبية يوم 11 سبتمبر 2023.")
                .put("source", "https://news.example/derna").toString(), true, null);
        assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(201);
        send("POST", "/api/ingest", JSON.createObjectNode().put("text", "مباراة كرة\n\nفاز ريال مدريد على خيتافي.")
                .put("source", "https://news.example/football").toString(), true, null);

        JsonNode detail = json(send("GET", "/api/watches/" + id, null, false, null));
        assertThat(detail.get("alertCount").asInt()).isEqualTo(1);
        JsonNode alert = detail.get("alerts").get(0);
        assertThat(alert.get("headline").asText()).contains("فيضانات درنة");
        assertThat(alert.at("/article/source").asText()).isEqualTo("https://news.example/derna");
        assertThat(alert.get("deliveries")).isEmpty();

        HttpResponse<String> feed = send("GET", "/feeds/watches/" + id + ".atom", null, false, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<title>مرصد: فيضانات ليبيا</title>").contains("فيضانات درنة")
                .contains("/api/stories/" + alert.get("storyId").asText())
                .doesNotContain("<script>").contains("&lt;script&gt;");

        assertThat(send("DELETE", "/api/watches/" + id, null, true, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/watches/" + id, null, false, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/feeds/watches/" + id + ".atom", null, false, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/watches/" + id, null, true, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aServerWithoutADatabaseSaysSo() throws Exception {
        InMemoryArticleStore none = new InMemoryArticleStore();
        try (MarsadServer bare = MarsadServer.start(ServerConfig.loopback(0, watching.token), none,
                new InMemoryStoryStore(), watching.ingest, new SearchFollower(none, watching.index))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(bare.url() + "api/watches")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
        }
    }

    @Test
    void aWebhookIsShownWithoutItsPath() {
        assertThat(WatchHandler.shown(URI.create("https://hooks.example.org/services/T0/B0/secret")))
                .isEqualTo("https://hooks.example.org/…");
        assertThat(WatchHandler.shown(URI.create("https://hooks.example.org"))).isEqualTo("https://hooks.example.org");
    }
}
