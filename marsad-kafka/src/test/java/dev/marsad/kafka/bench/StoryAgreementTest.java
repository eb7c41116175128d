package dev.marsad.kafka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryAgreementTest {
    @Test
    void theSameGroupsUnderOtherIdsAgreeFully() {
        assertThat(StoryAgreement.bcubedF1(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "2")))
                .isEqualTo(1.0);
    }

    @Test
    void aSplitStoryCostsRecallOnly() {
        // Expected {a,b,c,d}; actual {a,b} {c,d}: precision 1, recall 1/2 for each article, F1 2/3.
        double f1 = StoryAgreement.bcubedF1(Map.of("a", "x", "b", "x", "c", "y", "d", "y"),
                Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
        assertThat(f1).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aMissingArticleIsAStoryOfItsOwn() {
        // Expected {a,b}; actual lacks b: a is alone (recall 1/2), b alone (recall 1/2); precision 1: F1 2/3.
        assertThat(StoryAgreement.bcubedF1(Map.of("a", "x"), Map.of("a", "1", "b", "1")))
                .isCloseTo(2.0 / 3, within(1e-9));
    }
}
