package dev.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.cluster.PieceMergeTest;
import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Piece merges as the story output and the long-lived stream tell them: the absorbed story's articles are the merged
 * story's, under the id of the older story, in {@code cluster}'s stories and after a late article's bounded replay.
 * The Arabic reports of {@link PieceMergeTest}: two condolence reports (9 August), then three reports of the bombing
 * (10 August) whose story absorbs them.
 */
class PieceMergeStreamTest {
    private final StoryPipeline pipeline = StoryPipeline.standard(StoryConfig.DEFAULT);

    private static StoryInput in(String source, String title, String date, String text) {
        return new StoryInput(new ArticleRef(source, 0), ArabicStories.article(title, "واس", date, text));
    }

    private static List<StoryInput> arrivals() {
        return List.of(
                in("condolence1", PieceMergeTest.CONDOLENCE_TITLE_1, "2015-08-09", PieceMergeTest.CONDOLENCE_1),
                in("condolence2", PieceMergeTest.CONDOLENCE_TITLE_2, "2015-08-09", PieceMergeTest.CONDOLENCE_2),
                in("report1", "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", "2015-08-10", PieceMergeTest.REPORT_1),
                in("report2", "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", "2015-08-10", PieceMergeTest.REPORT_2),
                in("report3", "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", "2015-08-10", PieceMergeTest.REPORT_3));
    }

    @Test
    void theStoriesToldHoldTheAbsorbedStorysArticlesUnderTheOlderStorysId() {
        List<Story> stories = pipeline.clusterArticles(arrivals());
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).articles()).extracting(a -> a.ref().source())
                .containsExactlyInAnyOrder("condolence1", "condolence2", "report1", "report2", "report3");
        // Without merges: two stories, the condolences' first.
        StoryPipeline off = StoryPipeline.standard(new StoryConfig(StoryConfig.DEFAULT.dedupe(),
                StoryConfig.DEFAULT.cluster().withPieceMerge(null), StoryConfig.DEFAULT.summarySentences()));
        List<Story> apart = off.clusterArticles(arrivals());
        assertThat(apart).hasSize(2);
        String condolences = apart.stream().filter(s -> s.articles().size() == 2).findFirst().orElseThrow().id();
        assertThat(stories.get(0).id()).isEqualTo(condolences);
    }

    @Test
    void aStreamTellsTheMergeOnceAndEveryStoryNumberLeadsToTheHolder() {
        StoryStream stream = new StoryStream(pipeline);
        List<Integer> placed = new ArrayList<>();
        List<dev.marsad.cluster.OnlineClusterer.Merge> merges = new ArrayList<>();
        for (StoryInput in : arrivals()) {
            placed.add(stream.offer(in).getAsInt());
            merges.addAll(stream.drainMerged());
        }
        assertThat(placed).containsExactly(0, 0, 1, 1, 0);
        assertThat(merges).containsExactly(new dev.marsad.cluster.OnlineClusterer.Merge(1, 0));
        assertThat(stream.holder(1)).isEqualTo(0);
        assertThat(stream.closed(1)).isTrue();
        assertThat(stream.stories()).isEqualTo(pipeline.clusterArticles(arrivals()));
    }

    @Test
    void aLateArticleReplayedFromItsDayMakesTheMergeAgainAndTellsIt() {
        StoryStream stream = new StoryStream(pipeline);
        List<StoryInput> stored = new ArrayList<>(arrivals());
        stored.forEach(in -> {
            stream.offer(in);
            stream.drainMerged();
        });
        // An unrelated article of 9 August stored after them: the stream goes back to the start of 10 August.
        StoryInput late = in("late", "أمطار غزيرة على مرتفعات الباحة", "2015-08-09", "هطلت أمطار غزيرة مصحوبة بالبرد على "
                + "مرتفعات منطقة الباحة مساء أمس، وجرت السيول في عدد من الأودية.\n\nوحذر الدفاع المدني من الاقتراب من "
                + "مجاري السيول.");
        stored.add(late);
        assertThat(stream.offer(late)).isEmpty();
        StoryStream.Replaced replaced = stream.replayLate(List.of(late)).orElseThrow();
        assertThat(replaced.unmerged()).isFalse();
        // The reports' story was started again (number 2 now) and absorbed again: its id is gone, its articles are
        // the condolences' story's.
        String condolences = stream.storyId(0);
        assertThat(replaced.merged()).containsValue(condolences).hasSize(1);
        assertThat(replaced.goneIds()).containsExactlyElementsOf(replaced.merged().keySet());
        assertThat(replaced.changed()).contains(0).allMatch(n -> stream.holder(n) == n);
        for (int story : replaced.storyOf()) {
            assertThat(stream.holder(story)).isEqualTo(story);
        }
        assertThat(stream.stories()).isEqualTo(pipeline.clusterArticles(stored));
    }
}
