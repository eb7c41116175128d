package dev.marsad.app.server;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.app.alert.AlertFixtures;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A running server whose ingests evaluate watches (alerts in an embedded H2 database under a test's directory,
 * stories in memory, an in-memory search index): the set-up of the watch API and watch page tests.
 */
final class WatchingServer implements AutoCloseable {
    final WriteToken token = WriteToken.ephemeral();
    final Database database;
    final Alerts alerts;
    final LuceneSearchIndex index;
    final IngestService ingest;
    final MarsadServer server;

    WatchingServer(Path dir) {
        database = AlertFixtures.h2(dir);
        InMemoryStoryStore stories = new InMemoryStoryStore();
        InMemoryArticleStore articles = new InMemoryArticleStore(stories);
        index = LuceneSearchIndex.inMemory();
        alerts = new Alerts(database, stories, AddressPolicy.PUBLIC_ONLY, Optional.empty(),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 2), Clock.systemUTC()).start();
        ingest = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), 1_000_000), articles, stories);
        SearchFollower search = new SearchFollower(articles, index);
        ingest.addListener(search.listener());
        ingest.addListener(alerts::onArticle);
        ingest.start();
        server = MarsadServer.start(ServerConfig.loopback(0, token), articles, stories, ingest, search,
                SourceListing.NONE, Optional.of(alerts));
    }

    /** The server's address of {@code path} (which starts with /). */
    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
        alerts.close();
        index.close();
        database.close();
    }
}
