package dev.marsad.pipeline;

import dev.marsad.cluster.ClusterInput;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The story stages in order: dedupe → cluster → summarize. Thread-safe; per-stream state lives in a
 * {@link StoryRun}.
 */
public final class StoryPipeline {
    private final StoryConfig config;

    private StoryPipeline(StoryConfig config) {
        this.config = config;
    }

    /** The standard story pipeline. */
    public static StoryPipeline standard(StoryConfig config) {
        return new StoryPipeline(Objects.requireNonNull(config, "config"));
    }

    /** A fresh online run: offer articles in time order, read the stories at any point. */
    public StoryRun newRun() {
        return new StoryRun(config);
    }

    /**
     * Groups every article of {@code analyses} into stories, offering them in time order: publication day,
     * then input order; undated articles come after dated ones, in input order.
     */
    public List<Story> cluster(List<Analysis> analyses) {
        record Entry(ArticleRef ref, AnalyzedArticle article, Optional<LocalDate> day) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Analysis analysis : analyses) {
            // An article pasted into a page without a date of its own was seen on the page's date.
            Optional<LocalDate> pageDay = analysis.articles().isEmpty() ? Optional.empty()
                    : analysis.articles().get(0).article().metadata().published().flatMap(ClusterInput::day);
            for (int i = 0; i < analysis.articles().size(); i++) {
                AnalyzedArticle a = analysis.articles().get(i);
                entries.add(new Entry(new ArticleRef(analysis.source(), i), a,
                        a.article().metadata().published().flatMap(ClusterInput::day).or(() -> pageDay)));
            }
        }
        // List.sort is stable, so equal days keep input order.
        entries.sort(Comparator.comparing((Entry e) -> e.day().orElse(LocalDate.MAX)));
        StoryRun run = newRun();
        entries.forEach(e -> run.add(e.ref(), e.article(), e.day()));
        return run.stories();
    }
}
