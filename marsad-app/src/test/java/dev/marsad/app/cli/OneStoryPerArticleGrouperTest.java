package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.Story;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OneStoryPerArticleGrouperTest {
    private final OneStoryPerArticleGrouper grouper = new OneStoryPerArticleGrouper();

    @Test
    void untitledArticleIsHeadedByItsFirstLineAndSummarisedByItsLead() {
        String text = "زلزال قوي يضرب الحوز\n\nهسبريس\n\nضرب زلزال بقوة 6.8 درجات منطقة الحوز جنوب غرب مراكش ليل الجمعة. "
                + "وسقط مئات الضحايا.";
        Story story = grouper.group(store(text, Optional.empty(), Optional.empty())).get(0);
        assertThat(story.headline()).isEqualTo("زلزال قوي يضرب الحوز");
        assertThat(story.summary().get(0).text())
                .isEqualTo("ضرب زلزال بقوة 6.8 درجات منطقة الحوز جنوب غرب مراكش ليل الجمعة.");
    }

    @Test
    void everyArticleIsOneStoryNewestFirst() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        store.put(analysis("أ.txt", "نص أول", Optional.of("2023-09-10")));
        store.put(analysis("ب.txt", "نص ثان", Optional.of("2023-09-12")));
        List<Story> stories = grouper.group(store.articles());
        assertThat(stories).extracting(s -> s.articles().get(0).ref().source()).containsExactly("ب.txt", "أ.txt");
    }

    @Test
    void noArticlesNoStories() {
        assertThat(grouper.group(List.of())).isEmpty();
    }

    private static List<dev.marsad.model.StoredArticle> store(String text, Optional<String> title,
                                                              Optional<String> published) {
        InMemoryArticleStore store = new InMemoryArticleStore();
        store.put(new Analysis("x.txt", List.of(article(text, title, published)), List.of()));
        return store.articles();
    }

    private static Analysis analysis(String source, String text, Optional<String> published) {
        return new Analysis(source, List.of(article(text, Optional.of(text), published)), List.of());
    }

    private static AnalyzedArticle article(String text, Optional<String> title, Optional<String> published) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(title).withPublished(published);
        return new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text), Extraction.EMPTY);
    }
}
