package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.marsad.model.Quote;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Atom feeds (parsed back with Rome) and CSV exports (parsed back with Commons CSV) over the fixture store. */
class FeedsAndCsvTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String TRICKY = "=HYPERLINK(\"http://x\") قال، \"بفاصلة\"\nوسطر ثان";
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        fx = new Fixtures();
        fx.storeQuotes("tricky.txt", "عنوان, بفاصلة", "وكالة", Optional.of("2023-09-20"), "نص المقال.", List.of(
                new Quote(Optional.of("ديمتري بيسكوف"), Optional.of("PER:peskov"), TRICKY, true)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void topStoriesFeedIsAtomWithEachStoryAsTextEntry() throws Exception {
        HttpResponse<String> reply = send("/feeds/stories.atom");
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        SyndFeed feed = parse(reply.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
                .containsExactly("urn:marsad:story:s-kim", "urn:marsad:story:s-xss", "urn:marsad:story:s-quake");
        SyndEntry kim = feed.getEntries().get(0);
        assertThat(kim.getTitle()).isEqualTo("زيارة كيم جونغ أون إلى روسيا");
        assertThat(kim.getLink()).isEqualTo(fx.url("/api/stories/s-kim"));
        assertThat(kim.getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2023-09-13T00:00:00Z"));
        assertThat(kim.getDescription().getValue()).isEqualTo("قال بيسكوف إن المحادثات حساسة.");
        assertThat(kim.getAuthor()).contains("الأمة برس").contains("سبوتنيك عربي");
    }

    @Test
    void markupInStoredTextStaysTextInTheFeed() throws Exception {
        String body = send("/feeds/stories.atom").body();
        assertThat(body).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
        SyndEntry xss = parse(body).getEntries().get(1);
        assertThat(xss.getTitle()).isEqualTo(Fixtures.XSS_TITLE);
        assertThat(xss.getDescription().getType()).isEqualTo("text");
    }

    @Test
    void searchFeedListsTheHitsWithLinksToTheArticles() throws Exception {
        SyndFeed feed = parse(send("/feeds/search.atom?q=" + enc("زلزال")).body());
        assertThat(feed.getEntries()).hasSize(1);
        SyndEntry quake = feed.getEntries().get(0);
        assertThat(quake.getTitle()).isEqualTo("زلزال يضرب الحوز");
        assertThat(quake.getLink()).startsWith(fx.url("/api/articles/"));
        assertThat(quake.getAuthor()).isEqualTo("هسبريس");
        assertThat(send("/feeds/search.atom?q=" + "x%20".repeat(65)).statusCode()).isEqualTo(400);
    }

    @Test
    void entityFeedHasItsArticlesNewestFirstAndUnknownKeyIs404() throws Exception {
        SyndFeed feed = parse(send("/feeds/entity/" + enc("PER:kim") + ".atom").body());
        assertThat(feed.getTitle()).contains("كيم");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("قمة بوتين وكيم جونج أون", "كيم جونغ أون يصل إلى روسيا");
        HttpResponse<String> missing = send("/feeds/entity/none.atom");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":{\"status\":404,\"message\":\"no entity none\"}}");
    }

    @Test
    void quotesCsvHasABomAHeaderAndQuotingThatParsesBack() throws Exception {
        HttpResponse<String> reply = send("/api/quotes?format=csv&speaker=PER:peskov");
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).contains("quotes.csv");
        assertThat(reply.body()).startsWith("\uFEFFtext,speaker,speakerKey,direct,");
        List<CSVRecord> rows = csv(reply.body());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        // The formula is defused with an apostrophe; the comma, quotes and line break survive.
        assertThat(row.get("text")).isEqualTo("'" + TRICKY);
        assertThat(row.get("speaker")).isEqualTo("ديمتري بيسكوف");
        assertThat(row.get("direct")).isEqualTo("true");
        assertThat(row.get("title")).isEqualTo("عنوان, بفاصلة");
        assertThat(row.get("published")).isEqualTo("2023-09-20");
        assertThat(row.get("storyId")).isEmpty();
        assertThat(row.get("articleId")).hasSize(24);
    }

    @Test
    void quotesCsvNamesTheStoryAndIsBounded() throws Exception {
        List<CSVRecord> rows = csv(send("/api/quotes?format=csv&from=2023-09-12&to=2023-09-12").body());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("storyId")).isEqualTo("s-kim"));
        assertThat(send("/api/quotes?format=csv&limit=5001").statusCode()).isEqualTo(400);
        assertThat(send("/api/quotes?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void searchCsvHasOneRowPerHit() throws Exception {
        HttpResponse<String> reply = send("/api/search?format=csv&q=" + enc("كيم"));
        assertThat(reply.body()).startsWith("\uFEFFid,title,outlet,published,score,snippet");
        List<CSVRecord> rows = csv(reply.body());
        assertThat(rows).extracting(r -> r.get("title"))
                .containsExactlyInAnyOrder("كيم جونغ أون يصل إلى روسيا", "قمة بوتين وكيم جونج أون");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("id")).hasSize(24);
            assertThat(Double.parseDouble(r.get("score"))).isPositive();
            assertThat(r.get("snippet")).contains("كيم");
        });
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        assertThat(body).startsWith(CsvExport.BOM);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
