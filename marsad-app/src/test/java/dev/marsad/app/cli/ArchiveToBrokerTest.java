package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcFeedStateStore;
import dev.marsad.app.Main;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.ingest.PageSink;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleMetadata;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive handed to a broker ({@code ingest --kafka}) gives the workers the pages the single process stores: the
 * same lines, in the same order. The ANT archive has one France 24 page crawled under two categories with its text
 * edited between the two (the same address, two texts): the single process stores the first line and skips the
 * repeat, so the publisher must not hand the repeat on either, or the placer stores a second article.
 */
class ArchiveToBrokerTest {
    private static final String ADDRESS = "http://www.france24.com/ar/20230909-المغرب-زلزال-الحوز-مراكش";
    /** The same page crawled again later: a word changed and a sentence added, as France 24 edits its pages. */
    private static final String EDITED = ArabicStories.QUAKE_1.replace("ليل الجمعة", "مساء الجمعة")
            + "وأعلنت السلطات المغربية الحداد الوطني ثلاثة أيام.";

    @TempDir
    Path dir;

    /** What a broker sink would publish: each page handed on, in order. */
    private static final class RecordingSink implements PageSink {
        final List<String> sources = new ArrayList<>();
        final Map<String, List<String>> bodies = new TreeMap<>();

        @Override
        public IngestService.IngestResult ingest(String source, byte[] body, Optional<String> contentType,
                                                 ArticleMetadata hints) {
            sources.add(source);
            bodies.computeIfAbsent(source, s -> new ArrayList<>()).add(new String(body, StandardCharsets.UTF_8));
            return new IngestService.IngestResult(source, List.of(), 0, Optional.empty());
        }

        @Override
        public void endBatch() {
        }

        @Override
        public void newRun() {
        }

        @Override
        public boolean stores() {
            return false;
        }
    }

    @Test
    void aLineRepeatingAnAddressIsHandedOnOnceAsTheSingleProcessStoresItOnce() throws Exception {
        String first = line(ADDRESS, "زلزال قوي يضرب الحوز", "2023-09-09T08:00:00Z", ArabicStories.QUAKE_1);
        String repeat = line(ADDRESS, "زلزال قوي يضرب الحوز", "2023-09-09T08:00:00Z", EDITED);
        String other = line("http://www.france24.com/ar/20230910-المغرب-حصيلة-زلزال", "ارتفاع حصيلة زلزال الحوز",
                "2023-09-10T08:00:00Z", ArabicStories.QUAKE_2);
        Path archive = Files.writeString(dir.resolve("stream.jsonl"), first + "\n" + other + "\n" + repeat + "\n",
                StandardCharsets.UTF_8);

        // The single process: the first line of the address stored, the repeat already present.
        Path single = dir.resolve("single");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"ingest", "--data-dir", single.toString(), archive.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("ingest: 2 inputs, 2 articles stored, 1 already present, 0 errors\n");
        Map<String, String> stored = new TreeMap<>();
        try (Database db = Database.open(DatabaseConfig.h2(single))) {
            new JdbcArticleStore(db).articles().forEach(a -> stored.put(a.ref().source(), a.article().article().text()));
        }
        assertThat(stored.get(ADDRESS)).contains("ليل الجمعة").doesNotContain("الحداد");

        // The publisher, on an empty store of its own (the placer has stored nothing yet).
        RecordingSink sink = new RecordingSink();
        IngestTally tally;
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("publisher")))) {
            Ingester ingester = publisher(db, sink);
            ingester.ingest(archive.toString());
            tally = ingester.restart();
        }
        assertThat(sink.sources).as("the pages handed on, in order: those the single process stored")
                .containsExactly(ADDRESS, "http://www.france24.com/ar/20230910-المغرب-حصيلة-زلزال")
                .containsExactlyInAnyOrderElementsOf(stored.keySet());
        assertThat(sink.bodies.get(ADDRESS)).singleElement().asString()
                .contains("ليل الجمعة").doesNotContain("مساء الجمعة").doesNotContain("الحداد");
        assertThat(tally.summary())
                .isEqualTo("2 inputs, 0 articles stored, 1 already present, 0 errors, 2 pages published to Kafka");
    }

    private static Ingester publisher(Database db, PageSink sink) {
        long maxBytes = PipelineConfig.DEFAULT.decode().maxBytes();
        PoliteFetcher fetcher = new PoliteFetcher(new FetchOptions().config(maxBytes));
        return new Ingester(sink, fetcher, new InputReader(fetcher, maxBytes), new JdbcArticleStore(db),
                new JdbcFeedStateStore(db), new JdbcFeedRetryStore(db),
                new ProgressBar(new PrintWriter(Writer.nullWriter()), false), CrawlLimits.DEFAULT);
    }

    private static String line(String url, String title, String time, String text) {
        return "{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"time\": \"" + time + "\", \"text\": \""
                + text + "\"}";
    }
}
