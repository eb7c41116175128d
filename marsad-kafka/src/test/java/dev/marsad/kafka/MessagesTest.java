package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The two messages on the wire: what a worker and the placer read is what was written. */
class MessagesTest {

    @Test
    void anAnalysedDemoPageComesBackWhole() throws Exception {
        Path page = Path.of("../demo/articles/02-sputnik-putin-kim-summit.txt");
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NewsPipeline.standard(PipelineConfig.DEFAULT));
        Analysis analysis = analyzer.analyse(page.toString(), Files.readAllBytes(page), Optional.empty(),
                ArticleMetadata.EMPTY, analyzer.newRun()).analysis().orElseThrow();
        assertThat(analysis.articles().get(0).extraction().entities()).isNotEmpty();

        AnalysisMessage.Fetched back = AnalysisMessage.read(AnalysisMessage.write(analysis, 42), "t-0@7");
        assertThat(back.analysis()).isEqualTo(analysis);
        assertThat(back.fetched()).isEqualTo(42);
    }

    @Test
    void somethingElseOnTheArticlesTopicIsAOneLineErrorNamingTheRecord() {
        assertThatThrownBy(() -> AnalysisMessage.read("{not json", "marsad.articles-0@12"))
                .hasMessageStartingWith("marsad.articles-0@12: not JSON");
        assertThatThrownBy(() -> AnalysisMessage.read("{\"format\":99,\"source\":\"x\"}", "marsad.articles-1@3"))
                .hasMessage("marsad.articles-1@3: not a Marsad analysis of format 1");
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
    void aRecordWithoutKeyIsNotAPage() {
        ConsumerRecord<String, byte[]> in = new ConsumerRecord<>("marsad.pages", 2, 9, null, new byte[] {1});
        assertThatThrownBy(() -> PageMessage.of(in)).hasMessage("marsad.pages-2@9: not a Marsad page (no key or no value)");
    }
}
