package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.model.Quote;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/quotes}: the fixture's five quoted articles (three stories) plus two by known speakers. */
class QuotesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        fx = new Fixtures();
        fx.storeQuotes("peskov.txt", "الكرملين يعلق", "روسيا اليوم", Optional.of("2023-09-15"),
                "قال بيسكوف إن المحادثات كانت مثمرة. وأكد بوتين أن التعاون سيستمر.", List.of(
                        new Quote(Optional.of("ديمتري بيسكوف"), Optional.of("PER:peskov"), "المحادثات كانت مثمرة", true),
                        new Quote(Optional.of("فلاديمير بوتين"), Optional.of("PER:putin"), "أكد أن التعاون سيستمر", false)));
        fx.storeQuotes("undated.txt", "بلا تاريخ", "وكالة", Optional.empty(), "قال بيسكوف: لا تعليق.", List.of(
                new Quote(Optional.of("بيسكوف"), Optional.of("PER:peskov"), "لا تعليق", true)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void bySpeakerKeyNewestFirstWithArticleOutletDateAndNoStoryYet() throws Exception {
        JsonNode page = get("/api/quotes?speaker=PER:peskov");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode first = page.get("quotes").get(0);
        assertThat(first.get("text").asText()).isEqualTo("المحادثات كانت مثمرة");
        assertThat(first.get("speaker").asText()).isEqualTo("ديمتري بيسكوف");
        assertThat(first.get("speakerKey").asText()).isEqualTo("PER:peskov");
        assertThat(first.get("direct").asBoolean()).isTrue();
        assertThat(first.get("articleId").asText()).hasSize(24);
        assertThat(first.get("source").asText()).isEqualTo("peskov.txt");
        assertThat(first.get("outlet").asText()).isEqualTo("روسيا اليوم");
        assertThat(first.get("published").asText()).isEqualTo("2023-09-15");
        assertThat(first.get("storyId").isNull()).isTrue();
        assertThat(page.get("quotes").get(1).get("published").isNull()).isTrue();
    }

    @Test
    void wordsMatchAfterArabicFoldingInTextOrSpeaker() throws Exception {
        JsonNode reported = get("/api/quotes?q=" + enc("اكد التعاون"));
        assertThat(reported.get("total").asInt()).isEqualTo(1);
        assertThat(reported.get("quotes").get(0).get("direct").asBoolean()).isFalse();
        assertThat(reported.get("quotes").get(0).get("speakerKey").asText()).isEqualTo("PER:putin");
        assertThat(get("/api/quotes?q=" + enc("ديمتري")).get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/quotes?q=" + enc("كلمة غير موجودة")).get("total").asInt()).isZero();
    }

    @Test
    void datesBoundThePublicationDayAndTheStoryIsNamedWhenKnown() throws Exception {
        JsonNode page = get("/api/quotes?from=2023-09-13&to=2023-09-14");
        List<String> sources = new ArrayList<>();
        page.get("quotes").forEach(q -> sources.add(q.get("source").asText()));
        assertThat(sources).containsExactly("xss.html", "kim-2.txt", "kim-3.txt");
        assertThat(page.get("quotes").get(1).get("storyId").asText()).isEqualTo("s-kim");
        assertThat(page.get("quotes").get(0).get("storyId").asText()).isEqualTo("s-xss");
    }

    @Test
    void pagedAndBounded() throws Exception {
        JsonNode all = get("/api/quotes");
        assertThat(all.get("total").asInt()).isEqualTo(8);
        JsonNode page = get("/api/quotes?offset=1&limit=2");
        assertThat(page.get("total").asInt()).isEqualTo(8);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("quotes")).hasSize(2);
        assertThat(page.get("quotes").get(0)).isEqualTo(all.get("quotes").get(1));
        assertThat(status("/api/quotes?limit=201")).isEqualTo(400);
        assertThat(status("/api/quotes?from=yesterday")).isEqualTo(400);
        assertThat(status("/api/quotes?q=" + "x".repeat(1001))).isEqualTo(400);
    }

    @Test
    void markupInASpeakerOrQuoteIsEscapedText() throws Exception {
        String body = send("/api/quotes?speaker=").body();
        assertThat(body).doesNotContain("<i>").doesNotContain("<img").contains("\\u003Ci\\u003E");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> reply = send(path);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static int status(String path) throws Exception {
        HttpResponse<String> reply = send(path);
        assertThat(reply.body()).startsWith("{\"error\":");
        return reply.statusCode();
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
