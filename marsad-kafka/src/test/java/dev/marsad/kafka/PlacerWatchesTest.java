package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.app.alert.AlertFixtures;
import dev.marsad.app.ingest.IngestService.IngestResult;
import dev.marsad.model.StoredArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the placer evaluates again: the articles a page found stored already and no listener was told about. */
class PlacerWatchesTest {
    private final List<String> evaluated = new ArrayList<>();
    private final InMemoryStoryStore stories = new InMemoryStoryStore();
    private final PlacerWatches watches = new PlacerWatches((a, story) -> evaluated.add(a.id() + "@" + story), stories);

    @Test
    void anArticleStoredBeforeAKillIsEvaluatedInItsStoryWhenItsPageIsReadAgain() {
        stories.assign(Map.of("a1", "s1"));
        watches.placed(new IngestResult("page", List.of(article("a1")), 0, Optional.empty()));
        assertThat(evaluated).containsExactly("a1@s1");
    }

    @Test
    void aNewArticleIsEvaluatedOnceByTheListenerAndNotAgain() {
        watches.stored(article("a1"), "s1");
        watches.placed(new IngestResult("page", List.of(article("a1")), 1, Optional.empty()));
        stories.assign(Map.of("a2", "s2"));
        watches.stored(article("a3"), "s3");
        // a2 was stored before, a3 is new and was told: only a2 is evaluated again.
        watches.placed(new IngestResult("page", List.of(article("a2"), article("a3")), 1, Optional.empty()));
        assertThat(evaluated).containsExactly("a1@s1", "a3@s3", "a2@s2");
    }

    @Test
    void anArticleNotYetInAStoryWaitsForTheEndOfTheBatch() {
        watches.placed(new IngestResult("page", List.of(article("late")), 0, Optional.empty()));
        assertThat(evaluated).isEmpty();
    }

    private static StoredArticle article(String id) {
        return AlertFixtures.article(id, "عنوان " + id, "وكالة", "2024-01-01", "نص " + id, Instant.EPOCH, List.of());
    }
}
