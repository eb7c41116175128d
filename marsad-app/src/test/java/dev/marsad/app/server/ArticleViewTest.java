package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.PutReport;
import dev.marsad.port.StoryPlacement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleView}: a snapshot extended article batch by article batch equals one built at once (and what the
 * endpoints derived before snapshots were incremental), reads only the new articles, and starts again when the
 * store is replaced under it.
 */
class ArticleViewTest {
    private static final String[][] SPELLINGS = {
            {"بيونغ يانغ", "بيونجيانج", "بيونغيانغ"}, {"بوتين", "بوتن"}, {"كيم جونغ أون", "كيم جونج أون"},
            {"مراكش"}, {"واشنطن", "واشنطون"}, {"الأمم المتحدة", "الامم المتحدة"}};
    private static final String[] KEYS = {
            "LOC:pyongyang", "PER:putin", "PER:kim", "LOC:marrakech", "LOC:dc", "ORG:un"};
    private static final EntityType[] TYPES = {EntityType.LOCATION, EntityType.PERSON, EntityType.PERSON,
            EntityType.LOCATION, EntityType.LOCATION, EntityType.ORGANIZATION};
    /** Few dates, so many quotations tie on date and their store order decides. */
    private static final String[] DATES = {"2023-09-10", "2023-09-11T08:00:00Z", "2023-09-12", "2023-09-12", ""};

    @Test
    void extendedStepByStepEqualsBuiltAtOnceAndTheFormerFullBuild() {
        Random random = new Random(11);
        InMemoryArticleStore store = new InMemoryArticleStore();
        ArticleView view = new ArticleView(store, 4);
        int n = 0;
        for (int step = 0; step < 25; step++) {
            int batch = 1 + random.nextInt(step % 5 == 0 ? 12 : 3);
            for (int i = 0; i < batch; i++) {
                put(store, article(random, n++));
            }
            ArticleView.Snapshot incremental = view.current();
            assertThat(incremental.count()).isEqualTo(n);
            ArticleView.Snapshot scratch = new ArticleView(store, 4).current();
            assertThat(describe(incremental, store)).isEqualTo(describe(scratch, store));
            assertThat(describe(incremental, store)).isEqualTo(former(store.articles()));
        }
        assertThat(view.current().entities().list(Optional.empty())).hasSize(KEYS.length);
    }

    @Test
    void extendsTheSameOverTheEmbeddedDatabaseWhoseArticlesAreReadByPagedQueries(@TempDir Path dir) {
        Random random = new Random(5);
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            JdbcArticleStore store = new JdbcArticleStore(db);
            ArticleView view = new ArticleView(store, 3);
            int n = 0;
            for (int step = 0; step < 6; step++) {
                for (int i = 1 + random.nextInt(step == 0 ? 8 : 4); i > 0; i--) {
                    put(store, article(random, n++));
                }
                ArticleView.Snapshot incremental = view.current();
                assertThat(incremental.count()).isEqualTo(n);
                assertThat(describe(incremental, store)).isEqualTo(describe(new ArticleView(store, 3).current(), store))
                        .isEqualTo(former(store.articles()));
            }
        }
    }

    @Test
    void readsOnlyTheNewArticlesAndThePreviousOneAsAnOrderCheck() {
        Random random = new Random(7);
        CountingStore store = new CountingStore(new InMemoryArticleStore());
        for (int i = 0; i < 10; i++) {
            put(store, article(random, i));
        }
        ArticleView view = new ArticleView(store, 4);
        view.current();
        // The first build: every article once, a page of at most 4 at a time, never the whole store at once.
        assertThat(store.read.get()).isEqualTo(10);
        assertThat(store.largestRead.get()).isEqualTo(4);
        assertThat(store.wholeReads.get()).isZero();

        for (int k : new int[] {1, 3, 9}) {
            store.read.set(0);
            int before = store.count();
            for (int i = 0; i < k; i++) {
                put(store, article(random, before + i));
            }
            assertThat(view.current().count()).isEqualTo(before + k);
            assertThat(store.read.get()).as("articles read after adding %d", k).isEqualTo(k + 1);
        }
        store.read.set(0);
        view.current();
        assertThat(store.read.get()).as("nothing new, nothing read").isZero();
        assertThat(store.wholeReads.get()).isZero();
    }

    @Test
    void aStoreReplacedOrShrunkUnderTheViewIsReadAgainFromTheStart() {
        Random random = new Random(3);
        InMemoryArticleStore first = new InMemoryArticleStore();
        for (int i = 0; i < 6; i++) {
            put(first, article(random, i));
        }
        SwappableStore store = new SwappableStore(first);
        ArticleView view = new ArticleView(store, 4);
        assertThat(view.current().count()).isEqualTo(6);

        InMemoryArticleStore bigger = new InMemoryArticleStore();
        for (int i = 100; i < 109; i++) {
            put(bigger, article(random, i));
        }
        store.delegate = bigger;
        assertThat(describe(view.current(), bigger)).isEqualTo(former(bigger.articles()));

        InMemoryArticleStore smaller = new InMemoryArticleStore();
        for (int i = 200; i < 203; i++) {
            put(smaller, article(random, i));
        }
        store.delegate = smaller;
        assertThat(describe(view.current(), smaller)).isEqualTo(former(smaller.articles()));
    }

    // --- what is compared ---

    /** Everything the endpoints read from a snapshot, in their order. */
    private static List<Object> describe(ArticleView.Snapshot snapshot, ArticleStore store) {
        List<Object> out = new ArrayList<>();
        out.add(snapshot.count());
        for (EntityDirectory.Entry e : snapshot.entities().list(Optional.empty())) {
            out.add(List.of(e.entity(), e.articles(), List.copyOf(e.spellings().entrySet())));
        }
        out.add(quotes(snapshot.quotes().find(filter(Optional.empty()))));
        for (String key : KEYS) {
            out.add(quotes(snapshot.quotes().find(filter(Optional.of(key)))));
        }
        List<StoredArticle> all = store.articles();
        for (StoredArticle a : all) {
            out.add(snapshot.stories().articleId(a.ref()));
            out.add(snapshot.entities().article(a.id()).map(ArticleViewTest::summary));
        }
        List<String> someIds = all.stream().map(StoredArticle::id).filter(id -> id.hashCode() % 3 == 0).toList();
        snapshot.entities().within(someIds, Optional.empty())
                .forEach(e -> out.add(List.of("within", e.entity(), e.articles(), List.copyOf(e.spellings().entrySet()))));
        return out;
    }

    /** What the endpoints derived from the whole article list before the view was incremental (its former code). */
    private static List<Object> former(List<StoredArticle> all) {
        List<Object> out = new ArrayList<>();
        out.add(all.size());
        List<List<Object>> entries = formerEntities(all);
        entries.stream().sorted(Comparator.comparing((List<Object> e) -> -((StoryEntity) e.get(0)).mentions()))
                .forEach(out::add);
        List<List<Object>> rows = new ArrayList<>();
        for (StoredArticle a : all) {
            for (Quote q : a.article().extraction().quotes()) {
                rows.add(List.of(q, a.id(), a.article().article().metadata().published().orElse("")));
            }
        }
        rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(2), Comparator.reverseOrder()));
        out.add(rows.stream().map(r -> List.of(r.get(0), r.get(1))).toList());
        for (String key : KEYS) {
            out.add(rows.stream().filter(r -> ((Quote) r.get(0)).speakerKey().equals(Optional.of(key)))
                    .map(r -> List.of(r.get(0), r.get(1))).toList());
        }
        Map<dev.marsad.model.ArticleRef, String> ids = new HashMap<>();
        all.forEach(a -> ids.put(a.ref(), a.id()));
        for (StoredArticle a : all) {
            out.add(Optional.ofNullable(ids.get(a.ref())));
            out.add(Optional.of(summary(ArticleDigest.of(a))));
        }
        List<StoredArticle> some = all.stream().filter(a -> a.id().hashCode() % 3 == 0).toList();
        formerEntities(some).stream()
                .sorted(Comparator.comparing((List<Object> e) -> -((StoryEntity) e.get(0)).mentions()))
                .forEach(e -> {
                    List<Object> within = new ArrayList<>(List.of("within"));
                    within.addAll(e);
                    out.add(within);
                });
        return out;
    }

    /** EntityDirectory's former merge, verbatim in substance. */
    private static List<List<Object>> formerEntities(List<StoredArticle> stored) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        for (StoredArticle a : stored) {
            for (Entity e : a.article().extraction().entities()) {
                spellings.computeIfAbsent(e.key(), k -> new LinkedHashMap<>()).merge(e.text(), 1, Integer::sum);
                types.putIfAbsent(e.key(), e.type());
                articles.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).add(a.id());
            }
        }
        List<List<Object>> out = new ArrayList<>();
        spellings.forEach((key, counts) -> {
            List<String> names = new ArrayList<>(counts.keySet());
            names.sort(Comparator.comparing((String n) -> -counts.get(n)));
            int mentions = counts.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, Integer> ordered = new LinkedHashMap<>();
            names.forEach(nm -> ordered.put(nm, counts.get(nm)));
            out.add(List.of(new StoryEntity(key, names.get(0), types.get(key), names.subList(1, names.size()), mentions),
                    List.copyOf(articles.get(key)), List.copyOf(ordered.entrySet())));
        });
        return out;
    }

    private static List<Object> quotes(List<QuoteRow> rows) {
        return rows.stream().map(r -> (Object) List.of(r.quote(), r.article().id())).toList();
    }

    private static String summary(ArticleDigest a) {
        return ApiJson.articleSummary(a).toString() + a.entities() + a.quotes();
    }

    private static QuoteFilter filter(Optional<String> speaker) {
        return new QuoteFilter(speaker, Optional.empty(), Optional.empty(), Optional.empty());
    }

    // --- articles and stores ---

    private static AnalyzedArticle article(Random random, int n) {
        String date = DATES[random.nextInt(DATES.length)];
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of("خبر " + n))
                .withOutlet(Optional.of("منفذ " + random.nextInt(3)))
                .withPublished(date.isEmpty() ? Optional.empty() : Optional.of(date));
        List<Entity> entities = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            int k = random.nextInt(KEYS.length);
            String text = SPELLINGS[k][random.nextInt(SPELLINGS[k].length)];
            entities.add(new Entity(text, TYPES[k], KEYS[k], i * 10, i * 10 + text.length()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            Optional<String> key = random.nextBoolean() ? Optional.of(KEYS[random.nextInt(2) + 1]) : Optional.empty();
            quotes.add(new Quote(key.map(k -> "متحدث " + k), key, "قول " + n + "-" + i, random.nextBoolean()));
        }
        return new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, "نص الخبر رقم " + n + " بطوله."),
                new Extraction(entities, quotes, List.of()));
    }

    private static void put(ArticleStore store, AnalyzedArticle article) {
        store.put(new Analysis("a-" + article.article().metadata().title().orElseThrow() + ".txt", List.of(article),
                List.of()));
    }

    /** Counts the articles read through it. */
    private static final class CountingStore extends Delegating {
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger largestRead = new AtomicInteger();
        final AtomicInteger wholeReads = new AtomicInteger();

        CountingStore(ArticleStore delegate) {
            super(delegate);
        }

        private List<StoredArticle> counted(List<StoredArticle> some) {
            read.addAndGet(some.size());
            largestRead.accumulateAndGet(some.size(), Math::max);
            return some;
        }

        @Override
        public List<StoredArticle> articles() {
            wholeReads.incrementAndGet();
            return counted(delegate.articles());
        }

        @Override
        public List<StoredArticle> articlesFrom(int offset) {
            return counted(delegate.articlesFrom(offset));
        }

        @Override
        public List<StoredArticle> articles(int offset, int limit) {
            return counted(delegate.articles(offset, limit));
        }

        @Override
        public Optional<StoredArticle> article(String id) {
            Optional<StoredArticle> one = delegate.article(id);
            read.addAndGet(one.isPresent() ? 1 : 0);
            return one;
        }
    }

    /** A store that can be replaced under its readers. */
    private static final class SwappableStore extends Delegating {
        SwappableStore(ArticleStore delegate) {
            super(delegate);
        }
    }

    private static class Delegating implements ArticleStore {
        volatile ArticleStore delegate;

        Delegating(ArticleStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<StoredArticle> put(Analysis analysis) {
            return delegate.put(analysis);
        }

        @Override
        public PutReport put(Analysis analysis, StoryPlacement placement) {
            return delegate.put(analysis, placement);
        }

        @Override
        public List<StoredArticle> articles() {
            return delegate.articles();
        }

        @Override
        public List<StoredArticle> articlesFrom(int offset) {
            return delegate.articlesFrom(offset);
        }

        @Override
        public List<StoredArticle> articles(int offset, int limit) {
            return delegate.articles(offset, limit);
        }

        @Override
        public int count() {
            return delegate.count();
        }

        @Override
        public Optional<StoredArticle> article(String id) {
            return delegate.article(id);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
