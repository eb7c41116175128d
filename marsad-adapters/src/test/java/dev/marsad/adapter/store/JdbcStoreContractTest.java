package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryOutlet;
import dev.marsad.model.StoryStanding;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.PutReport;
import dev.marsad.port.StoryPlacement;
import dev.marsad.port.StoryStore;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract, run against every database the store supports (see the subclasses). */
abstract class JdbcStoreContractTest {
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    Database database;
    JdbcArticleStore articles;
    JdbcStoryStore stories;

    /** A fresh, empty database of the kind under test. */
    abstract DatabaseConfig freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshDatabase());
        articles = new JdbcArticleStore(database, Clock.fixed(T0, ZoneOffset.UTC));
        stories = new JdbcStoryStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void emptyStoreHasNothing() {
        assertThat(articles.articles()).isEmpty();
        assertThat(articles.article("nope")).isEmpty();
        assertThat(stories.stories()).isEmpty();
        assertThat(stories.story("nope")).isEmpty();
    }

    @Test
    void roundTripsEveryFieldOfAnArticle() {
        Analysis analysis = new Analysis("https://example.com/kim.html",
                List.of(StoreFixtures.kim(), StoreFixtures.appended("نص ملحق")), List.of("المصدر: وكالات"));
        List<StoredArticle> stored = articles.put(analysis);

        assertThat(stored).hasSize(2);
        StoredArticle kim = articles.article(stored.get(0).id()).orElseThrow();
        assertThat(kim.article()).isEqualTo(StoreFixtures.kim());
        assertThat(kim.ref().source()).isEqualTo("https://example.com/kim.html");
        assertThat(kim.ref().index()).isZero();
        assertThat(kim.storedAt()).isEqualTo(T0);
        assertThat(articles.articles()).containsExactlyElementsOf(stored);
        assertThat(articles.article(stored.get(1).id()).orElseThrow().ref().index()).isEqualTo(1);
    }

    @Test
    void idsMatchTheInMemoryStore() {
        assertThat(articles.put(StoreFixtures.numbered(7)).get(0).id())
                .isEqualTo(InMemoryArticleStore.contentId(StoreFixtures.numbered(7).articles().get(0)));
    }

    @Test
    void storesTheSameArticleOnce() {
        PutReport first = articles.putReporting(StoreFixtures.numbered(1));
        Analysis again = new Analysis("mirror.html", StoreFixtures.numbered(1).articles(), List.of());
        PutReport second = articles.putReporting(again);

        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.present()).isEqualTo(2);
        assertThat(second.articles()).isEqualTo(first.articles());
        assertThat(articles.count()).isEqualTo(2);
    }

    @Test
    void knowsWhichSourcesAreStored() {
        articles.put(StoreFixtures.numbered(4));
        assertThat(articles.hasSource("input-4.html")).isTrue();
        assertThat(articles.hasSource("input-5.html")).isFalse();
    }

    @Test
    void remembersFeedValidators() {
        JdbcFeedStateStore feeds = new JdbcFeedStateStore(database);
        java.net.URI feed = java.net.URI.create("https://example.com/feed.xml");
        assertThat(feeds.validators(feed)).isEqualTo(dev.marsad.adapter.http.Validators.NONE);

        feeds.remember(feed, new dev.marsad.adapter.http.Validators(java.util.Optional.of("\"v1\""),
                java.util.Optional.empty()));
        var v2 = new dev.marsad.adapter.http.Validators(java.util.Optional.of("\"v2\""),
                java.util.Optional.of("Wed, 13 Sep 2023 10:00:00 GMT"));
        feeds.remember(feed, v2);

        assertThat(feeds.validators(feed)).isEqualTo(v2);
    }

    @Test
    void recordsFailedFeedEntriesWithBackOffUntilGivenUp() {
        Instant[] now = {T0};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        JdbcFeedRetryStore retries = new JdbcFeedRetryStore(database, clock,
                new RetryPolicy(java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(8), 3));
        java.net.URI feed = java.net.URI.create("https://example.com/feed.xml");
        dev.marsad.adapter.feed.FeedLink link = new dev.marsad.adapter.feed.FeedLink(
                java.net.URI.create("https://example.com/a.html"), java.util.Optional.of("عنوان الخبر"),
                java.util.Optional.of("2023-09-13T08:30:00Z"));

        assertThat(retries.failed(feed, link, "HTTP 404").nextTry()).contains(T0.plusSeconds(300));
        assertThat(retries.due(feed)).isEmpty();
        now[0] = T0.plusSeconds(300);
        assertThat(retries.due(feed)).singleElement().satisfies(r -> {
            assertThat(r.link()).isEqualTo(link);
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(retries.failed(feed, link, "HTTP 404").nextTry()).contains(now[0].plusSeconds(480));
        assertThat(retries.failed(feed, link, "HTTP 404").nextTry()).isEmpty();
        now[0] = T0.plusSeconds(86_400);
        assertThat(retries.due(feed)).isEmpty();
        assertThat(retries.find(feed, link.url())).get().extracting(FeedRetry::attempts).isEqualTo(3);
        retries.forget(feed, link.url());
        assertThat(retries.find(feed, link.url())).isEmpty();
    }

    @Test
    void keepsFirstStoredOrder() {
        for (int n : new int[] {3, 1, 2}) {
            articles.put(StoreFixtures.numbered(n));
        }
        assertThat(articles.articles()).extracting(a -> a.ref().source())
                .containsExactly("input-3.html", "input-3.html", "input-1.html", "input-1.html",
                        "input-2.html", "input-2.html");
    }

    @Test
    void replacesStoriesAtomicallyAndKeepsTheirOrder() {
        stories.replaceAll(List.of(StoreFixtures.story("s1"), StoreFixtures.story("s2")));
        stories.replaceAll(List.of(StoreFixtures.story("s3"), StoreFixtures.story("s1")));

        // Same size and date: ordered by id, as the story engine orders them.
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactly("s1", "s3");
        assertThat(stories.story("s1")).contains(StoreFixtures.story("s1"));
        assertThat(stories.story("s2")).isEmpty();
    }

    @Test
    void aFailedReplaceKeepsTheOldStories() {
        stories.replaceAll(List.of(StoreFixtures.story("s1")));
        // Two stories with one id break the unique constraint half-way through the new set.
        assertThatThrownBy(() -> stories.replaceAll(List.of(StoreFixtures.story("x"), StoreFixtures.story("x"))))
                .isInstanceOf(StoreException.class);
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactly("s1");
    }

    @Test
    void reopeningKeepsEverything() throws Exception {
        articles.put(StoreFixtures.numbered(5));
        stories.replaceAll(List.of(StoreFixtures.story("s5")));
        DatabaseConfig config = database.config();
        database.close();

        database = Database.open(config);
        assertThat(new JdbcArticleStore(database).count()).isEqualTo(2);
        assertThat(new JdbcStoryStore(database).stories()).hasSize(1);
    }

    @Test
    void storesArticlesWithTheirStoryAssignmentInOneTransaction() {
        PutReport report = articles.put(StoreFixtures.numbered(1), (before, added) -> {
            assertThat(before).isZero();
            return Map.of(added.get(0).id(), "s-a", added.get(1).id(), "s-b");
        });
        assertThat(report.added()).isEqualTo(2);
        List<String> ids = report.articles().stream().map(StoredArticle::id).toList();
        assertThat(stories.storyIds(List.of(ids.get(0), ids.get(1), "unknown")))
                .isEqualTo(Map.of(ids.get(0), "s-a", ids.get(1), "s-b"));
        articles.put(StoreFixtures.numbered(2), (before, added) -> {
            assertThat(before).isEqualTo(2);
            return Map.of();
        });
        assertThat(articles.articlesFrom(2)).extracting(a -> a.ref().source()).containsExactly("input-2.html", "input-2.html");
    }

    @Test
    void aPlacementThatIsBehindStoresNothing() {
        articles.putReporting(StoreFixtures.numbered(1));
        assertThatThrownBy(() -> articles.put(StoreFixtures.numbered(2), (before, added) -> {
            throw new StoryPlacement.Behind("behind");
        })).isInstanceOf(StoryPlacement.Behind.class);
        assertThat(articles.count()).isEqualTo(2);
        assertThat(articles.put(StoreFixtures.numbered(2), (before, added) -> Map.of()).added()).isEqualTo(2);
    }

    @Test
    void storyWritesAreRefusedWhenTheStoreHoldsOtherArticles() {
        articles.putReporting(StoreFixtures.numbered(1));
        assertThatThrownBy(() -> stories.putAll(List.of(StoreFixtures.story("s1")), 0))
                .isInstanceOf(StoryPlacement.Behind.class);
        assertThat(stories.stories()).isEmpty();
        stories.putAll(List.of(StoreFixtures.story("s1")), 2);
        stories.putAll(List.of(StoreFixtures.story("s1"), StoreFixtures.story("s2")), StoryStore.ANY);
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactly("s1", "s2");
        stories.replaceAll(List.of(StoreFixtures.story("s3")), Map.of("x", "s3"), 2);
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactly("s3");
        assertThat(stories.storyIds(List.of("x"))).isEqualTo(Map.of("x", "s3"));
    }

    /** A late article placed from its day's checkpoint: changed stories, gone ones and moved articles in one write. */
    @Test
    void aRewriteReplacesChangedStoriesDropsGoneOnesAndMovesArticles() {
        articles.putReporting(StoreFixtures.numbered(1));
        stories.replaceAll(List.of(StoreFixtures.story("s1"), StoreFixtures.story("s2"), StoreFixtures.story("s3")),
                Map.of("a", "s1", "b", "s2", "c", "s3"), 2);
        long version = stories.version();
        assertThatThrownBy(() -> stories.rewrite(List.of(), List.of("s2"), Map.of(), 0))
                .isInstanceOf(StoryPlacement.Behind.class);
        assertThat(stories.stories()).hasSize(3);
        stories.rewrite(List.of(StoreFixtures.story("s1"), StoreFixtures.story("s4")), List.of("s2", "s3"),
                Map.of("b", "s1", "c", "s4"), 2);
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactlyInAnyOrder("s1", "s4");
        assertThat(stories.storyIds(List.of("a", "b", "c"))).isEqualTo(Map.of("a", "s1", "b", "s1", "c", "s4"));
        assertThat(stories.upToDate()).isTrue();
        assertThat(stories.version()).isNotEqualTo(version);
    }

    /**
     * Stories merged by the engine (pieces of one event): every article of a merged-away story moves to the story that
     * took it, those not named in the write too (their assignments were written when they were stored), and nothing
     * else moves.
     */
    @Test
    void aMergeMovesEveryArticleOfTheStoryMergedAway() {
        articles.putReporting(StoreFixtures.numbered(1));
        stories.replaceAll(List.of(StoreFixtures.story("s1"), StoreFixtures.story("s2"), StoreFixtures.story("s3")),
                Map.of("a", "s1", "b", "s2", "c", "s2", "d", "s3", "e", "s3"), 2);
        assertThatThrownBy(() -> stories.rewrite(List.of(), List.of("s2"), Map.of(), Map.of("s2", "s1"), 0))
                .isInstanceOf(StoryPlacement.Behind.class);
        assertThat(stories.storyIds(List.of("b", "c"))).isEqualTo(Map.of("b", "s2", "c", "s2"));
        // s2 merged into s1, and s3 into s1 after an article of s3 (e) was placed again elsewhere: the explicit
        // assignment wins over the move.
        stories.rewrite(List.of(StoreFixtures.story("s1"), StoreFixtures.story("s4")), List.of("s2", "s3"),
                Map.of("e", "s4"), Map.of("s2", "s1", "s3", "s1"), 2);
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactlyInAnyOrder("s1", "s4");
        assertThat(stories.storyIds(List.of("a", "b", "c", "d", "e")))
                .isEqualTo(Map.of("a", "s1", "b", "s1", "c", "s1", "d", "s1", "e", "s4"));
        assertThat(stories.upToDate()).isTrue();
    }

    /** A story of {@code size} articles from {@code outlets} (cycled), published an hour apart from {@code first}. */
    private static Story story(String id, int size, String first, String... outlets) {
        List<StoryArticle> list = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(new StoryArticle(new ArticleRef(id + "-" + i + ".html", 0), Optional.of("عنوان"),
                    Optional.of(outlets[i % outlets.length]),
                    Optional.of(OffsetDateTime.parse(first).plusHours(i).toString())));
        }
        StoryOutlet outlet = new StoryOutlet(outlets[0], Optional.of(first), list.get(0).ref());
        return new Story(id, "عنوان", list, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(outlet));
    }

    @Test
    void keepsEachStorysStandingAndReadsAPageOfBodiesById() {
        Story big = story("s-big", 3, "2023-09-10T06:00+03:00", "عكاظ", "سبق", "الرياض");
        Story small = story("s-small", 1, "2023-09-01T00:00Z", "عكاظ");
        stories.replaceAll(List.of(small, big));

        assertThat(stories.standings()).containsExactly(StoryStanding.of(big), StoryStanding.of(small));
        assertThat(stories.standings().get(0).recentOutlets()).isEqualTo(3);
        assertThat(stories.standings().get(0).latestAt()).contains(Instant.parse("2023-09-10T05:00:00Z"));
        assertThat(stories.stories(List.of("s-small", "none", "s-big"))).containsExactly(small, big);
        // Every field comes back, outlets included: the story engine compares what it tells with what is stored.
        assertThat(stories.story("s-big")).contains(big);
    }

    @Test
    void theVersionMovesOnlyWhenStoriesAreWritten() {
        Story a = story("s-a", 2, "2023-09-10T06:00Z", "عكاظ");
        Story b = story("s-b", 1, "2023-09-11T06:00Z", "سبق");
        long start = stories.version();
        stories.replaceAll(List.of(a, b), Map.of("x1", "s-a", "x2", "s-b"), StoryStore.ANY);
        long afterReplace = stories.version();
        assertThat(afterReplace).isGreaterThan(start);

        // The same stories and assignments again: nothing to write.
        stories.replaceAll(List.of(b, a), Map.of("x1", "s-a", "x2", "s-b"), StoryStore.ANY);
        assertThat(stories.version()).isEqualTo(afterReplace);

        // One story changes, one article moves, one goes: only those rows are touched, and the version moves.
        Story grown = story("s-b", 2, "2023-09-11T06:00Z", "سبق");
        stories.replaceAll(List.of(a, grown), Map.of("x1", "s-b", "x3", "s-b"), StoryStore.ANY);
        assertThat(stories.version()).isGreaterThan(afterReplace);
        assertThat(stories.stories()).containsExactly(grown, a);
        assertThat(stories.storyIds(List.of("x1", "x2", "x3"))).isEqualTo(Map.of("x1", "s-b", "x3", "s-b"));

        long beforePut = stories.version();
        stories.putAll(List.of(b), StoryStore.ANY);
        assertThat(stories.version()).isGreaterThan(beforePut);
        assertThat(stories.standings()).extracting(StoryStanding::id).containsExactly("s-a", "s-b");
    }

    @Test
    void rowsWrittenBeforeTheStandingColumnsGetThemWhenFirstRead() throws Exception {
        Story a = story("s-a", 2, "2023-09-10T06:00Z", "عكاظ", "سبق");
        Story b = story("s-b", 1, "2023-09-11T06:00Z", "سبق");
        stories.replaceAll(List.of(a, b));
        database.inTransaction(c -> c.createStatement().executeUpdate("UPDATE story SET latest_second = NULL, "
                + "latest_nano = NULL, outlets = NULL, recent_outlets = NULL"));

        assertThat(stories.standings()).containsExactly(StoryStanding.of(a), StoryStanding.of(b));
        int unfilled = database.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM story WHERE outlets IS NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(unfilled).isZero();
    }

    @Test
    void theStoriesAreUpToDateOnlyWhenWrittenAfterTheLastArticleStored() {
        assertThat(stories.upToDate()).as("a fresh store: not known").isFalse();
        articles.putReporting(StoreFixtures.numbered(1));
        stories.putAll(List.of(StoreFixtures.story("s1")), 2);
        assertThat(stories.upToDate()).isTrue();
        articles.putReporting(StoreFixtures.numbered(2));
        assertThat(stories.upToDate()).as("an article stored after the stories").isFalse();
        stories.putAll(List.of(), 4);
        assertThat(stories.upToDate()).as("marked without a story to write").isTrue();
        assertThat(stories.stories()).extracting(s -> s.id()).containsExactly("s1");
        stories.putAll(List.of(StoreFixtures.story("s2")), StoryStore.ANY);
        assertThat(stories.upToDate()).as("an unguarded write").isFalse();
        stories.replaceAll(List.of(StoreFixtures.story("s3")), Map.of(), 4);
        assertThat(stories.upToDate()).isTrue();
        assertThatThrownBy(() -> stories.putAll(List.of(), 3)).isInstanceOf(StoryPlacement.Behind.class);
        assertThat(stories.upToDate()).isTrue();
    }

    @Test
    void readsTheArticlesAPageAtATimeInStoredOrder() {
        for (int n : new int[] {3, 1, 2}) {
            articles.put(StoreFixtures.numbered(n));
        }
        assertThat(articles.articles(0, 4)).isEqualTo(articles.articles().subList(0, 4));
        assertThat(articles.articles(4, 4)).isEqualTo(articles.articles().subList(4, 6));
        assertThat(articles.articles(6, 4)).isEmpty();
    }
}
