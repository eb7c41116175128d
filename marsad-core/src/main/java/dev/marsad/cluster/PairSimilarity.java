package dev.marsad.cluster;

/**
 * The clusterer's article–story score applied to two articles, for evaluation against pair labels: the
 * second article is taken as a one-article story. Document frequencies come from the given state (counted
 * over a reference collection by the caller). Time decay is off (pairs carry no dates).
 */
public final class PairSimilarity {
    private final StoryScorer scorer;
    private final ClusterConfig config;

    public PairSimilarity(ClusterConfig config) {
        this.config = config;
        this.scorer = new StoryScorer(config);
    }

    /** Similarity of {@code a} and {@code b} in [0, 1], symmetric. */
    public double score(ClusterInput a, ClusterInput b, ClusterState frequencies) {
        return (one(a, b, frequencies) + one(b, a, frequencies)) / 2;
    }

    private double one(ClusterInput a, ClusterInput b, ClusterState frequencies) {
        StoryState story = new StoryState(-1);
        story.add(b, config.storyTerms());
        return scorer.score(a, story, frequencies);
    }
}
