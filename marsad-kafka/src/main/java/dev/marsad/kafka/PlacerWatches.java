package dev.marsad.kafka;

import dev.marsad.app.ingest.ArticleListener;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.StoryStore;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The watchlists of the distributed mode: the placer is the one process that sees each article placed in its
 * story, so it evaluates the watches ({@code evaluate}: {@link dev.marsad.app.alert.Alerts#onArticle}) as the
 * single process's ingest does, and the alert log keeps one alert per (watch, story).
 *
 * <p>A placer killed after an article was committed but before its watches were evaluated re-reads the page (its
 * offset was not committed) and finds the article already stored, so the ingest service tells no listener about
 * it. {@link #placed} therefore evaluates again every article a page found already stored and no listener was told
 * about, in the story the store has it in; the alert log makes that harmless when the alerts were recorded the first
 * time (one per watch and story). Not thread-safe: the placer's one thread calls it.
 */
final class PlacerWatches implements ArticleListener {
    /** Evaluates the watches against one article placed in one story. */
    @FunctionalInterface
    interface Evaluation {
        void onArticle(StoredArticle article, String storyId);
    }

    private final Evaluation evaluation;
    private final StoryStore stories;
    private final Set<String> told = new HashSet<>();

    PlacerWatches(Evaluation evaluation, StoryStore stories) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    /**
     * The watches of {@code alerts} evaluated for every article {@code service} places (the ingest's listener) and,
     * through {@link #placed}, for what a page found stored already; the placer hands each result to it.
     */
    static PlacerWatches attach(IngestService service, dev.marsad.app.alert.Alerts alerts, StoryStore stories) {
        PlacerWatches watches = new PlacerWatches(alerts::onArticle, stories);
        service.addListener(watches);
        return watches;
    }

    @Override
    public void stored(StoredArticle article, String storyId) {
        told.add(article.id());
        evaluation.onArticle(article, storyId);
    }

    /** After one page was placed: the articles it found stored already are evaluated again (see above). */
    void placed(IngestService.IngestResult result) {
        try {
            if (result.present() == 0) {
                return;
            }
            List<StoredArticle> untold = result.stored().stream().filter(a -> !told.contains(a.id())).toList();
            if (untold.isEmpty()) {
                return;
            }
            Map<String, String> storyOf = stories.storyIds(untold.stream().map(StoredArticle::id).toList());
            for (StoredArticle article : untold) {
                String story = storyOf.get(article.id());
                // An article not yet in a story is placed at the end of the batch, and its listeners told then.
                if (story != null) {
                    evaluation.onArticle(article, story);
                }
            }
        } finally {
            told.clear();
        }
    }
}
