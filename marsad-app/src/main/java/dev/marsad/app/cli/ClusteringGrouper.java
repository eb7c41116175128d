package dev.marsad.app.cli;

import dev.marsad.app.server.StoryGrouper;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import java.util.List;

/**
 * Groups stored articles into stories with the same online engine as {@code marsad cluster}
 * ({@link StoryPipeline}): articles are offered in time order (publication day, then the order they were
 * stored; undated last), so a deployment and a one-shot run tell the same stories.
 */
final class ClusteringGrouper implements StoryGrouper {
    private final StoryPipeline pipeline;

    ClusteringGrouper(StoryConfig config) {
        this(StoryPipeline.standard(config));
    }

    /** Grouping with {@code pipeline} (a benchmark's timed one). */
    ClusteringGrouper(StoryPipeline pipeline) {
        this.pipeline = pipeline;
    }

    ClusteringGrouper() {
        this(StoryConfig.DEFAULT);
    }

    @Override
    public List<Story> group(List<StoredArticle> articles) {
        // The store returns articles in the order they were stored: that order breaks ties within a day.
        return pipeline.clusterArticles(articles.stream()
                .map(a -> new StoryPipeline.StoryInput(a.ref(), a.article())).toList());
    }
}
