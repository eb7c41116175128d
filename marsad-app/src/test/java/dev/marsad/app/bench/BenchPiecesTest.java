package dev.marsad.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.adapter.files.ArchiveReader;
import dev.marsad.pipeline.StageTimer.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end bench's bookkeeping: stage accounting, percentiles, publication order. Nothing here is timed. */
class BenchPiecesTest {

    @Test
    void stageTimesAddUpAcrossCallsAndSnapshotsSubtract() {
        StageTally tally = new StageTally();
        tally.record(Stage.DECODE, 100);
        tally.record(Stage.EXTRACT, 250);
        StageTally.Snapshot before = tally.snapshot();
        tally.record(Stage.EXTRACT, 350);
        tally.record(Stage.STORE, 300);
        StageTally.Snapshot after = tally.snapshot();

        StageTally.Snapshot between = after.minus(before);
        assertThat(between.nanos(Stage.EXTRACT)).isEqualTo(350);
        assertThat(between.nanos(Stage.DECODE)).isZero();
        assertThat(between.total()).isEqualTo(650);
        assertThat(between.plus(before)).isEqualTo(after);
        assertThat(after.share(Stage.EXTRACT)).isEqualTo(0.6);
        assertThat(after.share(Stage.DECODE) + after.share(Stage.EXTRACT) + after.share(Stage.STORE)).isEqualTo(1.0);
        assertThat(StageTally.Snapshot.zero().share(Stage.CLUSTER)).isZero();
    }

    @Test
    void stageTimesFromManyThreadsAreNotLost() throws InterruptedException {
        StageTally tally = new StageTally();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    tally.record(Stage.CLEAN, 1);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(tally.snapshot().nanos(Stage.CLEAN)).isEqualTo(40_000);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> measured = new ArrayList<>();
        for (long v = 100; v >= 1; v--) {
            measured.add(v); // unsorted on purpose
        }
        Latencies latencies = Latencies.of(measured);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
        // Few samples: p99 is the largest, p50 the lower middle.
        Latencies four = Latencies.of(List.of(40L, 10L, 30L, 20L));
        assertThat(four.percentile(99)).isEqualTo(40);
        assertThat(four.percentile(50)).isEqualTo(20);
        assertThat(Latencies.of(List.of(7L)).percentile(1)).isEqualTo(7);
        assertThatThrownBy(() -> Latencies.of(List.of()).percentile(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> four.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articlesAreSortedByInstantStablyWithUndatedLast() {
        List<ArchiveReader.Entry.Article> in = List.of(
                article("undated", Optional.empty()),
                article("b-plus4", Optional.of("2018-02-18T21:35+04:00")), // 17:35 UTC
                article("a-utc", Optional.of("2018-02-18T18:00Z")),
                article("c-local", Optional.of("2015-07-21T02:51:32")),
                article("d-day", Optional.of("2015-07-21")),
                article("e-same", Optional.of("2018-02-18T18:00Z")));
        List<String> order = PublicationOrder.sorted(in).stream().map(ArchiveReader.Entry.Article::source).toList();
        assertThat(order).containsExactly("d-day", "c-local", "b-plus4", "a-utc", "e-same", "undated");
    }

    @Test
    void writtenArchiveReadsBackToTheSameArticles(@TempDir Path dir) {
        List<ArchiveReader.Entry.Article> in = List.of(
                new ArchiveReader.Entry.Article("https://example.com/1", Optional.of("عنوان \"مقتبس\""), "نص\nسطر ثان",
                        Optional.of("2018-02-18T21:35+04:00"), Optional.of("العربية")),
                article("https://example.com/2", Optional.empty()));
        Path file = dir.resolve("sorted.jsonl");
        PublicationOrder.write(file, in);
        assertThat(PublicationOrder.read(List.of(file))).containsExactly(in.get(0), in.get(1));
        assertThat(Files.exists(file)).isTrue();
    }

    /**
     * The bench reads publication times as the story standings do ({@code PublicationTime}), whose day fallback
     * (the first ten characters of an unreadable time) never applies to an archive: {@link ArchiveReader} gives
     * every time it can read in ISO form and drops the rest, so the bench's order is the one of the strict ISO
     * reading it had before.
     */
    @Test
    void archiveTimesOfEveryFormSortByTheirInstant(@TempDir Path dir) throws java.io.IOException {
        Path archive = dir.resolve("mixed.jsonl");
        Files.writeString(archive, String.join("\n",
                "{\"url\": \"rfc\", \"text\": \"نص\", \"time\": \"Sun, 09 Aug 2015 10:30:00 GMT\"}",
                "{\"url\": \"space\", \"text\": \"نص\", \"date\": \"2015-08-09 08:00:00\"}",
                "{\"url\": \"offset\", \"text\": \"نص\", \"published\": \"2015-08-09T12:00:00+03:00\"}",
                "{\"url\": \"no-colon\", \"text\": \"نص\", \"published\": \"2015-08-09T01:00:00+0300\"}",
                "{\"url\": \"day\", \"text\": \"نص\", \"date_extracted\": \"2015-08-09\"}",
                "{\"url\": \"day-before\", \"text\": \"نص\", \"published\": \"2015-08-08T23:59:59Z\"}")
                + "\n", java.nio.charset.StandardCharsets.UTF_8);
        List<ArchiveReader.Entry.Article> read = PublicationOrder.read(List.of(archive));
        // "+0300" is no offset the archive reader knows: that article has no time and comes last.
        assertThat(read).extracting(ArchiveReader.Entry.Article::source)
                .containsExactly("day-before", "day", "space", "offset", "rfc", "no-colon");
        assertThat(read).extracting(a -> a.published().orElse("none"))
                .containsExactly("2015-08-08T23:59:59Z", "2015-08-09", "2015-08-09T08:00", "2015-08-09T12:00+03:00",
                        "2015-08-09T10:30Z", "none");
    }

    private static ArchiveReader.Entry.Article article(String source, Optional<String> published) {
        return new ArchiveReader.Entry.Article(source, Optional.empty(), "نص " + source, published, Optional.empty());
    }
}
