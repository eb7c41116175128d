package dev.marsad.app.cli;

import dev.marsad.app.server.StoryGrouper;
import dev.marsad.model.Story;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.StoryStore;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the stored stories in step with the stored articles for the commands that store articles outside the
 * server ({@code ingest}, {@code watch}) and for a server starting on a store they filled: after a batch that
 * stored something, every stored article is grouped again with the same engine as {@code marsad cluster}, so
 * {@code serve} shows the stories {@code cluster} would tell. Cost is linear in the stored articles per refresh.
 */
final class StoryRefresh {
    private final ArticleStore articles;
    private final StoryStore stories;
    private final StoryGrouper grouper;

    StoryRefresh(ArticleStore articles, StoryStore stories, StoryGrouper grouper) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.grouper = Objects.requireNonNull(grouper, "grouper");
    }

    /** Regroups every stored article; returns the number of stories. */
    int refresh() {
        List<Story> grouped = grouper.group(articles.articles());
        stories.replaceAll(grouped);
        return grouped.size();
    }

    /**
     * Regroups when the stored stories do not hold exactly the stored articles (articles stored by an older
     * version, or by a process that stopped before regrouping); returns whether it did.
     */
    boolean refreshIfStale() {
        int inStories = stories.stories().stream().mapToInt(s -> s.articles().size()).sum();
        if (inStories == articles.count()) {
            return false;
        }
        refresh();
        return true;
    }
}
