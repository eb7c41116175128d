package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench ingest} on a tiny generated pair of archives: the limit, the publication order, the skip when the
 * data is absent. Its timings are printed, never asserted.
 */
class BenchIngestCommandTest {

    @Test
    void limitIngestsTheFirstArticlesInPublicationOrderAndServesThem(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        // The first archive is later in time than the second: the limit must take from the second first.
        archive(data.resolve("saudinewsnet/articles.jsonl.gz"), List.of(
                row("https://a.example/1", "2015-07-21 08:00:00", "وزير الخارجية السعودي يلتقي نظيره المصري في الرياض"),
                row("https://a.example/2", "2015-07-22 08:00:00", "السعودية تعلن موازنة جديدة وأسعار النفط تتراجع")));
        archive(data.resolve("ant-multisource/articles.jsonl.gz"), List.of(
                row("https://b.example/1", "2015-07-20 08:00:00", "الأمم المتحدة تدعو إلى هدنة في اليمن وسوريا"),
                row("https://b.example/2", "2015-07-23 08:00:00", "ترامب يتحدث عن إيران في مؤتمر صحفي")));
        Path work = dir.resolve("work");

        String[] result = run("bench", "ingest", "--data", data.toString(), "--work", work.toString(), "--limit", "3",
                "--checkpoint", "2", "--scaling", "2", "--rounds", "1", "--threads", "2");

        assertThat(result[0]).as(result[1]).contains("input: 3 of 4 articles")
                .contains("2015-07-20T08:00 .. 2015-07-22T08:00")
                .contains("ingest: 3 inputs, 3 articles stored")
                .contains("at 2 articles:").contains("at 3 articles:")
                .contains("stored articles identical: yes")
                .contains("/api/stories").contains("/api/search")
                .containsPattern("at 3 articles: [1-9][0-9]* stories")
                .containsPattern("extract +[0-9.]+ s").containsPattern("cluster +[0-9.]+ s")
                .containsPattern("store +[0-9.]+ s").containsPattern("index +[0-9.]+ s");
        assertThat(Files.readAllLines(work.resolve("input/first.jsonl"))).hasSize(2).first().asString()
                .contains("https://b.example/1");
        assertThat(Files.readAllLines(work.resolve("input/rest.jsonl"))).hasSize(1).first().asString()
                .contains("https://a.example/2");
    }

    @Test
    void absentDataIsASkipWithAClearMessage(@TempDir Path dir) {
        String[] result = run("bench", "ingest", "--data", dir.resolve("nowhere").toString());
        assertThat(result[0]).startsWith("bench ingest: skipped,").contains("not found");
    }

    private static String row(String url, String time, String text) {
        return "{\"url\": \"" + url + "\", \"date_extracted\": \"" + time + "\", \"title\": \"" + text
                + "\", \"content\": \"" + text + ". " + text + ".\"}";
    }

    private static void archive(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", new ArrayList<>(lines)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
