package dev.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.store.Database;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching new articles against watches, once per story; the stories are hand-built (see AlertsIngestTest for the real grouping). */
class WatchAlertsTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final List<String> OUTLETS = List.of("هسبريس", "الأمة برس", "سبوتنيك عربي", "الشرق الأوسط", "الجزيرة نت");

    @TempDir
    Path dir;
    Database database;
    JdbcWatchStore watches;
    JdbcAlertLog log;
    final InMemoryStoryStore stories = new InMemoryStoryStore();
    final AtomicInteger wakes = new AtomicInteger();

    @BeforeEach
    void open() {
        database = AlertFixtures.h2(dir);
        watches = new JdbcWatchStore(database);
        log = new JdbcAlertLog(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private WatchAlerts alerts() {
        return new WatchAlerts(watches, log, stories, wakes::incrementAndGet, Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC));
    }

    private static StoredArticle copy(int i, Instant storedAt) {
        return AlertFixtures.article("quake-" + i, "زلزال قوي يضرب إقليم الحوز", OUTLETS.get(i), "2023-09-09",
                "نقلت " + OUTLETS.get(i) + " أن زلزالا بقوة 6.8 درجات ضرب إقليم الحوز جنوب مراكش ليل الجمعة.",
                storedAt, List.of(new Entity("مراكش", EntityType.LOCATION, "LOC:marrakech", 0, 5)));
    }

    /** The story as a refresh would store it once {@code members} are in (id from its first article). */
    private void storyOf(List<StoredArticle> members) {
        List<StoryArticle> refs = members.stream().map(a -> new StoryArticle(a.ref(),
                a.article().article().metadata().title(), a.article().article().metadata().outlet(),
                a.article().article().metadata().published())).toList();
        stories.replaceAll(List.of(new Story("story-" + members.get(0).id(), "زلزال المغرب", refs, List.of(),
                List.of(), List.of(), List.of(), List.<List<ArticleRef>>of())));
    }

    @Test
    void copiesOfOneStoryFromFiveOutletsFireOneAlertAndARestartDoesNotFireAgain() {
        watches.add(AlertFixtures.watch("w1", "زلزال", "زلزال الحوز", SearchFilters.NONE, Optional.empty(),
                Optional.empty(), T0));
        WatchAlerts alerts = alerts();
        List<StoredArticle> arrived = new ArrayList<>();
        List<Alert> fired = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            StoredArticle copy = copy(i, T0.plusSeconds(i + 1));
            arrived.add(copy);
            storyOf(arrived);
            fired.addAll(alerts.onArticle(copy, "story-quake-0"));
        }
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).articleId()).isEqualTo("quake-0");
        assertThat(log.count("w1")).isEqualTo(1);
        assertThat(wakes).hasValue(1);

        database.close();
        open();
        assertThat(alerts().onArticle(copy(4, T0.plusSeconds(5)), "story-quake-0")).as("after a restart").isEmpty();
        assertThat(log.count("w1")).isEqualTo(1);
    }

    @Test
    void thePayloadNamesTheWatchTheStoryAndTheArticle() {
        watches.add(AlertFixtures.watch("w1", "زلزال", "زلزال", SearchFilters.NONE, Optional.empty(), Optional.empty(), T0));
        StoredArticle first = copy(0, T0.plusSeconds(1));
        StoredArticle second = copy(1, T0.plusSeconds(2));
        storyOf(List.of(first, second));
        Alert alert = alerts().onArticle(first, "story-quake-0").get(0);
        JsonNode json = AlertPayload.parse(alert.payload());
        assertThat(json.get("type").asText()).isEqualTo("marsad.alert");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.at("/watch/id").asText()).isEqualTo("w1");
        assertThat(json.at("/watch/name").asText()).isEqualTo("زلزال");
        assertThat(json.at("/story/id").asText()).isEqualTo("story-quake-0");
        assertThat(json.at("/story/headline").asText()).isEqualTo("زلزال المغرب");
        assertThat(json.at("/story/articles").asInt()).isEqualTo(2);
        assertThat(json.at("/story/outlets").asInt()).isEqualTo(2);
        assertThat(json.at("/story/path").asText()).isEqualTo("/api/stories/story-quake-0");
        assertThat(json.at("/article/id").asText()).isEqualTo("quake-0");
        assertThat(json.at("/article/outlet").asText()).isEqualTo("هسبريس");
        assertThat(json.at("/article/source").asText()).isEqualTo("https://example.org/quake-0");
        assertThat(json.get("firedAt").asText()).isEqualTo(T0.plusSeconds(30).toString());
    }

    @Test
    void onlyWatchesWhoseSearchFindsTheArticleAndThatWereSavedBeforeItFire() {
        watches.add(AlertFixtures.watch("words", "كلمات", "الحوز", SearchFilters.NONE, Optional.empty(), Optional.empty(), T0));
        watches.add(AlertFixtures.watch("other", "كرة", "ريال مدريد", SearchFilters.NONE, Optional.empty(), Optional.empty(), T0));
        watches.add(AlertFixtures.watch("entity", "مراكش", "", SearchFilters.NONE.withEntityKey("LOC:marrakech"),
                Optional.empty(), Optional.empty(), T0));
        watches.add(AlertFixtures.watch("outlet", "منفذ آخر", "زلزال", SearchFilters.NONE.withOutlet("الجزيرة نت"),
                Optional.empty(), Optional.empty(), T0));
        watches.add(AlertFixtures.watch("later", "بعد", "زلزال", SearchFilters.NONE, Optional.empty(), Optional.empty(),
                T0.plusSeconds(60)));
        StoredArticle article = copy(0, T0.plusSeconds(1));
        storyOf(List.of(article));
        assertThat(alerts().onArticle(article, "story-quake-0")).extracting(Alert::watchId)
                .containsExactlyInAnyOrder("words", "entity");
    }

    @Test
    void aStoryOfAnotherIdIsAnotherAlert() {
        watches.add(AlertFixtures.watch("w1", "زلزال", "زلزال", SearchFilters.NONE, Optional.empty(), Optional.empty(), T0));
        WatchAlerts alerts = alerts();
        assertThat(alerts.onArticle(copy(0, T0.plusSeconds(1)), "s-a")).hasSize(1);
        assertThat(alerts.onArticle(copy(1, T0.plusSeconds(2)), "s-b")).hasSize(1);
        assertThat(log.count("w1")).isEqualTo(2);
    }
}
