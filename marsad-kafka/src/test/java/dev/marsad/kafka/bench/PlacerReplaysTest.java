package dev.marsad.kafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacerReplaysTest {

    @Test
    void countsTheReplaysAndTheLateArticlesThePlacerReported() {
        PlacerReplays replays = PlacerReplays.of(List.of(
                "marsad: placer: mb1.w1.articles at localhost:9092, group g, window 5000 pages, lateness 5000 ms",
                "marsad: placer: 3 late article(s) placed by a replay of the store, 120 article(s) placed again "
                        + "(1 replays so far, 1 of the store)",
                "marsad: https://example.com/x: not HTML",
                "marsad: placer: 1 late article(s) placed by a replay from their day, 7 article(s) placed again "
                        + "(2 replays so far, 1 of the store)"));
        assertThat(replays).isEqualTo(new PlacerReplays(2, 4, 1, 127));
        assertThat(replays.describe()).isEqualTo("2 replays (1 of the store) placing 4 late articles, 127 placed again");
        assertThat(PlacerReplays.of(List.of("marsad: placer: stored articles to t")).describe())
                .isEqualTo("no replay (no late article)");
    }

    @Test
    void readsTheLinesOfEarlierPlacers() {
        assertThat(PlacerReplays.of(List.of(
                "marsad: placer: 2 late article(s) placed by a replay of the store (1 replays so far)")))
                .isEqualTo(new PlacerReplays(1, 2, 1, 0));
    }
}
