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

    @Test
    void errorsAreSortedByKind() {
        EntityScorer scorer = new EntityScorer();
        // gold: PERS 0-2, LOC 3, ORG 5-7, PERS 8; predicted: PERS 0 (boundary), ORG 3 (type), nothing at 5-7
        // (missed), LOC 8-9 (boundary and type), PERS 10 (spurious).
        scorer.add(new int[] {1, 2, 0, 3, 0, 5, 6, 0, 1, 0, 0}, new int[] {1, 0, 0, 5, 0, 0, 0, 0, 3, 4, 1});
        assertThat(scorer.errors(0)).isEqualTo(1);
        assertThat(scorer.errors(1)).isEqualTo(1);
        assertThat(scorer.errors(2)).isEqualTo(1);
        assertThat(scorer.errors(3)).isEqualTo(1);
        assertThat(scorer.errors(4)).isEqualTo(1);
        assertThat(scorer.report("t")).contains("boundary+type");
    }
}
