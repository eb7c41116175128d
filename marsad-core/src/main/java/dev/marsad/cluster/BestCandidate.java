package dev.marsad.cluster;

import java.util.Collection;
import java.util.function.IntPredicate;

/**
 * The choice every second-chance rule makes ({@link NameRule}, {@link SmallStoryRule}): of the stories an article was
 * scored with, the best-scoring one that the rule's own test accepts, when it scores at least the rule's floor.
 */
final class BestCandidate {
    private BestCandidate() {
    }

    /**
     * The candidate (of {@code candidates}, parallel to {@code scores}) with the highest score at or above {@code floor}
     * that {@code accepts}, -1 when none. A candidate is tested only when it would beat the best so far: the tests
     * look at members and windows, the scores are already there.
     */
    static int of(Collection<Integer> candidates, double[] scores, double floor, IntPredicate accepts) {
        int best = -1;
        double bestScore = -1;
        int c = 0;
        for (int candidate : candidates) {
            double score = scores[c++];
            if (score >= floor && score > bestScore && accepts.test(candidate)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}
