package dev.marsad.pipeline;

import dev.marsad.cluster.ClusterConfig;
import dev.marsad.dedupe.DedupeConfig;
import java.util.Objects;

/**
 * Configuration of the story stages, built by the app.
 *
 * @param dedupe           near-duplicate detection
 * @param cluster          online clustering
 * @param summarySentences most sentences in a story summary
 */
public record StoryConfig(DedupeConfig dedupe, ClusterConfig cluster, int summarySentences) {
    public static final StoryConfig DEFAULT = new StoryConfig(DedupeConfig.DEFAULT, ClusterConfig.DEFAULT, 5);

    public StoryConfig {
        Objects.requireNonNull(dedupe, "dedupe");
        Objects.requireNonNull(cluster, "cluster");
        if (summarySentences < 1) {
            throw new IllegalArgumentException("summarySentences must be >= 1: " + summarySentences);
        }
    }
}
