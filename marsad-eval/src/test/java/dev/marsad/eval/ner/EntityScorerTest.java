package dev.marsad.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** conlleval-style scoring: exact span and type. */
class EntityScorerTest {
    @Test
    void exactSpanAndTypeCounts() {
        EntityScorer scorer = new EntityScorer();
        scorer.add(new int[] {1, 2, 0, 3}, new int[] {1, 2, 0, 3});
        assertThat(scorer.f1()).isEqualTo(100.0);
    }

    @Test
    void partialSpanIsWrong() {
        EntityScorer scorer = new EntityScorer();
        scorer.add(new int[] {1, 2, 0}, new int[] {1, 0, 0});
        assertThat(scorer.f1()).isZero();
    }

    @Test
    void insideAfterOutsideOpensAName() {
        assertThat(EntityScorer.chunks(new int[] {0, 2, 2})).hasSize(1);
    }

    @Test
    void noNamesScoresZero() {
        assertThat(new EntityScorer().f1()).isZero();
    }
}
