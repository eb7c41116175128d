package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The placer's finishing stage: same analyses in the same order on one thread or ahead on its own; bounded. */
class PageFinisherTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(NewsPipeline.standard(PipelineConfig.DEFAULT));
    private static final long WAIT = 10_000;

    private static List<Path> demoPages() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../demo/articles"))) {
            return files.sorted().toList();
        }
    }

    private static ReorderBuffer.Entry entry(NewsPipeline.Prepared page, String partition, long seq,
                                             Optional<PublisherRun> run) {
        return new ReorderBuffer.Entry(page, LocalDate.MIN, seq, run, partition, seq, 0, ReorderBuffer.UNKNOWN, seq);
    }

    private static ReorderBuffer.Entry entry(String source, String partition, long seq) {
        return entry(new NewsPipeline.Prepared(source, List.of(), List.of()), partition, seq, Optional.empty());
    }

    /** Every page taken back, in order: its analysis, or null for a page given back without one. */
    private static List<Analysis> drain(PageFinisher finisher) throws InterruptedException {
        List<Analysis> out = new ArrayList<>();
        while (finisher.pending() > 0) {
            PageFinisher.Finished f = finisher.next(WAIT).orElseThrow();
            out.add(f.outcome().map(o -> o.analysis().orElseThrow()).orElse(null));
        }
        return out;
    }

    /**
     * The demo pages of one publisher run, prepared as a worker does: finished ahead on the finishing thread, on the
     * writer's thread (ahead 0), and by the single process's one run, they are the same analyses in the same order
     * (names lent across pages, so the order of finishing is what is compared).
     */
    @Test
    void finishingAheadGivesTheSameAnalysesInTheSameOrderAsOneThread() throws Exception {
        List<Path> pages = demoPages();
        assertThat(pages).hasSizeGreaterThan(5);
        ExtractionRun single = ANALYZER.newRun();
        List<Analysis> expected = new ArrayList<>();
        try (PageFinisher inline = new PageFinisher(ANALYZER::finish, 0, "t-inline");
             PageFinisher ahead = new PageFinisher(ANALYZER::finish, 3, "t-ahead")) {
            for (int i = 0; i < pages.size(); i++) {
                byte[] body = Files.readAllBytes(pages.get(i));
                String source = pages.get(i).toString();
                expected.add(ANALYZER.analyse(source, body, Optional.empty(), ArticleMetadata.EMPTY, single)
                        .analysis().orElseThrow());
                NewsPipeline.Prepared prepared = ANALYZER.prepare(source, body, Optional.empty(), ArticleMetadata.EMPTY)
                        .page().orElseThrow();
                Optional<PublisherRun> run = Optional.of(new PublisherRun(7, 0));
                inline.submit(entry(prepared, "a-0", i, run));
                ahead.submit(entry(prepared, "a-0", i, run));
            }
            assertThat(ahead.pending()).isEqualTo(pages.size());
            assertThat(drain(inline)).isEqualTo(expected);
            assertThat(drain(ahead)).isEqualTo(expected);
            assertThat(ahead.next(0)).isEmpty();
        }
    }

    /** A writer that takes nothing holds the finishing thread back: at most the hand-off and the page in hand. */
    @Test
    void theFinishingThreadWaitsForTheWriter() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        BiFunction<ArticleAnalyzer.Prepared, ExtractionRun, ArticleAnalyzer.Outcome> counting = (p, run) -> {
            finished.incrementAndGet();
            return new ArticleAnalyzer.Outcome(Optional.empty(), Optional.of(p.source() + ": none"));
        };
        try (PageFinisher finisher = new PageFinisher(counting, 2, "t-bounded")) {
            for (int i = 0; i < 20; i++) {
                finisher.submit(entry("p" + i, "a-0", i));
            }
            assertThat(finisher.next(WAIT)).isPresent();
            Thread.sleep(300);
            // Taken one; two in the hand-off, one in hand waiting for room: four finished at most.
            assertThat(finished.get()).isLessThanOrEqualTo(4);
            assertThat(finisher.pending()).isEqualTo(19);
            List<String> order = new ArrayList<>();
            while (finisher.pending() > 0) {
                order.add(finisher.next(WAIT).orElseThrow().outcome().orElseThrow().error().orElseThrow());
            }
            assertThat(order).hasSize(19).first().isEqualTo("p1: none");
            assertThat(order).last().isEqualTo("p19: none");
            assertThat(finished.get()).isEqualTo(20);
        }
    }

    /** Pages of a partition lost to another placer come back without an outcome, and are not finished if not yet. */
    @Test
    void pagesOfAForgottenPartitionAreNotStored() throws Exception {
        List<String> finishedSources = new java.util.concurrent.CopyOnWriteArrayList<>();
        BiFunction<ArticleAnalyzer.Prepared, ExtractionRun, ArticleAnalyzer.Outcome> recording = (p, run) -> {
            finishedSources.add(p.source());
            return new ArticleAnalyzer.Outcome(Optional.empty(), Optional.of(p.source()));
        };
        for (int ahead : new int[] {0, 2}) {
            finishedSources.clear();
            try (PageFinisher finisher = new PageFinisher(recording, ahead, "t-forget")) {
                finisher.submit(entry("a1", "a-0", 1));
                finisher.submit(entry("b1", "a-1", 2));
                finisher.submit(entry("a2", "a-0", 3));
                finisher.forget(List.of("a-0"));
                finisher.submit(entry("a3", "a-0", 4)); // read again after the partition came back
                List<String> stored = new ArrayList<>();
                while (finisher.pending() > 0) {
                    finisher.next(WAIT).orElseThrow().outcome().ifPresent(o -> stored.add(o.error().orElseThrow()));
                }
                assertThat(stored).containsExactly("b1", "a3");
                if (ahead == 0) {
                    assertThat(finishedSources).containsExactly("b1", "a3");
                }
            }
        }
    }

    /** An Error on the finishing thread reaches the writer, who would otherwise wait for the page for ever. */
    @Test
    void aFailureOfTheFinishingThreadReachesTheWriter() throws Exception {
        try (PageFinisher finisher = new PageFinisher((p, run) -> {
            throw new StackOverflowError("deep");
        }, 4, "t-fail")) {
            finisher.submit(entry("p", "a-0", 1));
            finisher.submit(entry("q", "a-0", 2));
            assertThatThrownBy(() -> finisher.next(WAIT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("deep");
            // And again, rather than waiting for ever on a thread that is gone.
            assertThatThrownBy(() -> finisher.next(WAIT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("deep");
        }
    }

    /** A finisher closed with pages pending says so rather than waiting for ever (a rebalance callback on close). */
    @Test
    void aClosedFinisherDoesNotWaitForEver() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        PageFinisher finisher = new PageFinisher((p, run) -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ArticleAnalyzer.Outcome(Optional.empty(), Optional.of("late"));
        }, 1, "t-closed");
        finisher.submit(entry("p", "a-0", 1));
        finisher.submit(entry("q", "a-0", 2));
        started.await();
        finisher.close();
        assertThatThrownBy(() -> {
            while (true) {
                finisher.next(100);
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped");
    }
}
