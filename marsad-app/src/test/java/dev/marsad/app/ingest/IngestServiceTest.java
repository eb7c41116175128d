package dev.marsad.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.cluster.PieceMergeTest;
import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.StoredArticle;
import dev.marsad.pipeline.DistinctWords;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one ingest service on a real store: articles placed as they are stored, a late one placed at the end of its
 * batch, listeners told of each with its story, and two writers on one store (as two processes) kept in step.
 */
class IngestServiceTest {
    private static final NewsPipeline PIPELINE = NewsPipeline.standard(PipelineConfig.DEFAULT);

    @TempDir
    Path dir;

    private static IngestService service(Database db) {
        return new IngestService(PIPELINE, new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), 1_000_000),
                new JdbcArticleStore(db), new JdbcStoryStore(db));
    }

    private static void ingest(IngestService service, String source, String title, String date, String text) {
        ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle(Optional.of(title)).withPublished(Optional.of(date));
        IngestService.IngestResult result = service.ingest(source, text.getBytes(StandardCharsets.UTF_8),
                Optional.of("text/plain; charset=utf-8"), hints);
        assertThat(result.error()).isEmpty();
        assertThat(result.added()).isEqualTo(1);
    }

    /** The stories cluster tells of the stored articles, as member sources by story id. */
    private static Map<String, List<String>> clustered(Database db) {
        List<StoredArticle> stored = new JdbcArticleStore(db).articles();
        Map<String, List<String>> out = new LinkedHashMap<>();
        StoryPipeline.standard(StoryConfig.DEFAULT).clusterArticles(stored.stream()
                        .map(a -> new StoryPipeline.StoryInput(a.ref(), a.article())).toList())
                .forEach(s -> out.put(s.id(), s.articles().stream().map(a -> a.ref().source()).toList()));
        return out;
    }

    private static Map<String, List<String>> storedStories(Database db) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        new JdbcStoryStore(db).stories()
                .forEach(s -> out.put(s.id(), s.articles().stream().map(a -> a.ref().source()).toList()));
        return out;
    }

    @Test
    void articlesArePlacedAsStoredAndALateOneAtTheEndOfItsBatch() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            IngestService service = service(db);
            List<String> told = new ArrayList<>();
            service.addListener((article, story) -> told.add(article.ref().source() + " " + story));
            ingest(service, "kim1", "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
            ingest(service, "kim2", "كيم جونج أون يتفقد مصنعا", "2023-09-15", ArabicStories.KIM_2);
            assertThat(told).hasSize(2);
            String kim = told.get(0).split(" ")[1];
            assertThat(told.get(1)).isEqualTo("kim2 " + kim);
            assertThat(new JdbcStoryStore(db).storyIds(new JdbcArticleStore(db).articles().stream()
                    .map(StoredArticle::id).toList()).values()).containsOnly(kim);

            // Earlier than what is placed: it waits for the end of the batch, then one replay places it.
            ingest(service, "quake1", "زلزال يضرب المغرب", "2023-09-09", ArabicStories.QUAKE_1);
            assertThat(told).hasSize(2);
            assertThat(service.replays()).isZero();
            service.endBatch();
            assertThat(told).hasSize(3).last().asString().startsWith("quake1 s-");
            assertThat(service.replays()).as("what an operator is told the late page cost").isEqualTo(1);
            assertThat(service.latePlaced()).isEqualTo(1);
            service.endBatch();
            assertThat(service.replays()).as("a batch with nothing late replays nothing").isEqualTo(1);
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(2);
        }
    }

    /**
     * Two condolence reports of the Asir bombing stored first form a story of their own; the three reports stored next
     * form the event's story, which absorbs them once it has a headline signature (piece merges): the store then holds
     * one story with all five, every stored assignment moved, as cluster tells it; and still after a late page's replay.
     */
    @Test
    void piecesOfOneEventMergedByTheEngineAreOneStoryInTheStore() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            IngestService service = service(db);
            ingest(service, "condolence1", PieceMergeTest.CONDOLENCE_TITLE_1, "2015-08-09", PieceMergeTest.CONDOLENCE_1);
            ingest(service, "condolence2", PieceMergeTest.CONDOLENCE_TITLE_2, "2015-08-09", PieceMergeTest.CONDOLENCE_2);
            service.endBatch();
            assertThat(storedStories(db)).hasSize(1);
            ingest(service, "report1", "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", "2015-08-10",
                    PieceMergeTest.REPORT_1);
            ingest(service, "report2", "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", "2015-08-10",
                    PieceMergeTest.REPORT_2);
            ingest(service, "report3", "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", "2015-08-10", PieceMergeTest.REPORT_3);
            service.endBatch();
            List<String> ids = new JdbcArticleStore(db).articles().stream().map(StoredArticle::id).toList();
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(1);
            assertThat(storedStories(db).values().iterator().next()).hasSize(5);
            assertThat(new JdbcStoryStore(db).storyIds(ids)).hasSize(5)
                    .allSatisfy((article, story) -> assertThat(story).isEqualTo(storedStories(db).keySet().iterator().next()));

            // A late page of 9 August: the stream goes back to 10 August and merges again.
            ingest(service, "late", "أمطار غزيرة على مرتفعات الباحة", "2015-08-09", "هطلت أمطار غزيرة مصحوبة بالبرد على "
                    + "مرتفعات منطقة الباحة مساء أمس، وجرت السيول في عدد من الأودية.\n\nوحذر الدفاع المدني من الاقتراب "
                    + "من مجاري السيول.");
            service.endBatch();
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(2);
            List<String> all = new JdbcArticleStore(db).articles().stream().map(StoredArticle::id).toList();
            assertThat(new java.util.HashSet<>(new JdbcStoryStore(db).storyIds(all).values())).hasSize(2);
        }
    }

    /**
     * A late page of the last days kept is placed by going back to its day: the articles placed again are those of
     * the days since, not the store; one older than every day kept replays the store. Both leave cluster's stories.
     */
    @Test
    void aLatePageWithinTheDaysKeptDoesNotReplayTheStore() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("bounded")))) {
            IngestService service = service(db);
            java.time.LocalDate start = java.time.LocalDate.of(2023, 9, 1);
            for (int n = 0; n < 40; n++) {
                String text = n % 10 == 3 ? ArabicStories.QUAKE_2 : DistinctWords.text(n);
                ingest(service, "page" + n, DistinctWords.word(n + 700_000), start.plusDays(n / 2).toString(), text);
            }
            service.endBatch();
            // Day 18 is kept (the stream keeps the last 3 days): only day 19's two articles are placed again.
            ingest(service, "late", "زلزال يضرب المغرب", start.plusDays(18).toString(), ArabicStories.QUAKE_1);
            service.endBatch();
            assertThat(service.replays()).isEqualTo(1);
            assertThat(service.latePlaced()).isEqualTo(1);
            assertThat(service.fullReplays()).isZero();
            assertThat(service.placedAgain()).as("day 19's articles, not the 40 stored").isEqualTo(2);
            assertThat(storedStories(db)).isEqualTo(clustered(db));
            List<String> ids = new JdbcArticleStore(db).articles().stream().map(StoredArticle::id).toList();
            assertThat(new JdbcStoryStore(db).storyIds(ids)).hasSize(41);
            assertThat(new JdbcStoryStore(db).upToDate()).isTrue();

            // Older than every day kept: the whole store is placed again.
            ingest(service, "older", "كيم في مصنع طائرات روسي", start.plusDays(2).toString(), ArabicStories.KIM_1);
            service.endBatch();
            assertThat(service.replays()).isEqualTo(2);
            assertThat(service.fullReplays()).isEqualTo(1);
            assertThat(service.placedAgain()).isEqualTo(2 + 41);
            assertThat(storedStories(db)).isEqualTo(clustered(db));
        }
    }

    /**
     * Pages in rough publication order, some late by up to a week (within and beyond the days kept), in batches:
     * after every batch the stored stories and assignments are cluster's, whichever replay placed the late ones.
     */
    @Test
    void storedStoriesAreClustersWhateverTheLateness() {
        String[] texts = {ArabicStories.KIM_1, ArabicStories.KIM_2, ArabicStories.KIM_3, ArabicStories.QUAKE_1,
            ArabicStories.QUAKE_2, ArabicStories.QUAKE_3, ArabicStories.FOOTBALL};
        for (long seed = 1; seed <= 2; seed++) {
            java.util.Random random = new java.util.Random(seed);
            try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("random-" + seed)))) {
                IngestService service = service(db);
                java.time.LocalDate start = java.time.LocalDate.of(2023, 9, 1);
                for (int n = 0; n < 28; n++) {
                    int day = n / 3 - (random.nextInt(4) == 0 ? random.nextInt(8) : 0);
                    String text = random.nextInt(3) == 0 ? texts[random.nextInt(texts.length)] : DistinctWords.text(n);
                    ingest(service, "page" + n, DistinctWords.word(n + 800_000), start.plusDays(Math.max(0, day)).toString(), text);
                    if (random.nextInt(3) == 0) {
                        service.endBatch();
                        assertThat(storedStories(db)).isEqualTo(clustered(db));
                    }
                }
                service.endBatch();
                assertThat(storedStories(db)).isEqualTo(clustered(db));
                List<String> ids = new JdbcArticleStore(db).articles().stream().map(StoredArticle::id).toList();
                Map<String, String> assigned = new JdbcStoryStore(db).storyIds(ids);
                Map<String, String> expected = new LinkedHashMap<>();
                clustered(db).forEach((story, sources) -> new JdbcArticleStore(db).articles().stream()
                        .filter(a -> sources.contains(a.ref().source())).forEach(a -> expected.put(a.id(), story)));
                assertThat(assigned).isEqualTo(expected);
                assertThat(service.replays()).as("seed %d has late pages", seed).isPositive();
            }
        }
    }

    /** Another process stores between a late page and the end of its batch: the store is replayed instead. */
    @Test
    void aLatePageWhoseWriteIsBehindAnotherWriterIsPlacedByAReplayOfTheStore() {
        Path data = dir.resolve("behind");
        try (Database one = Database.open(DatabaseConfig.h2(data)); Database two = Database.open(DatabaseConfig.h2(data))) {
            IngestService first = service(one);
            IngestService second = service(two);
            List<String> told = new ArrayList<>();
            first.addListener((article, story) -> told.add(article.ref().source()));
            ingest(first, "kim1", "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
            ingest(first, "kim2", "كيم جونج أون يتفقد مصنعا", "2023-09-16", ArabicStories.KIM_2);
            first.endBatch();
            ingest(first, "quake1", "زلزال يضرب المغرب", "2023-09-15", ArabicStories.QUAKE_1);
            ingest(second, "quake2", "حصيلة زلزال الحوز ترتفع", "2023-09-17", ArabicStories.QUAKE_2);
            second.endBatch();
            first.endBatch();
            assertThat(first.replays()).isEqualTo(1);
            assertThat(first.fullReplays()).isEqualTo(1);
            assertThat(told).containsExactly("kim1", "kim2", "quake1");
            assertThat(storedStories(one)).isEqualTo(clustered(one));
            List<String> ids = new JdbcArticleStore(one).articles().stream().map(StoredArticle::id).toList();
            assertThat(new JdbcStoryStore(one).storyIds(ids)).hasSize(4);
        }
    }

    @Test
    void twoWritersOnOneStoreTakeEachOthersArticlesInBeforePlacing() {
        Path data = dir.resolve("shared");
        try (Database one = Database.open(DatabaseConfig.h2(data)); Database two = Database.open(DatabaseConfig.h2(data))) {
            IngestService first = service(one);
            IngestService second = service(two);
            ingest(first, "quake1", "زلزال يضرب المغرب", "2023-09-09", ArabicStories.QUAKE_1);
            ingest(second, "quake2", "حصيلة زلزال الحوز ترتفع", "2023-09-10", ArabicStories.QUAKE_2);
            ingest(first, "kim1", "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
            second.endBatch();
            ingest(second, "kim2", "كيم جونج أون يتفقد مصنعا", "2023-09-15", ArabicStories.KIM_2);
            first.endBatch();
            second.endBatch();
            assertThat(storedStories(one)).isEqualTo(clustered(one)).hasSize(2)
                    .allSatisfy((id, members) -> assertThat(members).hasSize(2));
            List<String> ids = new JdbcArticleStore(one).articles().stream().map(StoredArticle::id).toList();
            assertThat(new JdbcStoryStore(one).storyIds(ids)).hasSize(4);
        }
    }

    /**
     * Finishing apart from storing ({@link IngestService#finish}, then {@link IngestService#ingestFinished}, as the
     * distributed placer does on two threads) stores what {@link IngestService#ingestPrepared} stores in one step.
     */
    @Test
    void finishingThenStoringIsIngestingPrepared() {
        String[][] inputs = {{"quake1", "زلزال يضرب المغرب", "2023-09-09", ArabicStories.QUAKE_1},
            {"kim1", "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1},
            {"quake2", "ارتفاع حصيلة ضحايا زلزال المغرب", "2023-09-10", ArabicStories.QUAKE_2}};
        List<List<List<Object>>> stored = new ArrayList<>();
        List<Map<String, List<String>>> stories = new ArrayList<>();
        for (boolean apart : new boolean[] {false, true}) {
            try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("apart-" + apart)))) {
                IngestService service = service(db);
                dev.marsad.extract.ExtractionRun run = PIPELINE.newRun();
                for (String[] in : inputs) {
                    ArticleAnalyzer.Prepared prepared = service.prepare(in[0], in[3].getBytes(StandardCharsets.UTF_8),
                            Optional.of("text/plain; charset=utf-8"), ArticleMetadata.EMPTY
                                    .withTitle(Optional.of(in[1])).withPublished(Optional.of(in[2])));
                    IngestService.IngestResult result = apart
                            ? service.ingestFinished(in[0], service.finish(prepared, run))
                            : service.ingestPrepared(prepared, run);
                    assertThat(result.error()).isEmpty();
                    assertThat(result.added()).isEqualTo(1);
                }
                service.endBatch();
                // Id (the content hash) and the analysis as stored; not the time it was stored.
                stored.add(new JdbcArticleStore(db).articles().stream()
                        .map(a -> List.<Object>of(a.id(), a.ref().source(), a.article())).toList());
                stories.add(storedStories(db));
            }
        }
        assertThat(stored.get(1)).hasSize(3).isEqualTo(stored.get(0));
        assertThat(stories.get(1)).isEqualTo(stories.get(0)).hasSize(2);
    }

    @Test
    void aRestartContinuesWithTheSameStories() {
        Path data = dir.resolve("restart");
        Map<String, List<String>> before;
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            IngestService service = service(db);
            ingest(service, "quake1", "زلزال يضرب المغرب", "2023-09-09", ArabicStories.QUAKE_1);
            ingest(service, "kim1", "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
            // No endBatch: as if killed before the story rows were written.
            before = clustered(db);
        }
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            assertThat(service(db).start()).as("unclean stop: replayed at start").isTrue();
            assertThat(storedStories(db)).isEqualTo(before);
            IngestService again = service(db);
            ingest(again, "kim2", "كيم جونج أون يتفقد مصنعا", "2023-09-15", ArabicStories.KIM_2);
            again.endBatch();
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(2);
        }
    }

    @Test
    void aStartAfterACleanStopShowsTheStoredStoriesWithoutReplaying() {
        Path data = dir.resolve("clean");
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            IngestService service = service(db);
            ingest(service, "quake1", "زلزال يضرب المغرب", "2023-09-09", ArabicStories.QUAKE_1);
            ingest(service, "kim1", "كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
            service.endBatch();
            assertThat(new JdbcStoryStore(db).upToDate()).isTrue();
        }
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            IngestService again = service(db);
            assertThat(again.start()).as("clean stop: nothing replayed before the page is up").isFalse();
            assertThat(again.heldArticles()).isZero();
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(2);
            // The first ingest builds the engine, then places as usual.
            ingest(again, "kim2", "كيم جونج أون يتفقد مصنعا", "2023-09-15", ArabicStories.KIM_2);
            assertThat(new JdbcStoryStore(db).upToDate()).as("an article stored, its story not yet written").isFalse();
            again.endBatch();
            assertThat(new JdbcStoryStore(db).upToDate()).isTrue();
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(2);
        }
    }

    @Test
    void theEngineHoldsOnlyTheArticlesOfItsOpenStories() {
        int days = 150;
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("months")))) {
            IngestService service = service(db);
            int most = 0;
            java.time.LocalDate start = java.time.LocalDate.of(2015, 1, 1);
            for (int day = 0; day < days; day++) {
                // Each day two reports of their own and an outlet's copy of the first.
                for (int k = 0; k < 3; k++) {
                    int n = day * 3 + k;
                    ingest(service, "a" + n, DistinctWords.word(900_000 + n), start.plusDays(day).toString(),
                            DistinctWords.text(k == 2 ? day * 3 : n));
                }
                service.endBatch(); // as a watch's polls: each ends with its stories written
                most = Math.max(most, service.heldArticles());
            }
            // Stories close 30 days after their last article: the engine holds about a month, not the stream.
            assertThat(most).isGreaterThan(0).isLessThanOrEqualTo(32 * 3);
            assertThat(storedStories(db)).isEqualTo(clustered(db)).hasSize(days * 2);
        }
    }
}
