package dev.marsad.cluster;

/**
 * Online clustering settings. The join threshold (0.12) maximises same-story F1 on the real SemEval-2022 Arabic
 * training pairs ({@code ./marsad eval similarity}); the title weight was tuned on the synthetic training stream of
 * {@code ./marsad eval clustering}; the 4-day decay lets a week of follow-ups join (see docs/EVALUATION.md).
 *
 * @param threshold     score at or above which an article joins the best story instead of starting one
 * @param titleWeight   share of the score from title similarity (moved to the body when a title is missing)
 * @param entityWeight  share of the score from shared entity keys (moved to the body when there are none)
 * @param decayDays     e-folding time of the time decay between an article and a story's latest article
 * @param queryTerms    an article's highest-weighted terms used to look up candidate stories
 * @param storyTerms    terms kept per story centroid (bounds memory per story)
 * @param postingCap    most recent stories kept per index term (bounds candidates per lookup)
 * @param maxCandidates stories scored per article: those sharing the most index keys with it
 */
public record ClusterConfig(double threshold, double titleWeight, double entityWeight, double decayDays,
                            int queryTerms, int storyTerms, int postingCap, int maxCandidates) {
    public static final ClusterConfig DEFAULT = new ClusterConfig(0.12, 0.1, 0.2, 4.0, 12, 120, 64, 40);

    public ClusterConfig {
        if (titleWeight < 0 || entityWeight < 0 || titleWeight + entityWeight > 1) {
            throw new IllegalArgumentException("weights must be >= 0 and sum to <= 1");
        }
        if (decayDays <= 0 || queryTerms < 1 || storyTerms < 1 || postingCap < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("decayDays, queryTerms, storyTerms and postingCap must be positive");
        }
    }

    public ClusterConfig withThreshold(double value) {
        return new ClusterConfig(value, titleWeight, entityWeight, decayDays, queryTerms, storyTerms, postingCap, maxCandidates);
    }

    public ClusterConfig withWeights(double title, double entity) {
        return new ClusterConfig(threshold, title, entity, decayDays, queryTerms, storyTerms, postingCap, maxCandidates);
    }

    public ClusterConfig withDecayDays(double value) {
        return new ClusterConfig(threshold, titleWeight, entityWeight, value, queryTerms, storyTerms, postingCap, maxCandidates);
    }
}
