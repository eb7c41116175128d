package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void listsStoriesWithVolumePerDayAndFirstReport() throws Exception {
        JsonNode kim = get("/api/stories").json.get("stories").get(0);
        assertThat(kim.get("id").asText()).isEqualTo("s-kim");
        assertThat(kim.get("volume").toString())
                .isEqualTo("[{\"date\":\"2023-09-12\",\"count\":1},{\"date\":\"2023-09-13\",\"count\":2}]");
        assertThat(kim.get("firstReported").get("outlet").asText()).isEqualTo("الأمة برس");
        assertThat(kim.get("summary").get(0).get("outlet").asText()).isEqualTo("الأمة برس");
        assertThat(kim.get("articles").get(0).get("articleId").asText()).hasSize(24);
    }

    @Test
    void storiesAndEntitiesArePagedAndFollowNewArticles() throws Exception {
        JsonNode page = get("/api/stories?offset=1&limit=1").json;
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("stories")).hasSize(1);
        // One article each: the newer story first.
        assertThat(page.get("stories").get(0).get("id").asText()).isEqualTo("s-xss");
        assertThat(get("/api/stories?limit=0").status).isEqualTo(400);
        assertThat(get("/api/entities?offset=1&limit=1").json.get("entities")).hasSize(1);
        try (Fixtures own = new Fixtures()) {
            int before = getFrom(own, "/api/entities").get("entities").size();
            assertThat(post(own, "/api/ingest", "text/plain; charset=utf-8",
                    "قمة في القاهرة\n\nقال الرئيس عبد الفتاح السيسي إن القمة ناجحة.").status).isEqualTo(201);
            assertThat(getFrom(own, "/api/entities").get("entities").size()).isGreaterThan(before);
        }
    }

    private static JsonNode getFrom(Fixtures server, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build()).json;
    }

    @Test
    void oneStoryAndMissingStory() throws Exception {
        assertThat(get("/api/stories/s-quake").json.get("headline").asText()).isEqualTo("زلزال المغرب");
        Reply missing = get("/api/stories/none");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.json.get("error").get("message").asText()).isEqualTo("no story none");
    }

    @Test
    void articlesArePaged() throws Exception {
        JsonNode page = get("/api/articles?offset=1&limit=2").json;
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("articles")).hasSize(2);
        assertThat(page.get("articles").get(0).get("source").asText()).isEqualTo("kim-2.txt");
        String id = page.get("articles").get(0).get("id").asText();
        JsonNode article = get("/api/articles/" + id).json;
        assertThat(article.get("text").asText()).startsWith("التقى بوتين");
        assertThat(article.get("entities").get(0).get("key").asText()).isEqualTo("PER:kim");
    }

    @Test
    void badParametersAre400() throws Exception {
        Reply reply = get("/api/articles?limit=abc");
        assertThat(reply.status).isEqualTo(400);
        assertThat(reply.json.get("error").get("message").asText()).contains("limit");
        assertThat(get("/api/search?q=x&from=15-09-2023").status).isEqualTo(400);
        assertThat(get("/api/entities?type=ANIMAL").status).isEqualTo(400);
    }

    @Test
    void entitiesAreMergedByKeyWithCounts() throws Exception {
        JsonNode kim = get("/api/entities?type=PERSON").json.get("entities").get(0);
        assertThat(kim.get("key").asText()).isEqualTo("PER:kim");
        assertThat(kim.get("mentions").asInt()).isEqualTo(2);
        assertThat(kim.get("articles").asInt()).isEqualTo(2);
        assertThat(kim.get("variants").get(0).asText()).isIn("كيم جونج أون", "كيم جونغ أون");
        JsonNode one = get("/api/entities/" + enc("LOC:marrakech")).json;
        assertThat(one.get("articles").get(0).get("outlet").asText()).isEqualTo("هسبريس");
    }

    @Test
    void searchUsesArabicAnalysisAndFilters() throws Exception {
        JsonNode hits = get("/api/search?q=" + enc("صواريخ")).json;
        assertThat(hits.get("total").asInt()).isEqualTo(1);
        JsonNode snippet = hits.get("hits").get(0).get("snippet");
        assertThat(snippet.toString()).contains("\"text\":\"الصواريخ\",\"matched\":true");
        JsonNode byKey = get("/api/search?entity=" + enc("PER:kim") + "&to=2023-09-12").json;
        assertThat(byKey.get("hits")).hasSize(1);
        assertThat(byKey.get("hits").get(0).get("outlet").asText()).isEqualTo("الأمة برس");
    }

    @Test
    void snippetHtmlIsEscapedBeforeMarking() throws Exception {
        JsonNode hit = get("/api/search?q=" + enc("خبيث")).json.get("hits").get(0);
        assertThat(hit.get("snippetHtml").asText()).contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("<mark>خبيث</mark>").doesNotContain("<img");
    }

    @Test
    void jsonNeverCarriesRawAngleBrackets() throws Exception {
        Reply reply = get("/api/stories/s-xss");
        assertThat(reply.body).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
        assertThat(reply.json.get("headline").asText()).isEqualTo(Fixtures.XSS_TITLE);
    }

    @Test
    void ingestsPostedTextAndMakesItSearchable() throws Exception {
        try (Fixtures own = new Fixtures()) {
            Reply reply = post(own, "/api/ingest?source=" + enc("لصق"), "text/plain; charset=utf-8",
                    "فيضانات درنة\n\nجرفت السيول أحياء كاملة في مدينة درنة الليبية.");
            assertThat(reply.status).isEqualTo(201);
            assertThat(reply.json.get("stored")).hasSize(1);
            assertThat(reply.json.get("stored").get(0).get("source").asText()).isEqualTo("لصق");
            assertThat(own.index.search("السيول", dev.marsad.port.SearchIndex.SearchFilters.NONE, 5).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void ingestRefusesLocalPathsAndBadJson() throws Exception {
        assertThat(post("/api/ingest", "application/json", "{\"url\": \"/etc/passwd\"}").status).isEqualTo(400);
        assertThat(post("/api/ingest", "application/json", "{not json").status).isEqualTo(400);
        assertThat(post("/api/ingest", "text/plain", "").status).isEqualTo(400);
    }

    @Test
    void junkIsRefusedNotStored() throws Exception {
        int before = fx.articles.articles().size();
        assertThat(post("/api/ingest", "application/json", "{\"text\": 42}").json.get("error").get("message")
                .asText()).isEqualTo("\"text\" and \"source\" must be strings");
        assertThat(post("/api/ingest", "application/json", "{\"url\": [1]}").status).isEqualTo(400);
        Reply form = post("/api/ingest", "application/x-www-form-urlencoded", "text=%D8%AE%D8%A8%D8%B1");
        assertThat(form.status).isEqualTo(415);
        assertThat(form.json.get("error").get("message").asText()).startsWith("Content-Type must be");
        assertThat(post("/api/ingest?source=" + "s".repeat(1001), "text/plain; charset=utf-8", "نص").status)
                .isEqualTo(400);
        assertThat(fx.articles.articles()).hasSize(before);
    }

    @Test
    void aBadCharsetAndAHugeQueryAreClientErrorsNot500() throws Exception {
        for (String charset : new String[] {"bogus", "x!y", "utf-8\"", ""}) {
            Reply reply = post("/api/ingest", "text/plain; charset=" + charset, "خبر قصير عن زلزال في المغرب.");
            assertThat(reply.status).as(charset).isLessThan(500);
            assertThat(reply.json.has("error") || reply.json.has("stored")).isTrue();
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            words.append("كلمة").append(Integer.toString(i, 36)).append(' ');
        }
        Reply search = get("/api/search?q=" + enc(words.toString()));
        assertThat(search.status).isEqualTo(400);
        assertThat(search.json.get("error").get("message").asText()).contains("too many");
        // Longer than Jetty reads: still the JSON error shape, not Jetty's HTML page.
        Reply uriTooLong = get("/api/search?q=" + "x".repeat(20_000));
        assertThat(uriTooLong.status).isEqualTo(414);
        assertThat(uriTooLong.json.get("error").get("status").asInt()).isEqualTo(414);
        Reply headersTooLarge = send(HttpRequest.newBuilder(URI.create(fx.url("/api/stories")))
                .header("X-Padding", "x".repeat(20_000)).GET().build());
        assertThat(headersTooLarge.status).isEqualTo(431);
        assertThat(headersTooLarge.json.get("error").get("status").asInt()).isEqualTo(431);
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        try (Fixtures small = new Fixtures(1000)) {
            Reply reply = post(small, "/api/ingest", "text/plain; charset=utf-8", "ا".repeat(600));
            assertThat(reply.status).isEqualTo(413);
            assertThat(reply.json.get("error").get("status").asInt()).isEqualTo(413);
        }
    }

    @Test
    void unknownPathIsJson404() throws Exception {
        Reply reply = get("/api/nothing");
        assertThat(reply.status).isEqualTo(404);
        assertThat(reply.json.get("error").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void noCorsAndAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> foreign = CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url("/api/stories")))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        Reply api = get("/api/stories");
        assertThat(api.headers.firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(api.headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void emptyStoreGivesEmptyLists() throws Exception {
        try (dev.marsad.adapter.search.LuceneSearchIndex index = dev.marsad.adapter.search.LuceneSearchIndex.inMemory()) {
            dev.marsad.adapter.memory.InMemoryStoryStore stories = new dev.marsad.adapter.memory.InMemoryStoryStore();
            dev.marsad.adapter.memory.InMemoryArticleStore articles = new dev.marsad.adapter.memory.InMemoryArticleStore();
            try (MarsadServer empty = MarsadServer.start(ServerConfig.loopback(0, WriteToken.ephemeral()), articles, stories, fx.ingest,
                    new SearchFollower(articles, index))) {
                HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(empty.url() + "api/stories")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(reply.body()).isEqualTo("{\"stories\":[],\"total\":0}");
                reply = CLIENT.send(HttpRequest.newBuilder(URI.create(empty.url() + "api/search?q=x")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(reply.body()).isEqualTo("{\"total\":0,\"hits\":[]}");
            }
        }
    }

    @Test
    void bindsLoopback() {
        assertThat(fx.server.url()).startsWith("http://127.0.0.1:");
    }

    private record Reply(int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {
    }

    private static Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(fx.url(path))).GET().build());
    }

    private static Reply post(String path, String type, String body) throws IOException, InterruptedException {
        return post(fx, path, type, body);
    }

    private static Reply post(Fixtures server, String path, String type, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", type)
                .header(WriteToken.HEADER, server.token.value())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Reply(response.statusCode(), response.body(), json, response.headers());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
