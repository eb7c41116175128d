package dev.marsad.cluster;

import java.util.Collection;
import java.util.function.IntToDoubleFunction;

/**
 * The body rule ({@link ClusterConfig.BodyRule}): the last chance of an article that neither its score nor its
 * headline places. Opinion columns, victims' portraits and funeral reports of a big event carry headlines of their own
 * («سحقا لمن يستبيح بيوت الله», «قبائل بالحارث تشيع جثمان الشهيد المسيلي») while their text names the event's place,
 * target and deed: the article joins the large story whose concentrated signature its whole text names most.
 * Stateless: the clusterer passes what it knows.
 */
final class BodyRule {
    private BodyRule() {
    }

    /** Whether {@code term} is concentrated in story {@code story} (the clusterer's recent headlines decide). */
    @FunctionalInterface
    interface Concentration {
        boolean test(int term, int story);
    }

    /**
     * The story among {@code stories} (each of at least {@code minMembers} articles) whose concentrated signature terms
     * {@code text} names most, when it names at least {@code minNamed} of them and the article scores at least the floor
     * with it (ties: the higher score); -1 when none.
     */
    static int story(ClusterConfig config, RareTerms text, Collection<Integer> stories, ClusterState state,
                     Concentration concentration, IntToDoubleFunction score) {
        ClusterConfig.BodyRule rule = config.bodyRule();
        ClusterConfig.EventRule event = config.eventRule();
        int best = -1;
        int bestNamed = rule.minNamed() - 1;
        double bestScore = -1;
        for (int candidate : stories) {
            StoryState story = state.story(candidate);
            int named = 0;
            for (int term : story.signatureTerms(event.signatureTerms(), event.minCount())) {
                if (text.contains(term) && concentration.test(term, candidate)) {
                    named++;
                }
            }
            if (named < rule.minNamed() || named < bestNamed) {
                continue;
            }
            // Scored last: a comparison with the story's members is the costly part.
            double s = score.applyAsDouble(candidate);
            if (s < rule.scoreFloor()) {
                continue;
            }
            if (best < 0 || named > bestNamed || s > bestScore) {
                best = candidate;
                bestNamed = named;
                bestScore = s;
            }
        }
        return best;
    }
}
