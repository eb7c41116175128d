package dev.marsad.app.cli;

import dev.marsad.app.ingest.IngestService;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.files.OwnerOnlyFiles;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcSourceStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.app.alert.AlertDispatcher;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.alert.SmtpSettings;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.SearchFollower;
import dev.marsad.app.server.ServerConfig;
import dev.marsad.app.server.WriteToken;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StageTimer;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.StoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The running product's parts for one data directory: stores, search index, ingestion. Shared by {@code serve}
 * and {@code demo}. Articles and stories live in the database (embedded H2 in the data directory, or the one
 * {@code MARSAD_DB_URL} names); the search index lives in {@code DIR/search} and is kept at start when it
 * holds exactly the stored articles, rebuilt from the store otherwise, so the two never disagree. The directory
 * is its owner's only (0700), and holds the write token.
 * Watches live in the same database: each article stored is matched against them once it is in its story, and
 * their alerts are sent in the background (webhooks under the fetcher's address policy; e-mail when the
 * {@code MARSAD_SMTP_*} variables name a server, see docs/ALERTS.md).
 */
final class Workspace implements AutoCloseable {
    final ArticleStore articles;
    final StoryStore stories;
    final LuceneSearchIndex index;
    final IngestService ingest;
    final SearchFollower search;
    final WriteToken token;
    /** What `watch --sources` records of its sources, shown at /sources. */
    final JdbcSourceStore sources;
    final Alerts alerts;
    /** Whether this start rebuilt the search index from the store (it was not the store's: a kill, a new version). */
    final boolean indexRebuilt;
    /** Whether this start replayed the stored articles through the story engine (the last writer did not stop cleanly). */
    final boolean storiesReplayed;
    private Optional<MarsadServer> server = Optional.empty();

    Workspace(Path dataDir, PoliteFetcher fetcher) {
        this(dataDir, fetcher, false);
    }

    /**
     * A workspace whose search index, when {@code fedElsewhere}, a feed keeps up to date ({@code serve --kafka}, see
     * {@link dev.marsad.app.server.SearchFeed}): it is neither kept nor rebuilt against the store at start (the feed
     * decides, from where its last commit left off), and searches do not follow the store.
     */
    Workspace(Path dataDir, PoliteFetcher fetcher, boolean fedElsewhere) {
        this(dataDir, new StoreOptions().configFor(dataDir, System.getenv()), fetcher, StageTimer.NONE, fedElsewhere);
    }

    Workspace(Path dataDir, DatabaseConfig database, PoliteFetcher fetcher) {
        this(dataDir, database, fetcher, StageTimer.NONE);
    }

    /** A workspace telling {@code timer} how long its start takes: the search index rebuild, the story replay. */
    Workspace(Path dataDir, DatabaseConfig database, PoliteFetcher fetcher, StageTimer timer) {
        this(dataDir, database, fetcher, timer, false);
    }

    Workspace(Path dataDir, DatabaseConfig database, PoliteFetcher fetcher, StageTimer timer, boolean fedElsewhere) {
        Optional<SmtpSettings> smtp = SmtpSettings.fromEnvironment(System.getenv()); // a bad setting fails first
        OwnerOnlyFiles.directory(dataDir, WriteToken.FILE_NAME);
        this.token = WriteToken.loadOrCreate(dataDir);
        PipelineConfig config = PipelineConfig.DEFAULT;
        InputReader reader = new InputReader(fetcher, config.decode().maxBytes());
        Database db = Database.open(database);
        this.articles = new JdbcArticleStore(db);
        this.stories = new JdbcStoryStore(db);
        this.sources = new JdbcSourceStore(db);
        try {
            this.index = LuceneSearchIndex.open(dataDir.resolve("search"));
        } catch (RuntimeException e) {
            db.close(); // a second server on this directory: leave the database to the first
            throw e;
        }
        this.alerts = new Alerts(db, stories, fetcher.config().addresses(), smtp,
                AlertDispatcher.DEFAULT_RETRIES, Clock.systemUTC());
        this.ingest = new IngestService(NewsPipeline.standard(config), reader, articles, stories, StoryConfig.DEFAULT,
                IngestService.MAX_WAIT, timer);
        this.search = fedElsewhere ? SearchFollower.fedElsewhere(articles, index) : new SearchFollower(articles, index);
        ingest.addListener(search.listener());
        // Each article placed in its story is matched against the watches (once per story, docs/ALERTS.md).
        ingest.addListener(alerts::onArticle);
        long indexing = System.nanoTime();
        // Kept when it holds the stored articles, rebuilt otherwise; a fed index is the feed's to keep or rebuild.
        this.indexRebuilt = !fedElsewhere && search.open();
        timer.record(StageTimer.Stage.INDEX, System.nanoTime() - indexing);
        // After a clean stop the stored stories are those of the stored articles: the page shows them at once and
        // the story engine is built at the first ingest. After a kill the engine replays the stored articles now
        // and puts right the stories left behind, so the page never shows articles without their stories.
        this.storiesReplayed = ingest.start();
        alerts.start();
    }

    MarsadServer serve(ServerConfig config) {
        MarsadServer started = MarsadServer.start(config, articles, stories, ingest, search, sources::list,
                Optional.of(alerts));
        server = Optional.of(started);
        return started;
    }

    @Override
    public void close() {
        server.ifPresent(MarsadServer::close);
        alerts.close();
        index.close();
        articles.close();
    }
}
