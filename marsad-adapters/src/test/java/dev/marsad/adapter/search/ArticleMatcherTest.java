package dev.marsad.adapter.search;

import static dev.marsad.adapter.search.LuceneSearchIndexTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.NameKey;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex.SearchFilters;
import dev.marsad.port.SearchIndex.SearchHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleMatcherTest {
    private static final String PYONGYANG = NameKey.of(EntityType.LOCATION, "بيونغ يانغ");
    private static final List<StoredArticle> ARTICLES = List.of(
            article("a1", "كوريا الشمالية تطلق صواريخ باليستية", "الأمة برس", "2023-09-13",
                    "أطلقت كوريا الشمالية والصواريخ الباليستية سقطت في البحر قبالة الساحل الشرقي.",
                    List.of(new Entity("كوريا الشمالية", EntityType.LOCATION, "LOC:kp", 0, 5))),
            article("a2", "زيارة كيم إلى روسيا", "وكالة سبوتنيك", "2023-09-12",
                    "وصل الزعيم كيم جونغ أون إلى فلاديفوستوك في زيارة يلتقي خلالها بوتين.",
                    List.of(new Entity("كيم جونغ أون", EntityType.PERSON, "PER:kim-jong-un", 0, 5))),
            article("a3", "استقبال في العاصمة", "وكالة يونهاب", "2023-09-18",
                    "استقبل مسؤولون الزعيم في بيونجيانج بعد الجولة وتحدث عن الصاروخين.",
                    List.of(new Entity("بيونجيانج", EntityType.LOCATION, PYONGYANG, 0, 5))),
            article("a4", "بلا تاريخ", "الأمة برس", "", "خبر عن الصواريخ بلا تاريخ نشر.", List.of()));

    private static final List<String> QUERIES = List.of("", "الصواريخ", "صاروخ", "كيم بوتين", "احمد", "کیم",
            "بيونغ يانغ", "بيونغ يانغ الجولة", "بيونغ يانغ القطار", "كيم:\"(", "فلاديفوستوك");
    private static final List<SearchFilters> FILTERS = List.of(SearchFilters.NONE,
            SearchFilters.NONE.withOutlet("الأمة برس"),
            SearchFilters.NONE.withRange(LocalDate.of(2023, 9, 12), LocalDate.of(2023, 9, 13)),
            new SearchFilters(Optional.empty(), Optional.of(LocalDate.of(2023, 9, 14)), Optional.empty(),
                    Optional.empty()),
            SearchFilters.NONE.withEntityKey("PER:kim-jong-un"),
            SearchFilters.NONE.withEntityKey(PYONGYANG));

    @Test
    void aWatchMatchesExactlyTheArticlesItsSearchFinds() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            ARTICLES.forEach(index::index);
            for (StoredArticle stored : ARTICLES) {
                ArticleMatcher matcher = ArticleMatcher.of(stored);
                for (String q : QUERIES) {
                    for (SearchFilters f : FILTERS) {
                        if (q.isBlank() && f.equals(SearchFilters.NONE)) {
                            continue;
                        }
                        boolean found = index.search(q, f, 10).hits().stream().map(SearchHit::articleId)
                                .anyMatch(stored.id()::equals);
                        assertThat(matcher.matches(q, f)).as(stored.id() + " q=" + q + " " + f).isEqualTo(found);
                    }
                }
            }
        }
    }

    @Test
    void anotherSpellingOfANameMatchesThroughTheEntityKey() {
        ArticleMatcher a3 = ArticleMatcher.of(ARTICLES.get(2));
        assertThat(a3.matches("بيونغ يانغ", SearchFilters.NONE)).isTrue();
        assertThat(a3.matches("بيونغ يانغ القطار", SearchFilters.NONE)).isFalse();
        assertThat(ArticleMatcher.of(ARTICLES.get(1)).matches("بيونغ يانغ", SearchFilters.NONE)).isFalse();
    }

    @Test
    void anOpenDateRangeDoesNotMatchAnUndatedArticle() {
        ArticleMatcher undated = ArticleMatcher.of(ARTICLES.get(3));
        assertThat(undated.matches("الصواريخ", SearchFilters.NONE)).isTrue();
        assertThat(undated.matches("الصواريخ", FILTERS.get(3))).isFalse();
    }
}
