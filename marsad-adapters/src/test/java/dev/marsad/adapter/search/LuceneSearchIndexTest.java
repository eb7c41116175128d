package dev.marsad.adapter.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.NameKey;
import dev.marsad.model.EntityType;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex.SearchFilters;
import dev.marsad.port.SearchIndex.SearchHit;
import dev.marsad.port.SearchIndex.SnippetPart;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {
    private LuceneSearchIndex index;

    @BeforeEach
    void fill() {
        index = LuceneSearchIndex.inMemory();
        index.index(article("a1", "كوريا الشمالية تطلق صواريخ باليستية", "الأمة برس", "2023-09-13",
                "أطلقت كوريا الشمالية والصواريخ الباليستية سقطت في البحر قبالة الساحل الشرقي.",
                List.of(entity("كوريا الشمالية", "LOC:kp"))));
        index.index(article("a2", "زيارة كيم إلى روسيا", "وكالة سبوتنيك", "2023-09-12",
                "وصل الزعيم كيم جونغ أون إلى فلاديفوستوك في زيارة يلتقي خلالها بوتين.",
                List.of(entity("كيم جونغ أون", "PER:kim-jong-un"))));
        index.index(article("a3", "لقاء في قاعدة فوستوتشني", "الشرق الأوسط", "2023-09-14",
                "التقى كيم جونج أون الرئيس الروسي وتحدث أحمد الخبير عن الصاروخين الجديدين.",
                List.of(entity("كيم جونج أون", "PER:kim-jong-un"), entity("أحمد", "PER:ahmad"))));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void stemmedQueryFindsDefiniteAndCliticForms() {
        // الصواريخ → صواريخ (ال stripped); والصواريخ in the body stems to the same.
        assertThat(ids(index.search("الصواريخ", SearchFilters.NONE, 10).hits())).contains("a1");
    }

    @Test
    void dualSuffixIsStemmed() {
        // الصاروخين → صاروخ (ال and ين stripped), so the singular query finds the dual.
        assertThat(ids(index.search("صاروخ", SearchFilters.NONE, 10).hits())).containsExactly("a3");
    }

    @Test
    void brokenPluralIsBeyondTheLightStemmer() {
        // A known limit of Lucene's light stemmer: صواريخ is a broken plural of صاروخ, not an affixed form.
        assertThat(ids(index.search("صواريخ", SearchFilters.NONE, 10).hits())).doesNotContain("a3");
    }

    @Test
    void foldedQueryFindsHamzatedSpelling() {
        assertThat(ids(index.search("احمد", SearchFilters.NONE, 10).hits())).containsExactly("a3");
    }

    @Test
    void persianLettersAreFolded() {
        assertThat(ids(index.search("کیم", SearchFilters.NONE, 10).hits())).containsExactlyInAnyOrder("a2", "a3");
    }

    @Test
    void entityKeyFilterJoinsSpellingVariants() {
        SearchFilters byKey = SearchFilters.NONE.withEntityKey("PER:kim-jong-un");
        assertThat(ids(index.search("", byKey, 10).hits())).containsExactly("a3", "a2");
    }

    @Test
    void aNamesOtherSpellingFindsItWhereverTheEntityIsKeyed() {
        String key = NameKey.of(EntityType.LOCATION, "بيونغ يانغ");
        assertThat(NameKey.of(EntityType.LOCATION, "بيونجيانج")).isEqualTo(key);
        index.index(article("p1", "عودة كيم", "الأمة برس", "2023-09-18",
                "عاد كيم إلى بيونغ يانغ بالقطار المدرع.", List.of(entity("بيونغ يانغ", key))));
        index.index(article("p2", "استقبال في العاصمة", "وكالة يونهاب", "2023-09-18",
                "استقبل مسؤولون الزعيم في بيونجيانج بعد الجولة.", List.of(entity("بيونجيانج", key))));
        index.index(article("p3", "بيونغيانغ تطلق صاروخا", "الجزيرة نت", "2023-09-19",
                "قالت سيول إن بيونغيانغ أطلقت صاروخا.", List.of(entity("بيونغيانغ", key))));
        for (String spelling : List.of("بيونجيانج", "بيونغ يانغ", "بيونغيانغ")) {
            assertThat(ids(index.search(spelling, SearchFilters.NONE, 10).hits())).as(spelling)
                    .containsExactlyInAnyOrder("p1", "p2", "p3");
        }
        // The other words of the query still narrow: only the article about the train.
        assertThat(ids(index.search("بيونجيانج القطار", SearchFilters.NONE, 10).hits())).containsExactly("p1");
    }

    @Test
    void aWordThatIsNoIndexedNameIsSearchedAsAWord() {
        assertThat(ids(index.search("فلاديفوستوك", SearchFilters.NONE, 10).hits())).containsExactly("a2");
    }

    @Test
    void dateRangeIsInclusive() {
        SearchFilters range = SearchFilters.NONE.withRange(LocalDate.of(2023, 9, 12), LocalDate.of(2023, 9, 13));
        assertThat(ids(index.search("", range, 10).hits())).containsExactly("a1", "a2");
    }

    @Test
    void outletFilterIsExact() {
        assertThat(ids(index.search("كيم", SearchFilters.NONE.withOutlet("وكالة سبوتنيك"), 10).hits()))
                .containsExactly("a2");
    }

    @Test
    void wordsAreAnded() {
        assertThat(ids(index.search("كيم بوتين", SearchFilters.NONE, 10).hits())).containsExactly("a2");
    }

    @Test
    void queryOperatorsAreText() {
        assertThat(index.search("كيم:\"(", SearchFilters.NONE, 10).hits()).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder("a2", "a3");
    }

    @Test
    void snippetMarksTheMatchedInflection() {
        SearchHit hit = index.search("الصواريخ", SearchFilters.NONE, 10).hits().get(0);
        assertThat(hit.snippet()).filteredOn(SnippetPart::matched).extracting(SnippetPart::text)
                .containsExactly("والصواريخ");
        assertThat(String.join("", hit.snippet().stream().map(SnippetPart::text).toList()))
                .contains("أطلقت كوريا الشمالية");
    }

    @Test
    void reindexingReplaces() {
        index.index(article("a2", "زيارة", "وكالة سبوتنيك", "2023-09-12", "نص جديد", List.of()));
        assertThat(index.search("", SearchFilters.NONE, 10).total()).isEqualTo(3);
        assertThat(ids(index.search("فلاديفوستوك", SearchFilters.NONE, 10).hits())).isEmpty();
    }

    @Test
    void indexAllFindsWhatIndexingOneByOneFinds() {
        index.indexAll(List.of(
                article("a2", "زيارة", "وكالة سبوتنيك", "2023-09-12", "نص جديد", List.of()),
                article("a4", "صاروخ جديد", "الأمة برس", "2023-09-20", "أطلقت كوريا الشمالية صاروخا جديدا", List.of())));
        assertThat(index.search("", SearchFilters.NONE, 10).total()).isEqualTo(4);
        assertThat(ids(index.search("فلاديفوستوك", SearchFilters.NONE, 10).hits())).isEmpty();
        assertThat(ids(index.search("صاروخ", SearchFilters.NONE, 10).hits())).contains("a3", "a4");
    }

    @Test
    void clearRemovesEverything() {
        index.clear();
        assertThat(index.search("", SearchFilters.NONE, 10).total()).isZero();
    }

    @Test
    void emptyIndexFindsNothing() {
        try (LuceneSearchIndex empty = LuceneSearchIndex.inMemory()) {
            assertThat(empty.search("كيم", SearchFilters.NONE, 10).hits()).isEmpty();
            assertThat(empty.search("", SearchFilters.NONE, 10).total()).isZero();
        }
    }

    @Test
    void fileIndexSurvivesReopening(@TempDir Path dir) {
        try (LuceneSearchIndex onDisk = LuceneSearchIndex.open(dir)) {
            onDisk.index(article("d1", "عنوان", "منفذ", "2024-01-02", "وصل أحمد", List.of()));
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir)) {
            assertThat(ids(reopened.search("احمد", SearchFilters.NONE, 10).hits())).containsExactly("d1");
        }
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).toList();
    }

    @Test
    void aReopenedIndexOfThisFormatSaysHowManyArticlesItHolds(@TempDir Path dir) throws Exception {
        try (LuceneSearchIndex fresh = LuceneSearchIndex.open(dir)) {
            assertThat(fresh.reusableSize()).as("nothing written yet").isEqualTo(-1);
            fresh.indexAll(List.of(article("d1", "عنوان", "منفذ", "2024-01-02", "وصل أحمد", List.of()),
                    article("d2", "عنوان آخر", "منفذ", "2024-01-03", "غادر أحمد", List.of())));
            fresh.index(article("d1", "عنوان", "منفذ", "2024-01-02", "وصل أحمد", List.of()));
            assertThat(fresh.reusableSize()).isEqualTo(2);
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir)) {
            assertThat(reopened.reusableSize()).isEqualTo(2);
        }
        // An index written without the format mark (another version) is not to be kept.
        Path other = dir.resolve("other");
        try (var directory = org.apache.lucene.store.FSDirectory.open(other);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            writer.addDocument(new org.apache.lucene.document.Document());
            writer.commit();
        }
        try (LuceneSearchIndex old = LuceneSearchIndex.open(other)) {
            assertThat(old.reusableSize()).isEqualTo(-1);
        }
    }

    @Test
    void marksAreCommittedWithTheirArticlesKeptByLaterCommitsAndDroppedByClear(@TempDir Path dir) {
        StoredArticle d1 = article("d1", "عنوان", "منفذ", "2024-01-02", "وصل أحمد", List.of());
        StoredArticle d2 = article("d2", "عنوان آخر", "منفذ", "2024-01-03", "غادر أحمد", List.of());
        try (LuceneSearchIndex fresh = LuceneSearchIndex.open(dir)) {
            assertThat(fresh.marks()).isEmpty();
            fresh.indexAll(List.of(d1), java.util.Map.of("t:0", "1"));
            // A replay of d1 with the next article: replaced, not doubled; the marks move on.
            fresh.indexAll(List.of(d1, d2), java.util.Map.of("t:0", "3", "t:1", "0"));
            // An article indexed on its own (what the server stored itself) keeps the feed's marks.
            fresh.index(article("d3", "ثالث", "منفذ", "2024-01-04", "عاد أحمد", List.of()));
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir)) {
            assertThat(reopened.marks()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("t:0", "3", "t:1", "0"));
            assertThat(reopened.reusableSize()).isEqualTo(3);
            assertThat(reopened.search("احمد", SearchFilters.NONE, 10).total()).isEqualTo(3);
            reopened.clear();
            assertThat(reopened.marks()).isEmpty();
        }
        try (LuceneSearchIndex cleared = LuceneSearchIndex.open(dir)) {
            assertThat(cleared.marks()).as("cleared: the feed's position is gone with the articles").isEmpty();
            assertThat(cleared.reusableSize()).isZero();
        }
    }

    private static Entity entity(String text, String key) {
        return new Entity(text, key.startsWith("LOC") ? EntityType.LOCATION : EntityType.PERSON, key, 0, text.length());
    }

    static StoredArticle article(String id, String title, String outlet, String published, String text,
                                 List<Entity> entities) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of(title)).withOutlet(Optional.of(outlet))
                .withPublished(Optional.of(published));
        AnalyzedArticle analyzed = new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text),
                new Extraction(entities, List.of(), List.of()));
        return new StoredArticle(id, new ArticleRef(id + ".txt", 0), analyzed, Instant.EPOCH);
    }
}
