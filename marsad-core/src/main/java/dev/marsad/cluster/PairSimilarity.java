package dev.marsad.cluster;

/**
 * The clusterer's article–article similarity, for evaluation against pair labels. Document frequencies come
 * from the shipped background table plus the given state (counted over a reference collection by the caller; a
 * comparison counts nothing more). Time decay is off (pairs carry no dates).
 */
public final class PairSimilarity {
    private final ClusterConfig config;
    private final BackgroundFrequencies background;

    public PairSimilarity(ClusterConfig config) {
        this.config = config;
        this.background = BackgroundFrequencies.shipped();
    }

    /** Similarity of {@code a} and {@code b} in [0, 1], symmetric. */
    public double score(ClusterInput a, ClusterInput b, ClusterState frequencies) {
        return new OnlineClusterer(config, frequencies, background).similarity(a, b);
    }
}
