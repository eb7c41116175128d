package dev.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A stream of months holds only its open stories: closed stories are told once and let go (their articles and
 * dedupe signatures), and what the engine writes is still exactly what {@code cluster} tells of the same articles.
 */
class BoundedStoryStreamTest {
    private static final int DAYS = 150;
    private static final int PER_DAY = 3;
    private final StoryPipeline pipeline = StoryPipeline.standard(StoryConfig.DEFAULT);

    /** Each day: two articles of their own and a wire copy of the day's first (which joins its story). */
    private static List<StoryInput> months() {
        List<StoryInput> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int day = 0; day < DAYS; day++) {
            String date = start.plusDays(day).toString();
            for (int k = 0; k < PER_DAY; k++) {
                int n = day * PER_DAY + k;
                String body = k == 2 ? DistinctWords.text(day * PER_DAY) : DistinctWords.text(n);
                out.add(new StoryInput(new ArticleRef("a" + n, 0),
                        ArabicStories.article(DistinctWords.word(n + 500_000), "outlet", date, body)));
            }
        }
        return out;
    }

    @Test
    void closedStoriesAreLetGoAndWhatIsWrittenIsWhatClusterTells() {
        List<StoryInput> all = months();
        StoryStream stream = new StoryStream(pipeline);
        // As the store's engine does: write each changed story, then release the closed ones.
        Map<String, Story> written = new TreeMap<>();
        int mostHeld = 0;
        for (StoryInput in : all) {
            OptionalInt n = stream.offer(in);
            assertThat(n).isPresent();
            Story told = stream.story(n.getAsInt());
            written.put(told.id(), told);
            stream.release();
            mostHeld = Math.max(mostHeld, stream.heldMembers());
            assertThat(stream.heldSignatures()).isLessThanOrEqualTo(stream.heldMembers());
        }
        // Open stories span the close window (30 days) and the day the clock is on: never the whole stream.
        int window = (StoryConfig.DEFAULT.cluster().closeDays() + 2) * PER_DAY;
        assertThat(stream.size()).isEqualTo(DAYS * PER_DAY);
        assertThat(mostHeld).isLessThanOrEqualTo(window);
        assertThat(stream.heldMembers()).isLessThanOrEqualTo(window).isGreaterThan(0);

        List<Story> expected = pipeline.clusterArticles(all);
        List<Story> got = new ArrayList<>(written.values());
        got.sort(StoryRun.ORDER);
        assertThat(got).isEqualTo(expected);
        // The copies joined their originals: two articles per day in one story, one in another.
        assertThat(expected).hasSize(DAYS * 2);
        assertThat(expected.get(0).articles()).hasSize(2);
        assertThat(expected.get(0).duplicates()).hasSize(1);
    }

    @Test
    void aReleasedStoryIsNotToldAgain() {
        StoryStream stream = new StoryStream(pipeline);
        List<StoryInput> all = months();
        all.forEach(stream::offer);
        assertThat(stream.closed(0)).isTrue();
        stream.release();
        assertThatThrownBy(() -> stream.story(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(stream::stories).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCopyOfAnArticleWhoseStoryClosedStartsAStoryOfItsOwn() {
        String body = DistinctWords.text(7);
        List<StoryInput> in = List.of(
                new StoryInput(new ArticleRef("first", 0), ArabicStories.article("أ", "outlet", "2015-01-01", body)),
                new StoryInput(new ArticleRef("soon", 0), ArabicStories.article("ب", "outlet", "2015-01-10", body)),
                new StoryInput(new ArticleRef("late", 0), ArabicStories.article("ج", "outlet", "2015-03-20", body)));
        List<Story> stories = pipeline.clusterArticles(in);
        // Within the close window the copy joins; 69 days after the story's last article it is a story of its own.
        assertThat(stories).extracting(s -> s.articles().size()).containsExactly(2, 1);
        assertThat(stories.get(1).articles().get(0).ref().source()).isEqualTo("late");
        TreeSet<String> ids = new TreeSet<>(Comparator.naturalOrder());
        stories.forEach(s -> ids.add(s.id()));
        assertThat(ids).hasSize(2);
    }
}
