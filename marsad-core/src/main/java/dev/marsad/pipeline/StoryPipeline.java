package dev.marsad.pipeline;

import dev.marsad.cluster.ClusterInput;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The story stages in order: dedupe → cluster → summarize. Thread-safe; per-stream state lives in a
 * {@link StoryRun}.
 */
public final class StoryPipeline {
    private final StoryConfig config;
    private final StageTimer timer;

    private StoryPipeline(StoryConfig config, StageTimer timer) {
        this.config = config;
        this.timer = timer;
    }

    /** The standard story pipeline. */
    public static StoryPipeline standard(StoryConfig config) {
        return new StoryPipeline(Objects.requireNonNull(config, "config"), StageTimer.NONE);
    }

    /** The same pipeline reporting how long dedupe, cluster and summarize take to {@code timer} (benchmarks). */
    public StoryPipeline timed(StageTimer timer) {
        return new StoryPipeline(config, Objects.requireNonNull(timer, "timer"));
    }

    /** A fresh online run: offer articles in time order, read the stories at any point. */
    public StoryRun newRun() {
        return new StoryRun(config, timer);
    }

    /**
     * Groups every article of {@code analyses} into stories, offering them in time order (see
     * {@link #clusterArticles}).
     */
    public List<Story> cluster(List<Analysis> analyses) {
        List<StoryInput> inputs = new ArrayList<>();
        for (Analysis analysis : analyses) {
            for (int i = 0; i < analysis.articles().size(); i++) {
                inputs.add(new StoryInput(new ArticleRef(analysis.source(), i), analysis.articles().get(i)));
            }
        }
        return clusterArticles(inputs);
    }

    /**
     * One article to group: which it is and what analysis found.
     *
     * @param ref     the article's page and position on it (0 = the page's own article)
     * @param article the analysed article
     */
    public record StoryInput(ArticleRef ref, AnalyzedArticle article) {
        public StoryInput {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * Groups {@code inputs} into stories, offering them in time order: publication day, then the order given;
     * undated articles come after dated ones, in the order given. An article pasted into a page without a date
     * of its own was seen on the page's date (its own article's), so it is placed on that day. The one ordering
     * used by {@code cluster}, by a store's regrouping and by evaluation.
     */
    public List<Story> clusterArticles(List<StoryInput> inputs) {
        StoryRun run = newRun();
        inOrder(inputs).forEach(e -> run.add(e.input().ref(), e.input().article(), e.day()));
        return run.stories();
    }

    /**
     * An input in the clustering order, with the day it is placed on.
     *
     * @param position where it stood in the list given
     * @param input    the article
     * @param day      its own publication day, else its page's (an article pasted into a dated page)
     */
    record Ordered(int position, StoryInput input, Optional<LocalDate> day) {
        /** The sort key: the day, undated last. */
        LocalDate key() {
            return day.orElse(LocalDate.MAX);
        }
    }

    /** {@code inputs} in the one clustering order (see {@link #clusterArticles}). */
    static List<Ordered> inOrder(List<StoryInput> inputs) {
        Map<String, LocalDate> pageDays = new HashMap<>();
        for (StoryInput in : inputs) {
            if (in.ref().index() == 0) {
                day(in.article()).ifPresent(d -> pageDays.put(in.ref().source(), d));
            }
        }
        return inOrder(inputs, pageDays);
    }

    /**
     * {@code inputs} in the clustering order, their pasted articles placed on the days of {@code pageDays} (each
     * page's own article's day): the order of {@link #inOrder(List)} for the part of a stream that starts at a day
     * whose pages may have come before it.
     */
    static List<Ordered> inOrder(List<StoryInput> inputs, Map<String, LocalDate> pageDays) {
        List<Ordered> entries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StoryInput in = inputs.get(i);
            entries.add(new Ordered(i, in, day(in.article()).or(() -> Optional.ofNullable(pageDays.get(in.ref().source())))));
        }
        // List.sort is stable, so equal days keep the order given.
        entries.sort(Comparator.comparing(Ordered::key));
        return entries;
    }

    /** The publication day an article is placed on by its own date (empty: undated). */
    public static Optional<LocalDate> day(AnalyzedArticle article) {
        return article.article().metadata().published().flatMap(ClusterInput::day);
    }
}
