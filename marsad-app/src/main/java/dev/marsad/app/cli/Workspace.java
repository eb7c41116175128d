package dev.marsad.app.cli;

import dev.marsad.app.ingest.IngestService;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.files.OwnerOnlyFiles;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;

import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.SearchFollower;
import dev.marsad.app.server.ServerConfig;
import dev.marsad.app.server.WriteToken;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.StoryStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The running product's parts for one data directory: stores, search index, ingestion. Shared by {@code serve}
 * and {@code demo}. Articles and stories live in the database (embedded H2 in the data directory, or the one
 * {@code MARSAD_DB_URL} names); the search index lives in {@code DIR/search} and is rebuilt from the store at
 * start, so the two never disagree. The directory is its owner's only (0700), and holds the write token.
 */
final class Workspace implements AutoCloseable {
    final ArticleStore articles;
    final StoryStore stories;
    final SearchIndex index;
    final IngestService ingest;
    final SearchFollower search;
    final WriteToken token;
    private Optional<MarsadServer> server = Optional.empty();

    Workspace(Path dataDir, PoliteFetcher fetcher) {
        this(dataDir, new StoreOptions().configFor(dataDir, System.getenv()), fetcher);
    }

    Workspace(Path dataDir, DatabaseConfig database, PoliteFetcher fetcher) {
        OwnerOnlyFiles.directory(dataDir, WriteToken.FILE_NAME);
        this.token = WriteToken.loadOrCreate(dataDir);
        PipelineConfig config = PipelineConfig.DEFAULT;
        InputReader reader = new InputReader(fetcher, config.decode().maxBytes());
        Database db = Database.open(database);
        this.articles = new JdbcArticleStore(db);
        this.stories = new JdbcStoryStore(db);
        try {
            this.index = LuceneSearchIndex.open(dataDir.resolve("search"));
        } catch (RuntimeException e) {
            db.close(); // a second server on this directory: leave the database to the first
            throw e;
        }
        this.ingest = new IngestService(NewsPipeline.standard(config), reader, articles, stories);
        this.search = new SearchFollower(articles, index);
        ingest.addListener(search.listener());
        search.rebuild();
        // The story engine replays the stored articles and puts right the stories a killed process, another
        // version or a late article left behind, so the page never shows articles without their stories.
        ingest.start();
    }

    MarsadServer serve(ServerConfig config) {
        MarsadServer started = MarsadServer.start(config, articles, stories, ingest, search);
        server = Optional.of(started);
        return started;
    }

    @Override
    public void close() {
        server.ifPresent(MarsadServer::close);
        index.close();
        articles.close();
    }
}
