package dev.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.Analysis;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryPipelineTest {
    private final StoryPipeline pipeline = StoryPipeline.standard(StoryConfig.DEFAULT);

    private static List<Analysis> inputs() {
        return List.of(
                new Analysis("kim1.html", List.of(
                        ArabicStories.article("كيم في مصنع طائرات روسي", "أ ف ب", "2023-09-15", ArabicStories.KIM_1),
                        ArabicStories.article(Role.APPENDED, "ريال مدريد يفوز", null, null, ArabicStories.FOOTBALL,
                                Extraction.EMPTY)), List.of()),
                new Analysis("quake1.html", List.of(
                        ArabicStories.article("زلزال يضرب المغرب", "هسبريس", "2023-09-09", ArabicStories.QUAKE_1)), List.of()),
                new Analysis("kim2.html", List.of(
                        ArabicStories.article("كيم جونج أون يتفقد مصنعا", "الجزيرة", "2023-09-15", ArabicStories.KIM_2)), List.of()),
                new Analysis("quake-wire.html", List.of(
                        ArabicStories.article("المغرب: زلزال عنيف", "القدس العربي", "2023-09-09", ArabicStories.QUAKE_1)), List.of()),
                new Analysis("quake2.html", List.of(
                        ArabicStories.article("حصيلة زلزال الحوز ترتفع", "الجزيرة", "2023-09-10", ArabicStories.QUAKE_2)), List.of()));
    }

    @Test
    void everyArticleIsInExactlyOneStory() {
        List<ArticleRef> listed = new ArrayList<>();
        pipeline.cluster(inputs()).forEach(s -> s.articles().forEach(a -> listed.add(a.ref())));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                new ArticleRef("kim1.html", 0), new ArticleRef("kim1.html", 1), new ArticleRef("quake1.html", 0),
                new ArticleRef("kim2.html", 0), new ArticleRef("quake-wire.html", 0), new ArticleRef("quake2.html", 0));
    }

    @Test
    void storiesSeparateAndAppendedArticleStandsAlone() {
        List<Story> stories = pipeline.cluster(inputs());
        assertThat(stories).extracting(s -> s.articles().size()).containsExactly(3, 2, 1);
        assertThat(stories.get(2).articles()).extracting(StoryArticle::ref).containsExactly(new ArticleRef("kim1.html", 1));
    }

    @Test
    void undatedPastedArticleIsPlacedOnItsPageDateAndStaysOutOfADistantStory() {
        // A quake report pasted, undated, into a page from a month later: without the page's date it would
        // carry no time at all and could join the quake story; seen on the page's day, decay keeps it apart.
        List<Analysis> later = new ArrayList<>(inputs());
        later.add(new Analysis("october.html", List.of(
                ArabicStories.article("ريال مدريد يفوز", null, "2023-10-20", ArabicStories.FOOTBALL),
                ArabicStories.article(Role.APPENDED, "زلزال الحوز", null, null,
                        "ارتفعت حصيلة ضحايا زلزال الحوز في المغرب بحسب وزارة الداخلية المغربية، وتواصل فرق الإنقاذ "
                                + "البحث عن ناجين تحت الأنقاض في القرى الجبلية المتضررة جنوب غرب مراكش.", Extraction.EMPTY)),
                List.of()));
        Story quake = pipeline.cluster(later).stream()
                .filter(s -> s.articles().stream().anyMatch(a -> a.ref().source().equals("quake1.html"))).findFirst().orElseThrow();
        assertThat(quake.articles()).extracting(StoryArticle::ref).doesNotContain(new ArticleRef("october.html", 1));
    }

    @Test
    void wireCopyIsListedAsDuplicateOfTheOriginal() {
        Story quake = pipeline.cluster(inputs()).get(0);
        assertThat(quake.duplicates()).containsExactly(
                List.of(new ArticleRef("quake1.html", 0), new ArticleRef("quake-wire.html", 0)));
    }

    @Test
    void articlesAreListedEarliestFirst() {
        Story quake = pipeline.cluster(inputs()).get(0);
        assertThat(quake.articles()).extracting(a -> a.published().orElse(""))
                .containsExactly("2023-09-09", "2023-09-09", "2023-09-10");
    }

    @Test
    void storyIdsAreStableAcrossRunsAndLaterArticles() {
        List<String> ids = pipeline.cluster(inputs()).stream().map(Story::id).toList();
        List<Analysis> more = new ArrayList<>(inputs());
        more.add(new Analysis("quake3.html", List.of(
                ArabicStories.article("الملك يزور الجرحى", "هسبريس", "2023-09-12", ArabicStories.QUAKE_3)), List.of()));
        assertThat(pipeline.cluster(more).stream().map(Story::id).toList()).containsAll(ids);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void emptyInputGivesNoStories() {
        assertThat(pipeline.cluster(List.of())).isEmpty();
        assertThat(pipeline.cluster(List.of(new Analysis("x", List.of(), List.of())))).isEmpty();
    }
}
