package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server's stories come from the same clustering engine as {@code marsad cluster}. */
class ClusteringGrouperTest {
    private static final String QUAKE_1 = "ضرب زلزال قوي بلغت شدته 6.8 درجات إقليم الحوز جنوب غرب مراكش ليل الجمعة، "
            + "وأعلنت وزارة الداخلية المغربية سقوط مئات القتلى والجرحى في القرى الجبلية المتضررة من الزلزال.";
    private static final String QUAKE_2 = "ارتفعت حصيلة ضحايا الزلزال الذي ضرب إقليم الحوز جنوب غرب مراكش إلى أكثر من ألفي قتيل، "
            + "وفق وزارة الداخلية المغربية، فيما تواصل فرق الإنقاذ البحث في القرى الجبلية المتضررة.";
    private static final String GOLD = "تراجعت أسعار الذهب في الأسواق العالمية مع صعود الدولار الأميركي وارتفاع عوائد السندات، "
            + "وسط ترقب المستثمرين لقرار مجلس الاحتياطي الفيدرالي بشأن أسعار الفائدة الأسبوع المقبل.";

    @Test
    void groupsArticlesOfOneEventAndKeepsOthersApart() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        store.put(analysis("quake-1.txt", "زلزال قوي يضرب الحوز", QUAKE_1, "2023-09-09"));
        store.put(analysis("gold.txt", "الذهب يتراجع", GOLD, "2023-09-10"));
        store.put(analysis("quake-2.txt", "ارتفاع حصيلة زلزال الحوز", QUAKE_2, "2023-09-11"));

        List<Story> stories = new ClusteringGrouper().group(store.articles());

        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).articles()).extracting(a -> a.ref().source()).containsExactly("quake-1.txt", "quake-2.txt");
        assertThat(stories.get(1).articles()).extracting(a -> a.ref().source()).containsExactly("gold.txt");
        assertThat(stories).allSatisfy(s -> assertThat(s.summary()).isNotEmpty());
    }

    @Test
    void noArticlesNoStories() {
        assertThat(new ClusteringGrouper().group(List.<StoredArticle>of())).isEmpty();
    }

    private static Analysis analysis(String source, String title, String text, String published) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of(title)).withPublished(Optional.of(published));
        return new Analysis(source, List.of(new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text), Extraction.EMPTY)), List.of());
    }
}
