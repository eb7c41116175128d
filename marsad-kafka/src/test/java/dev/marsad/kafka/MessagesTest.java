package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The two messages on the wire: what a worker and the placer read is what was written. */
class MessagesTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(NewsPipeline.standard(PipelineConfig.DEFAULT));

    /** The demo pages in name order, as {@code marsad ingest demo/articles} reads them. */
    private static List<Path> demoPages() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../demo/articles"))) {
            return files.sorted().toList();
        }
    }

    private static NewsPipeline.Prepared prepared(Path page) throws Exception {
        return ANALYZER.prepare(page.toString(), Files.readAllBytes(page), Optional.empty(), ArticleMetadata.EMPTY)
                .page().orElseThrow();
    }

    private static Analysis finish(NewsPipeline.Prepared page, ExtractionRun run) {
        return ANALYZER.finish(new ArticleAnalyzer.Prepared(page.source(), Optional.of(page), Optional.empty()), run)
                .analysis().orElseThrow();
    }

    @Test
    void aPreparedDemoPageComesBackWhole() throws Exception {
        NewsPipeline.Prepared page = prepared(Path.of("../demo/articles/02-sputnik-putin-kim-summit.txt"));
        ArticleExtractor.Prepared main = page.articles().get(0);
        assertThat(main.modelSpans()).isNotEmpty();
        assertThat(main.ruleSpans()).isNotEmpty();
        assertThat(main.times()).isNotEmpty();

        String json = PreparedMessage.write(page, 42);
        PreparedMessage.Fetched back = PreparedMessage.read(json, "t-0@7");
        assertThat(back.fetched()).isEqualTo(42);
        assertThat(back.page().source()).isEqualTo(page.source());
        assertThat(back.page().removed()).isEqualTo(page.removed());
        assertThat(back.page().articles()).hasSameSizeAs(page.articles());
        for (int i = 0; i < page.articles().size(); i++) {
            ArticleExtractor.Prepared sent = page.articles().get(i);
            ArticleExtractor.Prepared got = back.page().articles().get(i);
            assertThat(got.article()).isEqualTo(sent.article());
            assertThat(got.times()).isEqualTo(sent.times());
            assertThat(got.ruleSpans()).isEqualTo(sent.ruleSpans());
            assertThat(got.modelSpans()).isEqualTo(sent.modelSpans());
        }
        assertThat(PreparedMessage.write(back.page(), 42)).as("written again, the same bytes").isEqualTo(json);
        assertThat(finish(back.page(), ANALYZER.newRun())).isEqualTo(finish(page, ANALYZER.newRun()));
    }

    /**
     * What the distributed mode does (prepared anywhere, sent as JSON, finished in order against one run) gives the
     * single process's analyses (each page analysed in order against one run), names lent across pages included.
     */
    @Test
    void pagesPreparedApartAndFinishedInOrderAgainstOneRunAreTheSingleProcessAnalyses() throws Exception {
        List<Path> pages = demoPages();
        assertThat(pages).hasSizeGreaterThan(5);
        ExtractionRun single = ANALYZER.newRun();
        ExtractionRun placer = ANALYZER.newRun();
        List<Analysis> expected = new ArrayList<>();
        List<Analysis> actual = new ArrayList<>();
        List<Analysis> alone = new ArrayList<>();
        for (Path page : pages) {
            expected.add(ANALYZER.analyse(page.toString(), Files.readAllBytes(page), Optional.empty(),
                    ArticleMetadata.EMPTY, single).analysis().orElseThrow());
            NewsPipeline.Prepared sent = prepared(page);
            actual.add(finish(PreparedMessage.read(PreparedMessage.write(sent, 0), "t-0@0").page(), placer));
            alone.add(finish(sent, ANALYZER.newRun()));
        }
        assertThat(actual).isEqualTo(expected);
        // Why the run is the placer's: each page finished against a run of its own (as workers once did) differs.
        assertThat(alone).isNotEqualTo(expected);
    }

    @Test
    void aBlankArticleComesBackBlank() {
        CleanArticle blank = new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY.withLanguage(Optional.of("ar")), " ");
        NewsPipeline.Prepared page = new NewsPipeline.Prepared("x",
                List.of(ArticleExtractor.Prepared.of(blank, List.of(), List.of(), List.of())), List.of("إعلان"));
        NewsPipeline.Prepared back = PreparedMessage.read(PreparedMessage.write(page, 1), "t-0@1").page();
        assertThat(back.articles().get(0).article()).isEqualTo(blank);
        assertThat(back.removed()).containsExactly("إعلان");
        assertThat(PreparedMessage.partitionKey(back)).isEqualTo("ar");
        assertThat(finish(back, ANALYZER.newRun()).articles().get(0).extraction()).isEqualTo(Extraction.EMPTY);
    }

    @Test
    void somethingElseOnTheArticlesTopicIsAOneLineErrorNamingTheRecord() {
        assertThatThrownBy(() -> PreparedMessage.read("{not json", "marsad.articles-0@12"))
                .hasMessageStartingWith("marsad.articles-0@12: not JSON");
        assertThatThrownBy(() -> PreparedMessage.read("{\"format\":1,\"source\":\"x\",\"articles\":[]}",
                "marsad.articles-1@3")).hasMessage("marsad.articles-1@3: not a Marsad prepared page of format 2");
        assertThatThrownBy(() -> PreparedMessage.read("{\"format\":2,\"source\":\"x\",\"removed\":[],"
                + "\"articles\":[{\"role\":\"main\",\"times\":[],\"ruleSpans\":[],\"modelSpans\":[]}]}",
                "marsad.articles-2@5")).hasMessage("marsad.articles-2@5: a broken prepared page (no text field text)");
        assertThatThrownBy(() -> PreparedMessage.read("{\"format\":2,\"source\":\"x\",\"removed\":[],"
                + "\"articles\":[{\"role\":\"main\",\"text\":\"نص\",\"times\":[],\"ruleSpans\":[{\"start\":0,"
                + "\"end\":2,\"type\":\"NOBODY\",\"score\":1}],\"modelSpans\":[]}]}", "marsad.articles-2@6"))
                .hasMessageStartingWith("marsad.articles-2@6: a broken prepared page (");
    }

    @Test
    void aPageKeepsItsBytesContentTypeHintsAndFetchOrder() {
        byte[] body = "<html><body>خبر</body></html>".getBytes(java.nio.charset.Charset.forName("windows-1256"));
        ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle(Optional.of("عنوان من الخلاصة"))
                .withPublished(Optional.of("2024-03-01T10:00:00Z")).withOutlet(Optional.of("الجزيرة"));
        PageMessage sent = new PageMessage("https://example.org/a", body, Optional.of("text/html; charset=windows-1256"),
                hints, 123_456L);
        ProducerRecord<String, byte[]> out = sent.toRecord("marsad.pages");
        ConsumerRecord<String, byte[]> in = new ConsumerRecord<>("marsad.pages", 0, 5, 0L, TimestampType.CREATE_TIME,
                0, 0, out.key(), out.value(), out.headers(), Optional.empty());

        PageMessage got = PageMessage.of(in);
        assertThat(got.source()).isEqualTo("https://example.org/a");
        assertThat(got.body()).isEqualTo(body);
        assertThat(got.contentType()).isEqualTo(sent.contentType());
        assertThat(got.hints()).isEqualTo(hints);
        assertThat(got.fetched()).isEqualTo(123_456L);
        assertThat(new String(out.headers().lastHeader("title").value(), StandardCharsets.UTF_8)).isEqualTo("عنوان من الخلاصة");
    }

    @Test
    void aPageNamesItsPublishersRunInAHeader() {
        PageMessage sent = new PageMessage("https://example.org/b", new byte[] {1}, Optional.empty(),
                ArticleMetadata.EMPTY, 7L, Optional.of(new PublisherRun(1_764_658_000_000_000L, 3)));
        ProducerRecord<String, byte[]> out = sent.toRecord("marsad.pages");
        assertThat(new String(out.headers().lastHeader("run").value(), StandardCharsets.UTF_8))
                .isEqualTo("1764658000000000.3");
        ConsumerRecord<String, byte[]> in = new ConsumerRecord<>("marsad.pages", 0, 5, 0L, TimestampType.CREATE_TIME,
                0, 0, out.key(), out.value(), out.headers(), Optional.empty());
        assertThat(PageMessage.of(in).run()).contains(new PublisherRun(1_764_658_000_000_000L, 3));

        // A page of a publisher that names no run, or names it in a way this placer cannot read: no run.
        PageMessage unnamed = new PageMessage("https://example.org/c", new byte[] {1}, Optional.empty(),
                ArticleMetadata.EMPTY, 8L);
        ProducerRecord<String, byte[]> plain = unnamed.toRecord("marsad.pages");
        assertThat(plain.headers().lastHeader("run")).isNull();
        plain.headers().add("run", "not-a-run".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> odd = new ConsumerRecord<>("marsad.pages", 0, 6, 0L, TimestampType.CREATE_TIME,
                0, 0, plain.key(), plain.value(), plain.headers(), Optional.empty());
        assertThat(PageMessage.of(odd).run()).isEmpty();
    }

    @Test
    void aPreparedPageCarriesItsRunAndOneWrittenWithoutItReadsAsBefore() throws Exception {
        NewsPipeline.Prepared page = prepared(Path.of("../demo/articles/02-sputnik-putin-kim-summit.txt"));
        Optional<PublisherRun> run = Optional.of(new PublisherRun(99, 2));
        String json = PreparedMessage.write(page, 42, run);
        assertThat(json).contains("\"run\":{\"publisher\":99,\"counter\":2}");
        PreparedMessage.Fetched back = PreparedMessage.read(json, "t-0@8");
        assertThat(back.run()).isEqualTo(run);
        assertThat(back.fetched()).isEqualTo(42);
        assertThat(PreparedMessage.write(back.page(), 42, back.run())).isEqualTo(json);

        // Format 2 as written before runs were named: no run field, the same bytes as ever, read with no run.
        String unnamed = PreparedMessage.write(page, 42);
        assertThat(unnamed).doesNotContain("\"run\"");
        assertThat(PreparedMessage.read(unnamed, "t-0@9").run()).isEmpty();
        assertThat(PreparedMessage.write(PreparedMessage.read(unnamed, "t-0@9").page(), 42)).isEqualTo(unnamed);
        assertThat(PreparedMessage.write(back.page(), 42)).as("the run is all the difference").isEqualTo(unnamed);

        assertThatThrownBy(() -> PreparedMessage.read("{\"format\":2,\"source\":\"x\",\"run\":{\"publisher\":1},"
                + "\"removed\":[],\"articles\":[]}", "marsad.articles-0@4"))
                .hasMessage("marsad.articles-0@4: a broken prepared page (a run without its publisher and counter)");
    }

    @Test
    void aRecordWithoutKeyIsNotAPage() {
        ConsumerRecord<String, byte[]> in = new ConsumerRecord<>("marsad.pages", 2, 9, null, new byte[] {1});
        assertThatThrownBy(() -> PageMessage.of(in)).hasMessage("marsad.pages-2@9: not a Marsad page (no key or no value)");
    }
}
