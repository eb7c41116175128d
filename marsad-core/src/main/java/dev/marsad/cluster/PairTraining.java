package dev.marsad.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Training data for the pair model: a stream's articles weighed in order, exactly as the clusterer weighs them
 * (background plus the stream's counts so far), and the features of every two of them. For
 * {@code ./marsad train pairs}; not used by the clusterer.
 */
public final class PairTraining {
    private PairTraining() {
    }

    /**
     * The features of every pair of {@code stream} (in arrival order): {@code out[i][j]} for {@code j < i}, each
     * {@link PairModel#featureNames()} long.
     */
    public static double[][][] features(List<ClusterInput> stream, ClusterConfig config) {
        InMemoryClusterState state = new InMemoryClusterState(config.postingCap());
        ArticleWeigher weigher = new ArticleWeigher(config, state, BackgroundFrequencies.shipped(), true);
        List<ArticleProfile> profiles = new ArrayList<>();
        double[][][] out = new double[stream.size()][][];
        for (int i = 0; i < stream.size(); i++) {
            ArticleProfile profile = weigher.weigh(stream.get(i), true).profile();
            out[i] = new double[i][];
            for (int j = 0; j < i; j++) {
                out[i][j] = PairFeatures.of(profile, profiles.get(j));
            }
            profiles.add(profile);
        }
        return out;
    }
}
