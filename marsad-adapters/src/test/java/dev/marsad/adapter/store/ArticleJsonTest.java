package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    @Test
    void roundTripsAFullArticle() {
        assertThat(ArticleJson.read(ArticleJson.write(StoreFixtures.kim()))).isEqualTo(StoreFixtures.kim());
    }

    @Test
    void roundTripsAnEmptyArticle() {
        AnalyzedArticle empty = new AnalyzedArticle(new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY, ""),
                Extraction.EMPTY);
        assertThat(ArticleJson.read(ArticleJson.write(empty))).isEqualTo(empty);
    }

    @Test
    void usesTheContractFieldNames() {
        assertThat(ArticleJson.write(StoreFixtures.kim()))
                .contains("\"role\":\"main\"", "\"published\":\"2023-09-13\"", "\"speakerKey\":null",
                        "\"type\":\"PERSON\"", "\"direct\":true");
    }

    @Test
    void rejectsARowWithoutText() {
        assertThatThrownBy(() -> ArticleJson.read("{\"role\":\"main\",\"entities\":[],\"quotes\":[],\"times\":[]}"))
                .isInstanceOf(StoreException.class).hasMessageContaining("text");
    }

    @Test
    void storiesRoundTrip() {
        assertThat(StoryJson.read(StoryJson.write(StoreFixtures.story("s1")))).isEqualTo(StoreFixtures.story("s1"));
    }

    @Property(tries = 200)
    void anyTextAndTitleSurvive(@ForAll String title, @ForAll String text) {
        AnalyzedArticle article = new AnalyzedArticle(new CleanArticle(Role.APPENDED,
                ArticleMetadata.EMPTY.withTitle(Optional.of(title)), text), Extraction.EMPTY);
        assertThat(ArticleJson.read(ArticleJson.write(article))).isEqualTo(article);
    }
}
