package dev.marsad.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.adapter.files.DataDirs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnseenStoryDaysTest {
    private static final UnseenStoryDays.Definition FIXTURE = new UnseenStoryDays.Definition("fixture-day", "corpus",
            "articles.jsonl.gz", List.of("middleEast", "economy"), List.of("20180409", "20180410"), 3,
            Map.of("skynews", "سكاي نيوز عربية", "alarabia", "العربية"));

    @TempDir
    Path data;

    @Test
    void buildsTheDayFromTheSelectedRecordsInPublicationOrder() throws IOException {
        writeCorpus(
                // 22:00 GMT on the 9th: after the Al Arabiya record of 01:00 +04:00 on the 10th (21:00 GMT)
                record("SK-middleEast-2-20180409", "skynews", "middleEast", "Mon, 09 Apr 2018 22:00:00 GMT",
                        "ضربة على مطار التيفور", "قال التلفزيون السوري <b>اليوم</b> إن المطار استهدف.\nوأضاف أن عددا من الصواريخ أسقط."),
                record("AL-economy-5-20180410", "alarabia", "economy", "Tue, 10 Apr 2018 01:00:00 +0400",
                        "الليرة التركية تهبط", "هوت الليرة التركية أمام الدولار."),
                record("SK-sport-3-20180409", "skynews", "sport", "Mon, 09 Apr 2018 10:00:00 GMT", "مباراة", "نص."),
                record("SK-middleEast-9-20180411", "skynews", "middleEast", "Wed, 11 Apr 2018 10:00:00 GMT", "غدا", "نص."),
                record("SK-middleEast-1-20180409", "skynews", "middleEast", "2018-04-09T08:30:00+03:00",
                        "روحاني يحذر \"واشنطن\"", "قال الرئيس الإيراني إن الولايات المتحدة ستندم."));
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("SK-middleEast-1-20180409", "s1");
        gold.put("SK-middleEast-2-20180409", "s2");
        gold.put("AL-economy-5-20180410", "s3");

        UnseenStoryDays.Day day = UnseenStoryDays.build(data, FIXTURE, gold).orElseThrow();

        assertThat(day.pages()).extracting(UnseenStoryDays.Page::id)
                .containsExactly("SK-middleEast-1-20180409", "AL-economy-5-20180410", "SK-middleEast-2-20180409");
        assertThat(day.gold()).isEqualTo(gold);
        String tiyas = new String(day.pages().get(2).html(), StandardCharsets.UTF_8);
        assertThat(tiyas)
                .contains("<meta property=\"og:site_name\" content=\"سكاي نيوز عربية\">")
                .contains("<meta property=\"article:published_time\" content=\"2018-04-09T22:00:00+00:00\">")
                .contains("<h1>ضربة على مطار التيفور</h1>")
                .contains("<p>قال التلفزيون السوري &lt;b&gt;اليوم&lt;/b&gt; إن المطار استهدف.</p>\n<p>وأضاف أن عددا من الصواريخ أسقط.</p>")
                .doesNotContain("<b>");
        String lira = new String(day.pages().get(1).html(), StandardCharsets.UTF_8);
        assertThat(lira).contains("content=\"العربية\"").contains("content=\"2018-04-10T01:00:00+04:00\"");
        String rouhani = new String(day.pages().get(0).html(), StandardCharsets.UTF_8);
        assertThat(rouhani).contains("<h1>روحاني يحذر &quot;واشنطن&quot;</h1>");
    }

    @Test
    void aDefinitionSelectsItsCategoriesOnItsDatesOnly() throws IOException {
        // What train background leaves out of the background frequencies: exactly the records that make the day.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(FIXTURE.selects(json.readTree("{\"docno\":\"SK-middleEast-2-20180409\",\"cat\":\"middleEast\"}"))).isTrue();
        assertThat(FIXTURE.selects(json.readTree("{\"docno\":\"SK-sport-3-20180409\",\"cat\":\"sport\"}"))).isFalse();
        assertThat(FIXTURE.selects(json.readTree("{\"docno\":\"SK-middleEast-9-20180411\",\"cat\":\"middleEast\"}"))).isFalse();
        assertThat(UnseenStoryDays.definitions()).extracting(UnseenStoryDays.Definition::name)
                .containsExactlyElementsOf(UnseenStoryDays.names());
    }

    @Test
    void absentCorpusGivesNoDay() throws IOException {
        assertThat(UnseenStoryDays.build(data, FIXTURE, Map.of())).isEqualTo(Optional.empty());
    }

    @Test
    void aCorpusThatDoesNotGiveTheLabelledArticlesIsRefused() throws IOException {
        writeCorpus(record("SK-middleEast-1-20180409", "skynews", "middleEast", "Mon, 09 Apr 2018 08:00:00 GMT", "عنوان", "نص."));
        assertThatThrownBy(() -> UnseenStoryDays.build(data, FIXTURE, Map.of("SK-middleEast-1-20180409", "s1")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fixture-day").hasMessageContaining("selects 1 articles, the labels are for 3");
    }

    @Test
    void everyShippedDayLabelsExactlyTheArticlesItsRuleSelects() throws IOException {
        assertThat(UnseenStoryDays.names()).contains("pan-arab-2018-04-09");
        for (String name : UnseenStoryDays.names()) {
            UnseenStoryDays.Definition definition = UnseenStoryDays.definition(name);
            Map<String, String> gold = UnseenStoryDays.gold(name);
            assertThat(definition.name()).isEqualTo(name);
            assertThat(gold).hasSize(definition.articles());
            assertThat(gold.values()).allSatisfy(story -> assertThat(story).isNotBlank());
            // ant-multisource docno: SRC-category-n-yyyymmdd
            assertThat(gold.keySet()).allSatisfy(id -> {
                String[] parts = id.split("-");
                assertThat(definition.categories()).contains(parts[1]);
                assertThat(definition.dates()).contains(parts[3]);
            });
            assertThat(new HashSet<>(gold.values()).size()).isLessThan(gold.size());
        }
    }

    @Test
    void theShippedDayRebuildsFromTheRealCorpusWhenPresent() throws IOException {
        Optional<Path> dataDir = DataDirs.resolve(Optional.empty());
        UnseenStoryDays.Definition definition = UnseenStoryDays.definition("pan-arab-2018-04-09");
        Assumptions.assumeTrue(dataDir.isPresent() && Files.isRegularFile(UnseenStoryDays.corpusFile(dataDir.get(), definition)),
                "../shared/data/ant-multisource absent");
        UnseenStoryDays.Day day = UnseenStoryDays.build(dataDir.get(), definition, UnseenStoryDays.gold("pan-arab-2018-04-09"))
                .orElseThrow();
        assertThat(day.pages()).hasSize(258);
        assertThat(day.pages()).extracting(UnseenStoryDays.Page::id).containsExactlyInAnyOrderElementsOf(day.gold().keySet());
    }

    @Test
    void aDefinitionWithSourcesSelectsThoseOutletsOnly() throws IOException {
        UnseenStoryDays.Definition bbcOnly = new UnseenStoryDays.Definition("fixture-week", "corpus", "articles.jsonl.gz",
                List.of("middleEast"), List.of("20180314", "20180315"), 1, Map.of("BBC", "بي بي سي عربي"), List.of("BBC"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(bbcOnly.selects(json.readTree("{\"docno\":\"BB-middleEast-7-20180315\",\"cat\":\"middleEast\",\"src\":\"BBC\"}")))
                .isTrue();
        assertThat(bbcOnly.selects(json.readTree("{\"docno\":\"SK-middleEast-7-20180315\",\"cat\":\"middleEast\",\"src\":\"skynews\"}")))
                .isFalse();
        assertThat(FIXTURE.sources()).isEmpty();
    }

    @Test
    void theShippedWeekLabelsEveryArticleOfItsRuleWithItsCounts() throws IOException {
        assertThat(UnseenStoryDays.names(UnseenStoryDays.DEVELOPMENT)).containsExactly("week-2018-03-14");
        UnseenStoryDays.Definition week = UnseenStoryDays.definition(UnseenStoryDays.DEVELOPMENT, "week-2018-03-14");
        Map<String, String> gold = UnseenStoryDays.gold(UnseenStoryDays.DEVELOPMENT, "week-2018-03-14");
        assertThat(week.name()).isEqualTo("week-2018-03-14");
        assertThat(week.dates()).containsExactly("20180314", "20180315", "20180316", "20180317", "20180318", "20180319", "20180320");
        assertThat(week.sources()).containsExactlyInAnyOrder("BBC", "CNN", "france24");
        assertThat(week.outlets()).containsOnlyKeys("BBC", "CNN", "france24");
        assertThat(gold).hasSize(326).hasSize(week.articles());
        Map<String, Integer> sizes = new java.util.HashMap<>();
        gold.values().forEach(story -> sizes.merge(story, 1, Integer::sum));
        assertThat(sizes).hasSize(168);
        assertThat(sizes.values().stream().filter(n -> n > 1).count()).isEqualTo(47);
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(33);
        // ant-multisource docno: SRC-category-n-yyyymmdd, SRC BB / CN / FR for BBC / CNN / France 24
        Map<String, Integer> perOutlet = new java.util.TreeMap<>();
        assertThat(gold.keySet()).allSatisfy(id -> {
            String[] parts = id.split("-");
            assertThat(week.categories()).contains(parts[1]);
            assertThat(week.dates()).contains(parts[3]);
            perOutlet.merge(parts[0], 1, Integer::sum);
        });
        assertThat(perOutlet).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("BB", 95, "CN", 106, "FR", 125)));
        // development data never doubles as unseen data
        for (String unseen : UnseenStoryDays.names()) {
            assertThat(UnseenStoryDays.gold(unseen).keySet()).doesNotContainAnyElementsOf(gold.keySet());
        }
    }

    @Test
    void theShippedWeekRebuildsFromTheRealCorpusWhenPresent() throws IOException {
        Optional<Path> dataDir = DataDirs.resolve(Optional.empty());
        UnseenStoryDays.Definition week = UnseenStoryDays.definition(UnseenStoryDays.DEVELOPMENT, "week-2018-03-14");
        Assumptions.assumeTrue(dataDir.isPresent() && Files.isRegularFile(UnseenStoryDays.corpusFile(dataDir.get(), week)),
                "../shared/data/ant-multisource absent");
        UnseenStoryDays.Day day = UnseenStoryDays.build(dataDir.get(), week,
                UnseenStoryDays.gold(UnseenStoryDays.DEVELOPMENT, "week-2018-03-14")).orElseThrow();
        assertThat(day.pages()).hasSize(326);
        assertThat(day.pages()).extracting(UnseenStoryDays.Page::id).containsExactlyInAnyOrderElementsOf(day.gold().keySet());
        assertThat(new String(day.pages().get(0).html(), StandardCharsets.UTF_8))
                .contains("<meta property=\"article:published_time\" content=\"2018-03-14T");
    }

    private static String record(String docno, String src, String cat, String time, String title, String text) {
        return "{\"docno\":" + quote(docno) + ",\"url\":" + quote("https://example.org/" + docno) + ",\"src\":" + quote(src)
                + ",\"cat\":" + quote(cat) + ",\"title\":" + quote(title) + ",\"time\":" + quote(time)
                + ",\"author\":\"\",\"abstract\":\"\",\"text\":" + quote(text) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private void writeCorpus(String... records) throws IOException {
        Path file = data.resolve("corpus").resolve("articles.jsonl.gz");
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8)) {
            for (String r : records) {
                out.write(r + "\n");
            }
        }
    }
}
