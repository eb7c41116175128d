package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryStanding;
import dev.marsad.port.StoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page ranked from the stored standings (no bodies) gives exactly what the ranking over every parsed story
 * gave before (kept below, verbatim, as {@link Legacy}): same stories in the same order, same totals, same outlet
 * counts and breaking marks, for every sort and window, on an H2 store with many stories of every date shape.
 */
class FrontPageEquivalenceTest {
    private static final List<String> OUTLETS = List.of("عكاظ", "الجزيرة نت", "العربية", "هسبريس", "الرياض",
            "سبق", "المدينة", "الوطن");

    @TempDir
    Path dir;

    @Test
    void rankingFromStandingsEqualsRankingOverEveryStory() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            StoryStore store = new JdbcStoryStore(db);
            List<Story> stories = randomStories(new Random(11), 1500);
            // Written as the story engine writes them: a replay, then batches of changed stories.
            store.replaceAll(stories.subList(0, 1000));
            store.putAll(stories.subList(1000, 1500), StoryStore.ANY);
            store.putAll(randomStories(new Random(12), 300), StoryStore.ANY);
            // Stories that grew: rewritten in place.
            store.putAll(stories.subList(0, 100).stream().map(FrontPageEquivalenceTest::grown).toList(), StoryStore.ANY);

            List<Story> all = store.stories();
            RankedStories ranked = new RankedStories(store);
            RankedStories.Snapshot now = ranked.current();
            assertThat(now.stored()).extracting(StoryStanding::id).containsExactlyElementsOf(all.stream().map(Story::id).toList());
            Optional<Instant> newest = Legacy.newest(all);
            assertThat(now.newest()).isEqualTo(newest);
            for (StoryRanking.Sort sort : StoryRanking.Sort.values()) {
                for (Optional<Integer> days : List.of(Optional.<Integer>empty(), Optional.of(1), Optional.of(2),
                        Optional.of(7), Optional.of(30), Optional.of(365))) {
                    List<Story> expected = Legacy.rank(all, Legacy.Sort.valueOf(sort.name()), days, newest);
                    List<StoryStanding> actual = now.ranked(sort, days);
                    assertThat(actual).as("%s %s", sort, days).extracting(StoryStanding::id)
                            .containsExactlyElementsOf(expected.stream().map(Story::id).toList());
                    // The page's bodies, read by id, are the stories the old page showed.
                    List<StoryStanding> page = actual.stream().skip(7).limit(20).toList();
                    assertThat(ranked.bodies(page)).isEqualTo(expected.stream().skip(7).limit(20).toList());
                }
            }
            int breaking = 0;
            for (int i = 0; i < all.size(); i++) {
                Story story = all.get(i);
                StoryStanding standing = now.stored().get(i);
                assertThat(standing.outlets()).as(story.id()).isEqualTo(Legacy.outlets(story));
                boolean legacyBreaking = Legacy.breaking(story, newest);
                assertThat(StoryRanking.breaking(standing, now.newest())).as(story.id()).isEqualTo(legacyBreaking);
                breaking += legacyBreaking ? 1 : 0;
            }
            assertThat(breaking).as("the data has breaking stories to compare").isGreaterThan(5);
        }
    }

    @Test
    void theStandingsAreKeptUntilTheStoriesChange() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            StoryStore store = new JdbcStoryStore(db);
            store.replaceAll(randomStories(new Random(3), 20));
            RankedStories ranked = new RankedStories(store);
            RankedStories.Snapshot first = ranked.current();
            assertThat(ranked.current()).isSameAs(first);
            store.putAll(randomStories(new Random(4), 1), StoryStore.ANY);
            assertThat(ranked.current()).isNotSameAs(first);
            assertThat(ranked.current().stored()).hasSize(first.stored().size() + 1);
        }
    }

    /** {@code story} with one more article, a day after its first. */
    private static Story grown(Story story) {
        List<StoryArticle> articles = new ArrayList<>(story.articles());
        StoryArticle first = articles.get(0);
        articles.add(new StoryArticle(new ArticleRef(story.id() + "/late.html", 0), Optional.of("متابعة"),
                Optional.of("سبق"), first.published().map(p -> p.length() >= 10 ? p.substring(0, 10) + "T23:00:00+03:00" : p)));
        return new Story(story.id(), story.headline(), articles, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Stories of 1 to 40 articles over a year, with dates as days, local times, offsets, junk and none. */
    static List<Story> randomStories(Random random, int count) {
        List<Story> out = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
        for (int s = 0; s < count; s++) {
            String id = "s-" + Long.toHexString(random.nextLong());
            // Some on the last day, quickly covered: where stories can be breaking.
            boolean late = random.nextInt(8) == 0;
            int size = late ? 3 + random.nextInt(6) : 1 + (int) Math.min(39, Math.abs(random.nextGaussian() * 6));
            LocalDateTime base = late ? start.plusDays(364).plusMinutes(random.nextInt(24 * 60))
                    : start.plusMinutes(random.nextInt(364 * 24 * 60));
            int spread = late ? 12 * 60 : (random.nextBoolean() ? 1 : 3) * 24 * 60;
            List<StoryArticle> articles = new ArrayList<>();
            for (int a = 0; a < size; a++) {
                LocalDateTime t = base.plusMinutes(random.nextInt(spread));
                Optional<String> published = switch (random.nextInt(7)) {
                    case 0 -> Optional.of(t.toLocalDate().toString());
                    case 1 -> Optional.of(t.toString());
                    case 2 -> Optional.of(t.atOffset(ZoneOffset.ofHours(3)).toString());
                    case 3 -> Optional.of(t.atOffset(ZoneOffset.UTC).toString());
                    case 4 -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of("أمس");
                    default -> Optional.of(t.atOffset(ZoneOffset.ofHours(4)).withNano(random.nextInt(1000) * 1000)
                            .toString());
                };
                Optional<String> outlet = random.nextInt(10) == 0 ? Optional.empty()
                        : Optional.of(OUTLETS.get(random.nextInt(OUTLETS.size())));
                articles.add(new StoryArticle(new ArticleRef(id + "/" + a + ".html", 0), Optional.of("عنوان " + a),
                        outlet, published));
            }
            out.add(new Story(id, "قصة " + s, articles, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return out;
    }

    /** The ranking as it was before the standings: over every parsed story, per request. */
    static final class Legacy {
        static final int BREAKING_OUTLETS = 3;
        static final Duration BREAKING_SPAN = Duration.ofHours(24);

        enum Sort {
            SIZE, OUTLETS, RECENT
        }

        static List<Story> rank(List<Story> stories, Sort sort, Optional<Integer> days, Optional<Instant> newest) {
            record Keyed(Story story, Instant latest, int outlets) {
            }
            Optional<Instant> since = days.flatMap(d -> newest.map(n -> n.minus(Duration.ofDays(d))));
            List<Keyed> kept = stories.stream()
                    .map(s -> new Keyed(s, latest(s).orElse(Instant.MIN), sort == Sort.OUTLETS ? outlets(s) : 0))
                    .filter(k -> since.isEmpty() || !k.latest().isBefore(since.get()))
                    .toList();
            Comparator<Keyed> order = switch (sort) {
                case SIZE -> (a, b) -> 0;
                case OUTLETS -> Comparator.comparingInt(Keyed::outlets).reversed();
                case RECENT -> Comparator.comparing(Keyed::latest).reversed();
            };
            return kept.stream().sorted(order).map(Keyed::story).toList();
        }

        static boolean breaking(Story story, Optional<Instant> newestOfAll) {
            Optional<Instant> last = latest(story);
            if (last.isEmpty() || newestOfAll.isEmpty() || last.get().isBefore(newestOfAll.get().minus(BREAKING_SPAN))) {
                return false;
            }
            Instant since = last.get().minus(BREAKING_SPAN);
            Set<String> recent = new HashSet<>();
            for (StoryArticle a : story.articles()) {
                if (time(a).map(t -> !t.isBefore(since)).orElse(false)) {
                    recent.add(outlet(a));
                }
            }
            return recent.size() >= BREAKING_OUTLETS;
        }

        static Optional<Instant> newest(List<Story> stories) {
            return stories.stream().map(Legacy::latest).flatMap(Optional::stream).max(Comparator.naturalOrder());
        }

        static int outlets(Story story) {
            Set<String> names = new HashSet<>();
            story.articles().forEach(a -> names.add(outlet(a)));
            return names.size();
        }

        private static String outlet(StoryArticle a) {
            return a.outlet().orElse(a.ref().source());
        }

        static Optional<Instant> latest(Story story) {
            return story.articles().stream().map(Legacy::time).flatMap(Optional::stream).max(Comparator.naturalOrder());
        }

        static Optional<Instant> time(StoryArticle a) {
            if (a.published().isEmpty()) {
                return Optional.empty();
            }
            String p = a.published().get();
            try {
                return Optional.of(OffsetDateTime.parse(p).toInstant());
            } catch (DateTimeParseException e) {
                // a date-time without offset, or a date
            }
            try {
                return Optional.of(LocalDateTime.parse(p).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // a date
            }
            try {
                return Optional.of(LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

}
