package dev.marsad.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes-dev format, its fixed split and the per-kind tally, on files written for the test. */
class NewsQuotesTest {
    @TempDir
    Path dir;

    private void write(String texts, String gold) throws IOException {
        Files.writeString(dir.resolve("texts.jsonl"), texts, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
    }

    @Test
    void readsArticlesWithTheirQuotesAndDates() throws IOException {
        write("""
                {"id": "q00", "from": "story-days/saudi-2015-08-09/articles/a001.html", "title": "ع", "text": "قال الوزير سامي علي إن الخطة جاهزة تماما."}
                {"id": "q07", "from": "story-days/pan-arab-2018-03-12/articles/a002.html", "title": "ع", "text": "نص آخر."}
                """, """
                {"id": "q00", "quotes": [{"text": "الخطة جاهزة تماما", "speaker": "سامي علي", "direct": false}]}
                {"id": "q07", "quotes": []}
                """);
        assertThat(NewsQuotes.present(dir)).isTrue();
        List<NewsQuotes.NewsArticle> articles = NewsQuotes.load(dir);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).published()).isEqualTo("2015-08-09");
        assertThat(articles.get(0).quotes()).singleElement().satisfies(q -> {
            assertThat(q.gold().speaker()).isEqualTo("سامي علي");
            assertThat(q.direct()).isFalse();
        });
        assertThat(articles.get(1).quotes()).isEmpty();
    }

    @Test
    void heldOutPartIsTheOddIdsFromFive() throws IOException {
        StringBuilder texts = new StringBuilder();
        for (String id : List.of("q00", "q01", "q03", "q04", "q05", "q06", "q35")) {
            texts.append("{\"id\": \"").append(id).append("\", \"from\": \"\", \"title\": \"\", \"text\": \"نص.\"}\n");
        }
        write(texts.toString(), "");
        List<String> heldOut = NewsQuotes.load(dir).stream().filter(NewsQuotes.NewsArticle::heldOut)
                .map(NewsQuotes.NewsArticle::id).toList();
        assertThat(heldOut).containsExactly("q05", "q35");
    }

    @Test
    void malformedLineNamesItsFileAndLine() throws IOException {
        write("{\"id\": \"q00\", \"text\": \"نص.\"}\n", "{\"id\": \"q00\", \"quotes\": [{\"text\": \"\"}]}\n");
        assertThatThrownBy(() -> NewsQuotes.load(dir)).hasMessageContaining("gold.jsonl line 1");
    }

    @Test
    void kindsCountFoundAndRightPerGoldKind() throws IOException {
        write("""
                {"id": "q00", "from": "", "title": "", "text": "نص."}
                """, """
                {"id": "q00", "quotes": [{"text": "الخطة جاهزة", "speaker": "سامي علي", "direct": true}, {"text": "لا تعليق الآن", "speaker": "", "direct": false}]}
                """);
        NewsQuotes.NewsArticle a = NewsQuotes.load(dir).get(0);
        QuoteTally tally = new QuoteTally();
        List<QuoteTally.Outcome> outcomes = tally.add("q00", a.golds(), List.of(
                new Quote(Optional.of("سامي علي"), Optional.empty(), "الخطة جاهزة للتنفيذ", true)));
        assertThat(outcomes).containsExactly(new QuoteTally.Outcome(true, true), new QuoteTally.Outcome(false, false));
        KindTally kinds = new KindTally();
        for (int i = 0; i < outcomes.size(); i++) {
            kinds.add(a.quotes().get(i), outcomes.get(i));
        }
        assertThat(kinds.report()).anySatisfy(line -> assertThat(line).contains("direct").contains("gold   1").contains("found   1 (recall 1.000)"));
        assertThat(kinds.report()).anySatisfy(line -> assertThat(line).contains("unnamed").contains("found   0 (recall 0.000)"));
    }
}
