package dev.marsad.app.server;

import dev.marsad.model.Story;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.StoryStore;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the stored stories in step with the stored articles, on every path that stores them (the server's ingests,
 * {@code ingest}, {@code watch}) and for a server starting on a store they filled: every stored article is grouped
 * again with the same engine as {@code marsad cluster}, so {@code serve} shows the stories {@code cluster} would
 * tell. Cost is linear in the stored articles per refresh. Not synchronised: callers that share a store serialise.
 */
public final class StoryRefresh {
    private final ArticleStore articles;
    private final StoryStore stories;
    private final StoryGrouper grouper;

    public StoryRefresh(ArticleStore articles, StoryStore stories, StoryGrouper grouper) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.grouper = Objects.requireNonNull(grouper, "grouper");
    }

    /** Regroups every stored article; returns the number of stories. */
    public int refresh() {
        List<Story> grouped = grouper.group(articles.articles());
        stories.replaceAll(grouped);
        return grouped.size();
    }

    /**
     * Regroups when the stored stories do not hold exactly the stored articles (articles stored by an older
     * version, or by a process that stopped before regrouping); returns whether it did.
     */
    public boolean refreshIfStale() {
        int inStories = stories.stories().stream().mapToInt(s -> s.articles().size()).sum();
        if (inStories == articles.count()) {
            return false;
        }
        refresh();
        return true;
    }
}
