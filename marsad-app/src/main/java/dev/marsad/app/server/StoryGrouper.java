package dev.marsad.app.server;

import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import java.util.List;

/** Groups every stored article into stories; the server calls it after each ingest. */
@FunctionalInterface
public interface StoryGrouper {

    /** Stories covering every article exactly once, ordered by size then recency. */
    List<Story> group(List<StoredArticle> articles);
}
