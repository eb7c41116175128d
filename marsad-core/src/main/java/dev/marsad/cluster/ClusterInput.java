package dev.marsad.cluster;

import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.Entity;
import dev.marsad.text.MatchTerms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the clusterer needs of one article: term counts of body and title, entity keys and publication day.
 *
 * @param body     matching-term counts of the body
 * @param title    matching-term counts of the title (empty when there is none)
 * @param entities entity keys mentioned (empty when extraction found none)
 * @param day      publication day, when known
 */
public record ClusterInput(Map<String, Integer> body, Map<String, Integer> title, Set<String> entities,
                           Optional<LocalDate> day) {
    public ClusterInput {
        body = Map.copyOf(Objects.requireNonNull(body, "body"));
        title = Map.copyOf(Objects.requireNonNull(title, "title"));
        entities = Set.copyOf(Objects.requireNonNull(entities, "entities"));
        Objects.requireNonNull(day, "day");
    }

    /**
     * The input for an analysed article that states no date of its own but was seen on {@code seenOn} (an
     * article pasted into a page dated that day): the day places it in time for the decay only, so an undated
     * pasted article cannot join a story from any date.
     */
    public static ClusterInput of(AnalyzedArticle article, Optional<LocalDate> seenOn) {
        ClusterInput own = of(article);
        return own.day().isPresent() ? own : new ClusterInput(own.body(), own.title(), own.entities(), seenOn);
    }

    /** The input for an analysed article. */
    public static ClusterInput of(AnalyzedArticle article) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : article.extraction().entities()) {
            keys.add(e.key());
        }
        var meta = article.article().metadata();
        return new ClusterInput(counts(MatchTerms.of(article.article().text())),
                counts(MatchTerms.of(meta.title().orElse(""))), keys, meta.published().flatMap(ClusterInput::day));
    }

    /** The day of an ISO date or date-time ({@code 2023-09-15}, {@code 2023-09-15T08:00:00Z}); empty otherwise. */
    public static Optional<LocalDate> day(String iso) {
        if (iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Term counts of a term list. */
    public static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : terms) {
            out.merge(t, 1, Integer::sum);
        }
        return out;
    }
}
