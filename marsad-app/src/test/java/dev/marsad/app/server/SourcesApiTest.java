package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/sources} and {@code /sources} over the health a watch recorded. */
class SourcesApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        fx = new Fixtures();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void listsEachSourceWithItsHealthAndStatus() throws Exception {
        Instant now = Instant.now();
        fx.sources = SourceSamples.around(now);
        HttpResponse<String> reply = send("/api/sources");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("<img").doesNotContain("<b>");
        JsonNode root = new ObjectMapper().readTree(reply.body());
        assertThat(root.get("total").asInt()).isEqualTo(4);
        JsonNode agency = root.get("sources").get(0);
        assertThat(agency.get("name").asText()).isEqualTo("agency");
        assertThat(agency.get("url").asText()).isEqualTo("https://agency.example/rss");
        assertThat(agency.get("outlet").asText()).isEqualTo(SourceSamples.MARKUP_OUTLET);
        assertThat(agency.get("language").asText()).isEqualTo("ar");
        assertThat(agency.get("country").asText()).isEqualTo("EG");
        assertThat(agency.get("intervalSeconds").asLong()).isEqualTo(600);
        assertThat(agency.get("status").asText()).isEqualTo("ok");
        assertThat(Instant.parse(agency.get("nextPoll").asText()))
                .isEqualTo(Instant.parse(agency.get("lastPoll").asText()).plusSeconds(600));
        assertThat(agency.get("articlesStored").asLong()).isEqualTo(3);
        assertThat(agency.get("lastError").isNull()).isTrue();
        JsonNode dead = root.get("sources").get(1);
        assertThat(dead.get("status").asText()).isEqualTo("failing");
        assertThat(dead.get("errorsInRow").asInt()).isEqualTo(3);
        assertThat(dead.get("lastNewArticle").isNull()).isTrue();
        assertThat(root.get("sources").get(2).get("status").asText()).isEqualTo("new");
        assertThat(root.get("sources").get(3).get("status").asText()).as("no watch polls it any more")
                .isEqualTo("overdue");
    }

    @Test
    void noSourcesIsAnEmptyListAndThePageIsServed() throws Exception {
        fx.sources = java.util.List.of();
        assertThat(send("/api/sources").body()).contains("\"total\":0,\"sources\":[]");
        HttpResponse<String> page = send("/sources");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.body()).contains("<script src=\"/sources.js\" defer></script>");
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
