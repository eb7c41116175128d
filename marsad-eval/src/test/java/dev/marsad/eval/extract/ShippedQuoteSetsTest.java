package dev.marsad.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.files.DataDirs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The labels-only quote sets shipped with the eval: no article is in two of them (quotes-fresh3 and quotes-fresh4 are the unseen checks,
 * quotes-fresh2 and quotes-fresh5 train the ranker, quotes-fresh6 decides whether it overrules the rules,
 * quotes-fresh7 is a tuning set and trains the ranker, quotes-fresh8, quotes-fresh9, quotes-fresh10, quotes-fresh11, quotes-fresh12, quotes-fresh13 and quotes-fresh14 are tuning sets), every label is complete, and — where the corpora are present — every labelled
 * quote's first words stand in the article text the eval reads.
 */
class ShippedQuoteSetsTest {
    private static final List<String> SETS = List.of(NewsQuotes.FRESH_GOLD, NewsQuotes.FRESH2_GOLD, NewsQuotes.FRESH3_GOLD,
            NewsQuotes.FRESH4_GOLD, NewsQuotes.FRESH5_GOLD, NewsQuotes.FRESH6_GOLD, NewsQuotes.FRESH7_GOLD,
            NewsQuotes.FRESH8_GOLD, NewsQuotes.FRESH9_GOLD, NewsQuotes.FRESH10_GOLD,
            NewsQuotes.FRESH11_GOLD, NewsQuotes.FRESH12_GOLD, NewsQuotes.FRESH13_GOLD,
            NewsQuotes.FRESH14_GOLD);

    private static List<JsonNode> labels(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = NewsQuotes.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }

    @Test
    void noArticleIsInTwoSets() throws IOException {
        Set<String> keys = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (String set : SETS) {
            for (JsonNode l : labels(set)) {
                assertThat(keys.add(l.path("key").asText())).as(set + " " + l.path("id").asText() + " key").isTrue();
                assertThat(titles.add(l.path("title").asText().strip())).as(set + " " + l.path("id").asText() + " title").isTrue();
            }
        }
    }

    @Test
    void freshThreeHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH3_GOLD, 1600, 129, 41, 13);
    }

    @Test
    void freshFourHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH4_GOLD, 1500, 108, 27, 20);
    }

    @Test
    void freshFiveHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH5_GOLD, 1500, 115, 18, 18);
    }

    @Test
    void freshSixHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH6_GOLD, 1500, 138, 25, 27);
    }

    @Test
    void freshSevenHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH7_GOLD, 1500, 126, 30, 24);
    }

    @Test
    void freshEightHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH8_GOLD, 1500, 132, 44, 30);
    }

    @Test
    void freshNineHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH9_GOLD, 1500, 119, 35, 23);
    }

    @Test
    void freshTenHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH10_GOLD, 1500, 116, 36, 19);
    }

    @Test
    void freshElevenHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH11_GOLD, 1500, 135, 41, 17);
    }

    @Test
    void freshTwelveHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH12_GOLD, 1500, 137, 55, 11);
    }

    @Test
    void freshThirteenHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH13_GOLD, 1500, 130, 37, 35);
    }

    @Test
    void freshFourteenHasItsDocumentedCounts() throws IOException {
        assertDocumentedCounts(NewsQuotes.FRESH14_GOLD, 1500, 139, 34, 20);
    }

    /**
     * A set of 30 articles of 800 to {@code maxChars} characters, every quote with a text and a direct flag, holding
     * the quotations, direct ones and ones with no named speaker its SOURCE.md documents.
     */
    private static void assertDocumentedCounts(String set, int maxChars, int quotes, int direct, int unnamed)
            throws IOException {
        List<JsonNode> articles = labels(set);
        int quoteCount = 0;
        int directCount = 0;
        int unnamedCount = 0;
        for (JsonNode a : articles) {
            assertThat(a.path("chars").asInt()).as(set + " " + a.path("id").asText()).isBetween(800, maxChars);
            for (JsonNode q : a.path("quotes")) {
                assertThat(q.path("text").asText()).as(set + " " + a.path("id").asText()).isNotBlank();
                assertThat(q.path("direct").isBoolean()).as(set + " " + a.path("id").asText()).isTrue();
                quoteCount++;
                directCount += q.path("direct").asBoolean() ? 1 : 0;
                unnamedCount += q.path("speaker").asText().isBlank() ? 1 : 0;
            }
        }
        assertThat(articles).as(set).hasSize(30);
        assertThat(List.of(quoteCount, directCount, unnamedCount)).as(set).containsExactly(quotes, direct, unnamed);
    }

    @Test
    void everyLabelledTextStandsInItsArticle() throws IOException {
        Optional<Path> root = DataDirs.resolve(Optional.empty()).filter(NewsQuotes::freshPresent);
        assumeTrue(root.isPresent(), "saudinewsnet / ant-multisource corpora not present");
        for (String set : SETS) {
            List<String> problems = new ArrayList<>();
            List<NewsQuotes.NewsArticle> articles = NewsQuotes.loadFresh(root.get(), set, problems);
            assertThat(problems).as(set).isEmpty();
            for (NewsQuotes.NewsArticle a : articles) {
                for (NewsQuotes.NewsQuote q : a.quotes()) {
                    assertThat(a.text()).as(set + " " + a.id()).contains(q.gold().firstWords());
                }
            }
        }
    }
}
