package dev.marsad.cluster;

/**
 * Online clustering settings. The join threshold and the weights were chosen on the two labelled development
 * days of {@code ./marsad eval stories} (each day's figure with the threshold chosen on the other day is
 * reported beside it, see docs/EVALUATION.md). The labelled days span at most two days, inside the decay's grace, so
 * they cannot set the decay: its week-long e-folding is a design choice (see {@link StoryScorer}).
 *
 * @param threshold     score at or above which an article joins the best story instead of starting one
 * @param leadWeight    share of an article–article similarity from headline + first paragraph (moved to the body
 *                      when either side has none)
 * @param entityWeight  share from shared entity keys (moved to the body when either side has none)
 * @param decayDays     e-folding time of the time decay between an article and a story's latest article
 * @param queryTerms    an article's highest-weighted terms used to look up candidate stories
 * @param memberTerms   terms kept per article vector (bounds memory and the cost of one comparison)
 * @param storyMembers  most recent articles of a story kept to compare newcomers with
 * @param linkMembers   a newcomer's score with a story is its mean similarity to this many best-matching members
 * @param postingCap    most recent stories kept per index term (bounds candidates per lookup)
 * @param maxCandidates stories scored per article: those sharing the most index keys with it
 * @param closeDays     a story with no new article for this many days (behind the newest article seen) is closed:
 *                      it takes no new members and its kept members are released, so the state stays bounded
 * @param pairModel     when not null, two articles' similarity is this model's probability that they report the same
 *                      story (the threshold is then a probability), instead of the hand-set mix of cosines
 */
public record ClusterConfig(double threshold, double leadWeight, double entityWeight, double decayDays,
                            int queryTerms, int memberTerms, int storyMembers, int linkMembers,
                            int postingCap, int maxCandidates, int closeDays, PairModel pairModel) {
    public static final ClusterConfig DEFAULT = new ClusterConfig(0.24, 0.2, 0.1, 7.0, 12, 150, 16, 2, 64, 40, 30, null);

    public ClusterConfig {
        if (leadWeight < 0 || entityWeight < 0 || leadWeight + entityWeight > 1) {
            throw new IllegalArgumentException("weights must be >= 0 and sum to <= 1");
        }
        if (decayDays <= 0 || queryTerms < 1 || memberTerms < 1 || storyMembers < 1 || linkMembers < 1
                || postingCap < 1 || maxCandidates < 1 || closeDays < 1) {
            throw new IllegalArgumentException("decayDays and every count must be positive");
        }
    }

    public ClusterConfig withThreshold(double value) {
        return new ClusterConfig(value, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel);
    }

    public ClusterConfig withWeights(double lead, double entity) {
        return new ClusterConfig(threshold, lead, entity, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel);
    }

    public ClusterConfig withDecayDays(double value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, value, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel);
    }

    public ClusterConfig withLinkMembers(int value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                value, postingCap, maxCandidates, closeDays, pairModel);
    }

    public ClusterConfig withPairModel(PairModel value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, value);
    }

    public ClusterConfig withCloseDays(int value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, value, pairModel);
    }
}
