package dev.marsad.app.cli;

import dev.marsad.app.server.StoryGrouper;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import dev.marsad.pipeline.StoryRun;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Groups stored articles into stories with the same online engine as {@code marsad cluster}
 * ({@link StoryPipeline}): articles are offered in time order (publication day, then the order they were
 * stored; undated last), so a deployment and a one-shot run tell the same stories.
 */
final class ClusteringGrouper implements StoryGrouper {
    private final StoryPipeline pipeline;

    ClusteringGrouper(StoryConfig config) {
        this.pipeline = StoryPipeline.standard(config);
    }

    ClusteringGrouper() {
        this(StoryConfig.DEFAULT);
    }

    @Override
    public List<Story> group(List<StoredArticle> articles) {
        // An article pasted into a page without a date of its own was seen on the page's (main article's) date.
        java.util.Map<String, LocalDate> pageDays = new java.util.HashMap<>();
        for (StoredArticle a : articles) {
            if (a.ref().index() == 0) {
                day(a).ifPresent(d -> pageDays.put(a.ref().source(), d));
            }
        }
        java.util.function.Function<StoredArticle, Optional<LocalDate>> seen =
                a -> day(a).or(() -> Optional.ofNullable(pageDays.get(a.ref().source())));
        List<StoredArticle> ordered = new ArrayList<>(articles);
        // List.sort is stable: equal days keep the order the store returned (first stored first).
        ordered.sort(Comparator.comparing((StoredArticle a) -> seen.apply(a).orElse(LocalDate.MAX)));
        StoryRun run = pipeline.newRun();
        ordered.forEach(a -> run.add(a.ref(), a.article(), seen.apply(a)));
        return run.stories();
    }

    private static Optional<LocalDate> day(StoredArticle a) {
        return a.article().article().metadata().published().flatMap(p -> {
            try {
                return Optional.of(LocalDate.parse(p.substring(0, Math.min(10, p.length()))));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
