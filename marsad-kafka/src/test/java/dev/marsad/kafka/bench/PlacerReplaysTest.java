package dev.marsad.kafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacerReplaysTest {

    @Test
    void countsTheReplaysAndTheLateArticlesThePlacerReported() {
        PlacerReplays replays = PlacerReplays.of(List.of(
                "marsad: placer: mb1.w1.articles at localhost:9092, group g, window 5000 pages, lateness 5000 ms",
                "marsad: placer: 3 late article(s) placed by a replay of the store (1 replays so far)",
                "marsad: https://example.com/x: not HTML",
                "marsad: placer: 1 late article(s) placed by a replay of the store (2 replays so far)"));
        assertThat(replays).isEqualTo(new PlacerReplays(2, 4));
        assertThat(replays.describe()).isEqualTo("2 replays of the store placing 4 late articles");
        assertThat(PlacerReplays.of(List.of("marsad: placer: stored articles to t")).describe())
                .isEqualTo("no replay of the store (no late article)");
    }
}
