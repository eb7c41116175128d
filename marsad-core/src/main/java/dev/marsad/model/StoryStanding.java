package dev.marsad.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What ranks a story for a reader, without its body: a store keeps it beside each story, so a front page is ranked
 * from these few values and only the stories of the page are read.
 *
 * @param id            the story's id
 * @param size          its number of articles
 * @param latest        the latest publication date of its articles as written ("" when none is dated): the stored
 *                      order's second key
 * @param latestAt      the latest publication instant of its articles (see {@link #time}); empty when none has one
 * @param outlets       its distinct outlets (an article without an outlet counts as its source)
 * @param recentOutlets its distinct outlets within {@link #BREAKING_SPAN} of {@code latestAt} (0 when that is empty):
 *                      what tells whether it is breaking
 */
public record StoryStanding(String id, int size, String latest, Optional<Instant> latestAt, int outlets,
                            int recentOutlets) {
    /** How far back from a story's latest article its outlets count as recent. */
    public static final Duration BREAKING_SPAN = Duration.ofHours(24);

    /** The stored order of stories: size, then latest publication date as written (newest first), then id. */
    public static final Comparator<StoryStanding> ORDER = Comparator.comparingInt(StoryStanding::size).reversed()
            .thenComparing(StoryStanding::latest, Comparator.reverseOrder())
            .thenComparing(StoryStanding::id);

    public StoryStanding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(latestAt, "latestAt");
    }

    /** Works out the standing of {@code story} from its articles. */
    public static StoryStanding of(Story story) {
        String latest = story.articles().stream().map(a -> a.published().orElse("")).max(String::compareTo).orElse("");
        Optional<Instant> latestAt = story.articles().stream().map(StoryStanding::time).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        Set<String> all = new HashSet<>();
        Set<String> recent = new HashSet<>();
        Optional<Instant> since = latestAt.map(t -> t.minus(BREAKING_SPAN));
        for (StoryArticle a : story.articles()) {
            all.add(outlet(a));
            if (since.isPresent() && time(a).map(t -> !t.isBefore(since.get())).orElse(false)) {
                recent.add(outlet(a));
            }
        }
        return new StoryStanding(story.id(), story.articles().size(), latest, latestAt, all.size(), recent.size());
    }

    private static String outlet(StoryArticle a) {
        return a.outlet().orElse(a.ref().source());
    }

    /** An article's publication time ({@link PublicationTime}). */
    private static Optional<Instant> time(StoryArticle a) {
        return PublicationTime.instant(a.published());
    }
}
