package dev.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The long-lived engine tells, after every article, the stories {@code cluster} tells of the same articles. */
class StoryStreamTest {
    private final StoryPipeline pipeline = StoryPipeline.standard(StoryConfig.DEFAULT);

    private static StoryInput in(String source, int index, String title, String date, String text) {
        return new StoryInput(new ArticleRef(source, index), ArabicStories.article(title, "أ ف ب", date, text));
    }

    private static List<StoryInput> inPublicationOrder() {
        return List.of(
                in("quake1", 0, "زلزال يضرب المغرب", "2023-09-09", ArabicStories.QUAKE_1),
                in("quake2", 0, "حصيلة زلزال الحوز ترتفع", "2023-09-10", ArabicStories.QUAKE_2),
                in("kim1", 0, "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1),
                new StoryInput(new ArticleRef("kim1", 1), ArabicStories.article(Role.APPENDED, "ريال مدريد يفوز", null,
                        null, ArabicStories.FOOTBALL, Extraction.EMPTY)),
                in("kim2", 0, "كيم جونج أون يتفقد مصنعا", "2023-09-15", ArabicStories.KIM_2));
    }

    /** Offers each article; a late one is placed by replaying everything offered so far, as the service does. */
    private StoryStream offerAll(List<StoryInput> arrivals, List<Integer> replays) {
        StoryStream stream = new StoryStream(pipeline);
        List<StoryInput> stored = new ArrayList<>();
        for (StoryInput input : arrivals) {
            stored.add(input);
            OptionalInt placed = stream.offer(input);
            if (placed.isEmpty()) {
                replays.add(stored.size());
                stream.replay(stored);
            }
            assertThat(stream.stories()).isEqualTo(pipeline.clusterArticles(stored));
        }
        return stream;
    }

    @Test
    void articlesInPublicationOrderArePlacedAtOnceWithTheStoriesClusterTells() {
        List<Integer> replays = new ArrayList<>();
        StoryStream stream = offerAll(inPublicationOrder(), replays);
        assertThat(replays).isEmpty();
        assertThat(stream.size()).isEqualTo(5);
        assertThat(stream.stories()).extracting(s -> s.articles().size()).containsExactly(2, 2, 1);
    }

    @Test
    void aLateArticleIsPlacedByAReplayAndTheStoriesStayThoseOfCluster() {
        List<StoryInput> arrivals = new ArrayList<>(inPublicationOrder());
        StoryInput late = arrivals.remove(1);
        arrivals.add(late);
        List<Integer> replays = new ArrayList<>();
        offerAll(arrivals, replays);
        assertThat(replays).containsExactly(5);
    }

    @Test
    void replayTellsEachArticlesStoryInTheOrderGiven() {
        StoryStream stream = new StoryStream(pipeline);
        int[] storyOf = stream.replay(inPublicationOrder());
        assertThat(storyOf[0]).isEqualTo(storyOf[1]);
        assertThat(storyOf[2]).isEqualTo(storyOf[4]).isNotEqualTo(storyOf[0]).isNotEqualTo(storyOf[3]);
        assertThat(stream.story(storyOf[0]).id()).isEqualTo(stream.storyId(storyOf[0]));
        assertThat(stream.story(storyOf[0]).articles()).hasSize(2);
    }

    @Test
    void outletsOnDifferentClocksInTimeOrderNeedNoReplayAroundMidnight() {
        // Al Arabiya writes +04:00, the BBC GMT: at 21:30 GMT the one is past midnight, the other is not. In time
        // order neither is late, since both are placed on their date in the newsroom's zone.
        List<StoryInput> arrivals = List.of(
                in("arabiya", 0, "زلزال يضرب المغرب", "2023-09-09T01:30:00+04:00", ArabicStories.QUAKE_1),
                in("bbc", 0, "حصيلة زلزال الحوز ترتفع", "2023-09-08T22:00:00Z", ArabicStories.QUAKE_2),
                in("arabiya2", 0, "كيم في مصنع طائرات روسي", "2023-09-09T02:10:00+04:00", ArabicStories.KIM_1),
                in("bbc2", 0, "كيم جونج أون يتفقد مصنعا", "2023-09-08T23:05:00+00:00", ArabicStories.KIM_2));
        List<Integer> replays = new ArrayList<>();
        StoryStream stream = offerAll(arrivals, replays);
        assertThat(replays).isEmpty();
        assertThat(stream.stories()).extracting(st -> st.articles().size()).containsExactly(2, 2);
    }
}
