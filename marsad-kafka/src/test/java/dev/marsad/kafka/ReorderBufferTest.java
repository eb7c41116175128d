package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ArticleExtractor;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Role;
import dev.marsad.pipeline.NewsPipeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReorderBufferTest {

    private static NewsPipeline.Prepared page(String source, String published) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(Optional.ofNullable(published));
        CleanArticle a = new CleanArticle(Role.MAIN, meta, "نص " + source);
        return new NewsPipeline.Prepared(source, List.of(ArticleExtractor.Prepared.of(a, List.of(), List.of(), List.of())),
                List.of());
    }

    private static List<String> sources(List<ReorderBuffer.Entry> entries) {
        return entries.stream().map(e -> e.page().source()).toList();
    }

    @Test
    void pagesLeaveInPublicationOrderOnceMoreThanTheWindowWaitBehindThem() {
        ReorderBuffer buffer = new ReorderBuffer(2, 60_000);
        buffer.add(page("c", "2024-01-03"), 0, "p-0", 0, 0);
        buffer.add(page("a", "2024-01-01"), 1, "p-0", 1, 0);
        assertThat(buffer.due(1, false)).isEmpty();
        buffer.add(page("undated", null), 2, "p-0", 2, 0);
        buffer.add(page("b", "2024-01-02"), 3, "p-0", 3, 0);
        assertThat(sources(buffer.due(1, false))).containsExactly("a", "b");
        assertThat(sources(buffer.due(1, true))).containsExactly("c", "undated");
    }

    @Test
    void equalDaysLeaveInFetchOrderAndAPageThatWaitedTooLongTakesThoseBeforeItAlong() {
        ReorderBuffer buffer = new ReorderBuffer(100, 1_000);
        buffer.add(page("z", "2024-01-02"), 0, "p-0", 0, 0);
        buffer.add(page("y", "2024-01-01"), 1, "p-0", 1, 500);
        buffer.add(page("x", "2024-01-01"), 2, "p-0", 2, 900);
        buffer.add(page("w", "2024-01-03"), 3, "p-0", 3, 900);
        // z waited 1 s: it leaves, and the pages of earlier days with it, in order; w (later) stays.
        assertThat(sources(buffer.due(1_000, false))).containsExactly("y", "x", "z");
        assertThat(buffer.size()).isEqualTo(1);
    }

    @Test
    void whileABacklogWaitsOnlyThePagesBeyondTheWindowLeaveHowLongSoEverTheOthersWaited() {
        ReorderBuffer buffer = new ReorderBuffer(2, 1_000);
        buffer.add(page("c", "2024-01-03"), 2, "p-0", 0, 0);
        buffer.add(page("b", "2024-01-02"), 1, "p-0", 1, 0);
        buffer.add(page("d", "2024-01-04"), 3, "p-0", 2, 0);
        assertThat(sources(buffer.overflow())).containsExactly("b");
        // c and d waited past the limit, but a page of an earlier day may still be on its way: they stay.
        assertThat(buffer.overflow()).isEmpty();
        buffer.add(page("a", "2024-01-01"), 0, "p-0", 3, 60_000);
        assertThat(sources(buffer.overflow())).containsExactly("a");
        assertThat(sources(buffer.due(60_000, false))).containsExactly("c", "d");
    }

    @Test
    void committableOffsetsStopAtTheOldestPageNotWritten() {
        ReorderBuffer buffer = new ReorderBuffer(1, 60_000);
        buffer.add(page("b", "2024-01-02"), 10, "p-0", 10, 0);
        buffer.add(page("a", "2024-01-01"), 11, "p-0", 11, 0);
        buffer.add(page("c", "2024-01-01"), 5, "p-1", 5, 0);
        buffer.skip("p-1", 6);
        assertThat(buffer.committable()).isEqualTo(Map.of("p-0", 10L, "p-1", 5L));
        List<ReorderBuffer.Entry> due = buffer.due(1, false);
        assertThat(sources(due)).containsExactly("c", "a");
        due.forEach(buffer::written);
        // Offset 10 (page b) still waits in the window: nothing past it may be committed.
        assertThat(buffer.committable()).isEqualTo(Map.of("p-0", 10L, "p-1", 7L));
        buffer.due(1, true).forEach(buffer::written);
        assertThat(buffer.committable()).isEqualTo(Map.of("p-0", 12L, "p-1", 7L));
    }

    @Test
    void whileABacklogWaitsAPageLeavesOnceAPagePublishedTheLatenessAfterItHasBeenRead() {
        // A window of 100 pages, 5 s of lateness in publish time: a backlog published at 1,000 pages/s.
        ReorderBuffer buffer = new ReorderBuffer(100, 60_000, 5_000);
        buffer.add(page("b", "2024-01-02"), 1, Optional.empty(), "p-0", 0, 0, 1_000_000);
        buffer.add(page("c", "2024-01-02"), 2, Optional.empty(), "p-0", 1, 0, 1_001_000);
        // Nothing published 5 s after b has been read: a page of an earlier day may still be with a worker.
        assertThat(buffer.overflow()).isEmpty();
        buffer.add(page("a", "2024-01-01"), 0, Optional.empty(), "p-1", 0, 0, 999_000);
        buffer.add(page("d", "2024-01-03"), 3, Optional.empty(), "p-1", 1, 0, 1_005_000);
        // d was published 5 s after b: everything published up to b is in, and a (earlier day) goes first; c is
        // not settled yet (published 4 s before d), nor is d.
        assertThat(sources(buffer.overflow())).containsExactly("a", "b");
        buffer.add(page("e", "2024-01-03"), 4, Optional.empty(), "p-0", 2, 0, 1_006_000);
        assertThat(sources(buffer.overflow())).containsExactly("c");
        assertThat(buffer.size()).isEqualTo(2);
    }

    @Test
    void aSettledPageWaitsForAnEarlierOneThatIsNotAndPagesWithoutAPublishTimeLeaveOnlyByCountOrTime() {
        ReorderBuffer buffer = new ReorderBuffer(3, 60_000, 5_000);
        buffer.add(page("late-published", "2024-01-01"), 5, Optional.empty(), "p-0", 0, 0, 1_009_000);
        buffer.add(page("old", "2024-01-02"), 1, Optional.empty(), "p-0", 1, 0, 1_000_000);
        buffer.add(page("no-time", "2024-01-03"), 2, Optional.empty(), "p-0", 2, 0, -1);
        // "old" is settled (published 9 s before the newest) but an earlier-day page is first and is not: in order,
        // nothing leaves.
        assertThat(buffer.overflow()).isEmpty();
        buffer.add(page("newest", "2024-01-04"), 6, Optional.empty(), "p-0", 3, 0, 1_014_000);
        assertThat(sources(buffer.overflow())).containsExactly("late-published", "old");
        // Kafka's "no timestamp" (-1) never settles: it waits for the count, the wait, or the end.
        buffer.add(page("newer", "2024-01-05"), 7, Optional.empty(), "p-0", 4, 0, 1_030_000);
        assertThat(buffer.overflow()).isEmpty();
        assertThat(sources(buffer.due(60_000, false))).containsExactly("no-time", "newest", "newer");
    }

    @Test
    void onceEverythingIsReadNothingArrivingForTheLatenessLetsEveryPageGo() {
        ReorderBuffer buffer = new ReorderBuffer(100, 60_000, 5_000);
        buffer.add(page("b", "2024-01-02"), 1, Optional.empty(), "p-0", 0, 10_000, 1_000_000);
        buffer.add(page("a", "2024-01-01"), 0, Optional.empty(), "p-0", 1, 12_000, 1_000_100);
        // Read 2 s ago: a worker may still have an earlier page in hand.
        assertThat(buffer.due(14_000, false)).isEmpty();
        // Nothing has arrived for 5 s: the end of a backlog is not held for the 60 s wait.
        assertThat(sources(buffer.due(17_000, false))).containsExactly("a", "b");
    }

    @Test
    void aPageWithAPublishTimeIsNotReleasedByWaitingWhileWorkersAreStillBehindThePublisher() {
        // One slow worker: the placer has read everything the worker published, but the worker moves through publish
        // time at a fraction of the rate pages were published; an earlier page of another partition is still to come.
        ReorderBuffer buffer = new ReorderBuffer(100, 1_000, 5_000);
        buffer.add(page("b", "2024-01-02"), 1, Optional.empty(), "p-0", 0, 0, 1_000_000);
        buffer.add(page("c", "2024-01-02"), 2, Optional.empty(), "p-0", 1, 27_000, 1_002_000);
        assertThat(buffer.due(30_000, false)).as("b waited 30 times max-wait; nothing settled; not quiet")
                .isEmpty();
        buffer.add(page("a", "2024-01-01"), 0, Optional.empty(), "p-0", 2, 29_000, 999_000);
        buffer.add(page("d", "2024-01-03"), 3, Optional.empty(), "p-0", 3, 29_500, 1_005_500);
        assertThat(sources(buffer.due(30_000, false))).containsExactly("a", "b");
    }

    @Test
    void aPartitionReadToItsEndSettlesNothingWhileAnotherStillWaitsOnTheBroker() {
        // The articles topic keyed by language: p-1 holds a few pages spread over the whole stream and is read to its
        // end at once, while the busy p-0 still waits on the broker.
        ReorderBuffer buffer = new ReorderBuffer(100, 60_000, 5_000);
        buffer.add(page("ar-1", "2024-01-01"), 0, Optional.empty(), "p-0", 0, 0, 1_000_000);
        buffer.add(page("ar-2", "2024-01-01"), 1, Optional.empty(), "p-0", 1, 0, 1_001_000);
        buffer.add(page("en-late", "2024-01-09"), 9, Optional.empty(), "p-1", 0, 0, 1_050_000);
        buffer.lagging(java.util.Set.of("p-0"));
        assertThat(buffer.overflow()).as("p-0 is read only up to 1,001,000").isEmpty();
        buffer.add(page("ar-3", "2024-01-02"), 2, Optional.empty(), "p-0", 2, 0, 1_006_500);
        assertThat(sources(buffer.overflow())).containsExactly("ar-1", "ar-2");
        // Everything read: the latest of all counts, and the rest settles by it.
        buffer.lagging(java.util.Set.of());
        assertThat(sources(buffer.overflow())).containsExactly("ar-3");
        assertThat(buffer.size()).isEqualTo(1);
    }
}
