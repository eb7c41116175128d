package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.app.alert.AlertFixtures;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.server.SearchFollower;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.Extraction;
import dev.marsad.port.ArticleStore;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers' search indexes fed from the stored topic, on a real KRaft broker in this JVM: what the placer stores
 * becomes searchable on every server (one started before the articles, one started on a store already holding some),
 * and a server killed (SIGKILL, a child JVM) while it indexes neither loses nor doubles an article when it starts
 * again.
 */
class SearchFeedTest {
    private static final long DEADLINE_MS = TimeUnit.MINUTES.toMillis(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    static TestBroker broker;
    static int children;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new TestBroker();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestPostgres.ENV, matches = ".+",
            disabledReason = TestPostgres.ENV + " is not set: the placer's PostgreSQL is needed")
    void articlesStoredByThePlacerBecomeSearchableOnTwoServers() throws Exception {
        String db = TestPostgres.freshSchema("marsad_kafka_feed");
        KafkaSettings settings = KafkaSettings.from(Optional.of(broker.bootstrap()), Map.of(
                "MARSAD_KAFKA_PAGES_TOPIC", "feed.pages", "MARSAD_KAFKA_ARTICLES_TOPIC", "feed.articles",
                "MARSAD_KAFKA_PLACER_GROUP", "feed.placer", "MARSAD_KAFKA_STORED_TOPIC", "feed.stored",
                "MARSAD_KAFKA_SEARCH_GROUP_PREFIX", "feed.search-"));
        Topics.ensure(settings);
        int pages = 60;
        StringWriter errors = new StringWriter();
        PrintWriter err = new PrintWriter(errors, true);
        try (Database database = Database.open(DatabaseConfig.of(db, Optional.empty(), Optional.empty()));
             StoredPublisher published = new StoredPublisher(settings, "feed-test-placer")) {
            JdbcArticleStore store = new JdbcArticleStore(database);
            IngestService service = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                    new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), PipelineConfig.DEFAULT.decode().maxBytes()),
                    store, new JdbcStoryStore(database), StoryConfig.DEFAULT, IngestService.MAX_WAIT);
            Placer placer = new Placer(settings, service, 0, Duration.ZERO, 1000, err, published::placed)
                    .beforeCommit(published::flush);
            Server first = Server.start(settings, "first", dir.resolve("first"), store, err);
            assertThat(first.started).as("an empty store").startsWith("rebuilt from the store");
            Thread placing = start(placer);
            send(settings, 0, pages / 2);
            await(() -> store.count() == pages / 2, "half the pages stored");
            // A server started on a store holding articles: rebuilt from the store, then fed from the topic.
            Server second = Server.start(settings, "second", dir.resolve("second"), store, err);
            assertThat(second.started).startsWith("rebuilt from the store");
            send(settings, pages / 2, pages);
            await(() -> store.count() == pages, "every page stored");
            Set<String> stored = new TreeSet<>(store.articles().stream().map(StoredArticle::id).toList());
            assertThat(stored).hasSize(pages);
            for (Server server : List.of(first, second)) {
                // The writer counts an article before its commit makes it searchable: wait for the search.
                await(() -> server.index.search("خبر", SearchFilters.NONE, 2 * pages).total() == pages,
                        server.node + " indexed every article");
                assertThat(server.index.reusableSize()).as(server.node).isEqualTo(pages);
                SearchIndex.SearchResult all = server.index.search("خبر", SearchFilters.NONE, 2 * pages);
                assertThat(all.total()).as(server.node).isEqualTo(pages);
                assertThat(new TreeSet<>(all.hits().stream().map(SearchIndex.SearchHit::articleId).toList()))
                        .as(server.node).isEqualTo(stored);
                assertThat(server.index.search("نواكشوط", SearchFilters.NONE, 10).hits())
                        .as(server.node + ": an article's own words").hasSize(1);
            }
            placer.close();
            placing.join(TimeUnit.MINUTES.toMillis(1));
            first.close();
            second.close();
            // Stopped cleanly, a server resumes where its index's last commit left off: nothing to read again.
            Server again = Server.start(settings, "first", dir.resolve("first"), store, err);
            assertThat(again.started).startsWith("resumed from its last commit").contains("(0 articles behind)");
            assertThat(again.index.reusableSize()).isEqualTo(pages);
            again.close();
        }
        assertThat(errors.toString()).isEmpty();
    }

    @Test
    void aServerKilledWhileIndexingNeitherLosesNorDoublesAnArticleWhenItStartsAgain() throws Exception {
        Map<String, String> env = Map.of("MARSAD_KAFKA_PAGES_TOPIC", "killfeed.pages",
                "MARSAD_KAFKA_ARTICLES_TOPIC", "killfeed.articles", "MARSAD_KAFKA_STORED_TOPIC", "killfeed.stored",
                "MARSAD_KAFKA_STORED_PARTITIONS", "2", "MARSAD_KAFKA_SEARCH_GROUP_PREFIX", "killfeed.search-");
        KafkaSettings settings = KafkaSettings.from(Optional.of(broker.bootstrap()), env);
        Topics.ensure(settings);
        Path data = dir.resolve("killed");
        String group = settings.searchGroup("n1");
        int articles = 10_000;
        try (Admin admin = admin()) {
            // A new data directory on an empty store: at the end of the empty topic once it serves.
            Child first = serve(env, data);
            awaitServing(first);
            try (StoredPublisher published = new StoredPublisher(settings, "killfeed-test")) {
                for (int i = 0; i < articles; i++) {
                    published.publish(AlertFixtures.article("k" + i, "خبر رقم " + i, "وكالة", "2024-01-02",
                            "نص الخبر رقم " + i + " عن المدينة", Instant.EPOCH, List.of()));
                }
                published.flush();
            }
            // Killed once a first batch is committed (the server commits its group's offsets after each Lucene commit).
            await(() -> committed(admin, group) > 0, "the server committed a first batch");
            kill(first);
            assertThat(committed(admin, group)).as("killed mid-way").isLessThan(articles);
        }
        Child second = serve(env, data);
        try {
            int port = awaitServing(second);
            try (Admin admin = admin()) {
                await(() -> committed(admin, group) == articles, "the restarted server read every article");
            }
            String log = Files.readString(second.log);
            Matcher behind = Pattern.compile("resumed from its last commit on killfeed.stored \\((\\d+) articles behind\\)")
                    .matcher(log);
            assertThat(behind.find()).as(log).isTrue();
            assertThat(Long.parseLong(behind.group(1))).as("read again from its last Lucene commit")
                    .isPositive().isLessThan(articles);
            // Through the API: the first and the last article published, each once.
            for (int i : new int[] {0, articles - 1}) {
                JsonNode found = search(port, "\"خبر رقم " + i + "\"");
                assertThat(found.get("total").asLong()).as(found.toString()).isEqualTo(1);
                assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo("k" + i);
            }
        } finally {
            second.process.destroy();
            assertThat(second.process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve("search"))) {
            assertThat(index.reusableSize()).as("none lost, none doubled").isEqualTo(articles);
        }
    }

    @Test
    void aServerDownLongerThanTheTopicKeepsArticlesRebuildsFromTheStore() throws Exception {
        KafkaSettings settings = KafkaSettings.from(Optional.of(broker.bootstrap()), Map.of(
                "MARSAD_KAFKA_PAGES_TOPIC", "gone.pages", "MARSAD_KAFKA_ARTICLES_TOPIC", "gone.articles",
                "MARSAD_KAFKA_STORED_TOPIC", "gone.stored", "MARSAD_KAFKA_STORED_PARTITIONS", "1"));
        Topics.ensure(settings);
        InMemoryArticleStore store = new InMemoryArticleStore();
        StringWriter errors = new StringWriter();
        PrintWriter err = new PrintWriter(errors, true);
        List<StoredArticle> articles = new ArrayList<>();
        try (StoredPublisher published = new StoredPublisher(settings, "gone-test")) {
            Server server = Server.start(settings, "gone", dir.resolve("gone"), store, err);
            for (int i = 0; i < 2; i++) {
                articles.add(stored(store, i));
                published.publish(articles.get(i));
            }
            published.flush();
            await(() -> server.index.search("خبر", SearchFilters.NONE, 10).total() == 2, "two articles indexed");
            server.close();
            // While the server is down two more are stored and published, and the topic drops the first of them.
            for (int i = 2; i < 4; i++) {
                articles.add(stored(store, i));
                published.publish(articles.get(i));
            }
            published.flush();
        }
        TopicPartition partition = new TopicPartition(settings.storedTopic(), 0);
        try (Admin admin = admin()) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(3))).all().get();
        }
        Server again = Server.start(settings, "gone", dir.resolve("gone"), store, err);
        assertThat(again.started).startsWith("rebuilt from the store (articles after its last commit are gone from "
                + partition + " (retention))");
        assertThat(again.index.search("خبر", SearchFilters.NONE, 10).total()).as("the store's articles").isEqualTo(4);
        again.close();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("gone"))) {
            assertThat(index.marks()).as("then fed from the topic's end").containsEntry(settings.storedTopic() + ":0", "4");
        }
        assertThat(errors.toString()).isEmpty();
    }

    /** Stores a synthetic article in {@code store}; returns it as stored. */
    private static StoredArticle stored(InMemoryArticleStore store, int i) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of("خبر رقم " + i));
        return store.put(new Analysis("https://gone.example/" + i, List.of(new AnalyzedArticle(
                new CleanArticle(Role.MAIN, meta, "نص الخبر رقم " + i), new Extraction(List.of(), List.of(), List.of()))),
                List.of())).get(0);
    }

    /** A server's index and its feed from the stored topic, as {@code serve --kafka} runs them. */
    private static final class Server implements AutoCloseable {
        final String node;
        final LuceneSearchIndex index;
        final KafkaSearchFeed feed;
        final String started;
        final Thread thread;

        private Server(String node, LuceneSearchIndex index, KafkaSearchFeed feed) {
            this.node = node;
            this.index = index;
            this.feed = feed;
            this.started = feed.start();
            this.thread = SearchFeedTest.start(feed);
        }

        static Server start(KafkaSettings settings, String node, Path dir, ArticleStore store, PrintWriter err) {
            LuceneSearchIndex index = LuceneSearchIndex.open(dir);
            return new Server(node, index, new KafkaSearchFeed(settings, node, index,
                    SearchFollower.fedElsewhere(store, index), err));
        }

        @Override
        public void close() throws InterruptedException {
            feed.close();
            thread.join(TimeUnit.MINUTES.toMillis(1));
            index.close();
        }
    }

    private static void send(KafkaSettings settings, int from, int to) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                KafkaClients.producer(broker.bootstrap(), "feed-test"), new StringSerializer(), new StringSerializer())) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(settings.articlesTopic(), "ar", PreparedMessage.write(page(i), i)));
            }
            producer.flush();
        }
    }

    private static NewsPipeline.Prepared page(int i) {
        String[] cities = {"بغداد", "دمشق", "القاهرة", "بيروت", "الرياض", "تونس", "الرباط", "صنعاء", "الخرطوم",
                "عمان", "طرابلس", "نواكشوط"};
        ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(Optional.of("2024-01-01T08:00:00Z"))
                .withTitle(Optional.of("خبر رقم " + i)).withLanguage(Optional.of("ar"));
        String words = i < cities.length ? " من " + cities[i] : "";
        CleanArticle a = new CleanArticle(Role.MAIN, meta, "نص الخبر رقم " + i + words);
        return new NewsPipeline.Prepared("https://feed.example/" + i,
                List.of(ArticleExtractor.Prepared.of(a, List.of(), List.of(), List.of())), List.of());
    }

    private static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        return Admin.create(p);
    }

    /** The offsets the server's group committed, summed over the partitions. */
    private static long committed(Admin admin, String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode search(int port, String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/search?limit=1&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as(what + " within the deadline").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static Thread start(Runnable loop) {
        Thread t = new Thread(loop, "test-" + loop.getClass().getSimpleName());
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** {@code marsad serve --kafka} in a child JVM on {@code data} (H2 there), with {@code env} added. */
    private static Child serve(Map<String, String> env, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                KafkaMain.class.getName(), "serve", "--kafka", broker.bootstrap(), "--node", "n1", "--port", "0",
                "--data-dir", data.toString()));
        Path log = dir.resolve("serve-" + (children++) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("MARSAD_DB_URL");
        builder.environment().remove("MARSAD_KAFKA_BOOTSTRAP");
        builder.environment().putAll(env);
        return new Child(builder.start(), log);
    }

    /** A child JVM and the file its output goes to. */
    private record Child(Process process, Path log) {
        void destroy() {
            process.destroy();
        }

        boolean waitFor(long time, TimeUnit unit) throws InterruptedException {
            return process.waitFor(time, unit);
        }
    }

    /** Waits for the server's address line; returns its port. */
    private static int awaitServing(Child child) throws Exception {
        Pattern url = Pattern.compile("Marsad: http://127\\.0\\.0\\.1:(\\d+)/");
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (true) {
            String log = Files.exists(child.log) ? Files.readString(child.log) : "";
            Matcher m = url.matcher(log);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            assertThat(child.process.isAlive()).as("serve exited: %s", log).isTrue();
            assertThat(System.currentTimeMillis()).as("serve started: %s", log).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** SIGKILL (destroyForcibly on Unix): no shutdown hook, no last commit, as kill -9. */
    private static void kill(Child child) throws InterruptedException {
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
