package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An entity's page ({@code /api/entities/{key}}) and the entities CSV over the fixture store plus one article
 * in which كيم speaks and موسكو is named.
 */
class EntityPageApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String SAID = "نرحب بالتعاون مع موسكو";
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        fx = new Fixtures();
        String text = "قال كيم جونغ أون في موسكو: " + SAID + ".";
        fx.storeExtracted("kim-moscow.txt", "كيم في موسكو", "الأمة برس", "2023-09-13T09:00:00Z", text, List.of(
                new Entity("كيم جونغ أون", EntityType.PERSON, "PER:kim", 4, 16),
                new Entity("موسكو", EntityType.LOCATION, "LOC:moscow", 20, 25),
                new Entity("موسكو", EntityType.LOCATION, "LOC:moscow", 48, 53)),
                List.of(new Quote(Optional.of("كيم جونغ أون"), Optional.of("PER:kim"), SAID, true)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void pageKeepsTheOldFieldsAndCountsEverySpelling() throws Exception {
        JsonNode kim = get("/api/entities/" + enc("PER:kim"));
        assertThat(kim.get("key").asText()).isEqualTo("PER:kim");
        assertThat(kim.get("name").asText()).isEqualTo("كيم جونغ أون");
        assertThat(kim.get("variants").toString()).isEqualTo("[\"كيم جونج أون\"]");
        assertThat(kim.get("mentions").asInt()).isEqualTo(3);
        assertThat(kim.get("spellings").toString())
                .isEqualTo("[{\"text\":\"كيم جونغ أون\",\"count\":2},{\"text\":\"كيم جونج أون\",\"count\":1}]");
        assertThat(kim.get("articleTotal").asInt()).isEqualTo(3);
        // Newest first, each with its story where it has one.
        assertThat(kim.get("articles")).extracting(a -> a.get("title").asText())
                .containsExactly("كيم في موسكو", "قمة بوتين وكيم جونج أون", "كيم جونغ أون يصل إلى روسيا");
        assertThat(kim.get("articles").get(1).get("storyId").asText()).isEqualTo("s-kim");
        assertThat(kim.get("articles").get(0).get("storyId").isNull()).isTrue();
    }

    @Test
    void mentionsArePerDay() throws Exception {
        assertThat(get("/api/entities/" + enc("PER:kim")).get("perDay").toString()).isEqualTo(
                "[{\"date\":\"2023-09-12\",\"mentions\":1,\"articles\":1},"
                        + "{\"date\":\"2023-09-13\",\"mentions\":2,\"articles\":2}]");
        assertThat(get("/api/entities/" + enc("LOC:moscow")).get("perDay").toString())
                .isEqualTo("[{\"date\":\"2023-09-13\",\"mentions\":2,\"articles\":1}]");
    }

    @Test
    void storiesQuotesCompanionsAndOutlets() throws Exception {
        JsonNode kim = get("/api/entities/" + enc("PER:kim"));
        assertThat(kim.get("storyTotal").asInt()).isEqualTo(1);
        assertThat(kim.get("stories").get(0).get("id").asText()).isEqualTo("s-kim");
        assertThat(kim.get("stories").get(0).get("articles").asInt()).isEqualTo(3);
        assertThat(kim.get("quotesBy").get("total").asInt()).isEqualTo(1);
        assertThat(kim.get("quotesBy").get("quotes").get(0).get("text").asText()).isEqualTo(SAID);
        // The fixtures' quotes hold their whole article text, so those naming كيم (in either spelling) count.
        assertThat(kim.get("quotesAbout").get("total").asInt()).isEqualTo(2);
        assertThat(kim.get("related").toString())
                .isEqualTo("[{\"key\":\"LOC:moscow\",\"name\":\"موسكو\",\"type\":\"LOCATION\",\"articles\":1}]");
        assertThat(kim.get("outlets").toString()).isEqualTo(
                "[{\"outlet\":\"الأمة برس\",\"articles\":2},{\"outlet\":\"سبوتنيك عربي\",\"articles\":1}]");
        JsonNode moscow = get("/api/entities/" + enc("LOC:moscow"));
        assertThat(moscow.get("quotesBy").get("total").asInt()).isZero();
        assertThat(moscow.get("quotesAbout").get("quotes").get(0).get("speakerKey").asText()).isEqualTo("PER:kim");
        assertThat(moscow.get("stories")).isEmpty();
    }

    @Test
    void articlesArePagedAndAnUnknownKeyIs404() throws Exception {
        JsonNode page = get("/api/entities/" + enc("PER:kim") + "?offset=1&limit=1");
        assertThat(page.get("articles")).singleElement()
                .satisfies(a -> assertThat(a.get("title").asText()).isEqualTo("قمة بوتين وكيم جونج أون"));
        assertThat(send("/api/entities/none").statusCode()).isEqualTo(404);
        assertThat(send("/api/entities/" + enc("PER:kim") + "?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aSpellingIsFoundAsAWordNotInsideALongerOne() {
        assertThat(EntityProfile.names("ولمصر دور", "مصر")).isTrue();
        assertThat(EntityProfile.names("قال مصرف لبنان", "مصر")).isFalse();
        assertThat(EntityProfile.names("مصرف مصر.", "مصر")).isTrue();
    }

    @Test
    void entitiesCsvOfAllAndOfASearch() throws Exception {
        HttpResponse<String> reply = send("/api/entities?format=csv");
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).contains("entities.csv");
        assertThat(reply.body()).startsWith("\uFEFFkey,name,type,variants,mentions,articles");
        List<CSVRecord> all = csv(reply.body());
        CSVRecord kim = all.get(0);
        assertThat(kim.get("key")).isEqualTo("PER:kim");
        assertThat(kim.get("variants")).isEqualTo("كيم جونج أون");
        assertThat(kim.get("mentions")).isEqualTo("3");
        assertThat(kim.get("articles")).isEqualTo("3");
        assertThat(all).extracting(r -> r.get("key")).contains("LOC:marrakech", "LOC:moscow");

        // Only the articles the search finds, and mentions counted in them alone.
        List<CSVRecord> rockets = csv(send("/api/entities?format=csv&q=" + enc("صواريخ")).body());
        assertThat(rockets).singleElement().satisfies(r -> {
            assertThat(r.get("key")).isEqualTo("PER:kim");
            assertThat(r.get("name")).isEqualTo("كيم جونج أون");
            assertThat(r.get("mentions")).isEqualTo("1");
        });
        List<CSVRecord> early = csv(send("/api/entities?format=csv&to=2023-09-10").body());
        assertThat(early).extracting(r -> r.get("key")).containsExactly("LOC:marrakech");
        JsonNode json = get("/api/entities?type=LOCATION&q=" + enc("موسكو"));
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("entities").get(0).get("key").asText()).isEqualTo("LOC:moscow");
    }

    @Test
    void entitiesCsvDefusesFormulasAndMarkupStaysData() throws Exception {
        List<CSVRecord> rows = csv(send("/api/entities?format=csv&q=" + enc("خبيث")).body());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("<img src=x onerror=alert(3)>"));
        assertThat(CsvExport.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(send("/api/entities?format=csv&limit=5001").statusCode()).isEqualTo(400);
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        assertThat(body).startsWith(CsvExport.BOM);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> reply = send(path);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
