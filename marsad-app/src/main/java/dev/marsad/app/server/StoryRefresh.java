package dev.marsad.app.server;

import dev.marsad.model.ArticleRef;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.StoryStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored stories in step with the stored articles, on every path that stores them (the server's ingests,
 * {@code ingest}, {@code watch}) and for a server starting on a store they filled: every stored article is grouped
 * again with the same engine as {@code marsad cluster}, so {@code serve} shows the stories {@code cluster} would
 * tell. Cost is linear in the stored articles per refresh. Not synchronised: callers that share a store serialise.
 */
public final class StoryRefresh {
    /** Told of each article that a refresh placed in a story for the first time (watch alerts). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (article, storyId) -> { };

        void onArticle(StoredArticle article, String storyId);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoryRefresh.class);
    private final ArticleStore articles;
    private final StoryStore stories;
    private final StoryGrouper grouper;
    private final Listener listener;

    public StoryRefresh(ArticleStore articles, StoryStore stories, StoryGrouper grouper) {
        this(articles, stories, grouper, Listener.NONE);
    }

    public StoryRefresh(ArticleStore articles, StoryStore stories, StoryGrouper grouper, Listener listener) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.grouper = Objects.requireNonNull(grouper, "grouper");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Regroups every stored article; returns the number of stories. Then tells the listener of each article
     * that no story held before, with the id of its story now (story ids derive from a story's first article,
     * so they stay put while later copies join).
     */
    public int refresh() {
        Set<ArticleRef> placed = listener == Listener.NONE ? Set.of() : refs(stories.stories());
        List<StoredArticle> all = articles.articles();
        List<Story> grouped = grouper.group(all);
        stories.replaceAll(grouped);
        if (listener != Listener.NONE) {
            announce(all, placed, grouped);
        }
        return grouped.size();
    }

    private void announce(List<StoredArticle> all, Set<ArticleRef> placed, List<Story> grouped) {
        Map<ArticleRef, String> storyOf = new HashMap<>();
        grouped.forEach(s -> s.articles().forEach(a -> storyOf.put(a.ref(), s.id())));
        for (StoredArticle article : all) {
            String storyId = storyOf.get(article.ref());
            if (storyId == null || placed.contains(article.ref())) {
                continue;
            }
            try {
                listener.onArticle(article, storyId);
            } catch (RuntimeException e) {
                // The stories are stored: a listener's failure must not fail the ingest that stored them.
                LOG.warn("after regrouping, article {} in story {}: {}", article.id(), storyId, e.toString());
            }
        }
    }

    private static Set<ArticleRef> refs(List<Story> stories) {
        Set<ArticleRef> out = new HashSet<>();
        stories.forEach(s -> s.articles().stream().map(StoryArticle::ref).forEach(out::add));
        return out;
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
