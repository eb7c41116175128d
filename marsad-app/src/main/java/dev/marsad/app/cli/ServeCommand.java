package dev.marsad.app.cli;

import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.SearchFeed;
import dev.marsad.app.server.SearchFeedProvider;
import dev.marsad.app.server.ServerConfig;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad serve}: the REST API and the reader page, until interrupted. With {@code --kafka} (the distributed
 * mode, docs/DEPLOY.md) the search index is fed from the broker's stored topic rather than by following the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page and REST API (stories, articles, entities, search, ingest).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server = new ServerOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--data-dir", defaultValue = "marsad-data", description = "Data directory (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Feed the search index from the stored articles this Kafka cluster carries (the distributed "
                    + "mode; default: $MARSAD_KAFKA_BOOTSTRAP when set, else follow the store).")
    String kafka;

    @Option(names = "--node", paramLabel = "NAME",
            description = "This server's name on Kafka: its consumer group is marsad-search-NAME (default: "
                    + "$MARSAD_NODE, else the host name).")
    String node;

    @Override
    public Integer call() throws InterruptedException {
        server.checkPort();
        Optional<String> bootstrap = kafka();
        try (UntilInterrupted until = new UntilInterrupted();
             Workspace workspace = new Workspace(dataDir, fetch.fetcher(), bootstrap.isPresent())) {
            PrintWriter err = server.err();
            Optional<SearchFeed> feed = bootstrap.map(b ->
                    SearchFeedProvider.find().open(b, nodeName(), workspace.index, workspace.search, err));
            try {
                AtomicBoolean feedFailed = new AtomicBoolean();
                if (feed.isPresent()) {
                    startFeed(feed.get(), workspace, until, feedFailed, err);
                }
                ServerConfig config = server.config(workspace.token);
                server.warnIfExposed(config);
                MarsadServer started = workspace.serve(config);
                PrintWriter out = server.out();
                out.println("Marsad: " + started.url());
                server.printToken(out, started, workspace.token);
                until.await();
                return feedFailed.get() ? ExitCodes.FAILURE : ExitCodes.OK;
            } finally {
                // The feed commits its last batch before the index closes with the workspace.
                feed.ifPresent(SearchFeed::close);
            }
        }
    }

    /**
     * Puts the index at its place on the broker before the server answers, then feeds it on a thread of its own; a
     * feed that fails for good stops the server (a server with a stale index would answer searches wrongly).
     */
    private static void startFeed(SearchFeed feed, Workspace workspace, UntilInterrupted until, AtomicBoolean failed,
                                  PrintWriter err) {
        err.println("marsad: search index: " + feed.start());
        err.flush();
        // What this server stores itself (POST /api/ingest) goes to the other servers through the broker.
        workspace.ingest.addListener((article, story) -> feed.published(article));
        Thread thread = new Thread(() -> {
            try {
                feed.run();
            } catch (RuntimeException e) {
                failed.set(true);
                err.println("marsad: search feed: " + e.getMessage());
                err.flush();
                until.release();
            }
        }, "marsad-search-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** The Kafka bootstrap servers to feed the search index from, from {@code --kafka} then the environment. */
    private Optional<String> kafka() {
        String env = System.getenv("MARSAD_KAFKA_BOOTSTRAP");
        return Optional.ofNullable(kafka).filter(k -> !k.isBlank())
                .or(() -> env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim()));
    }

    /** {@code --node}, else {@code MARSAD_NODE}, else the host name: what tells this server's consumer group apart. */
    private String nodeName() {
        String env = System.getenv("MARSAD_NODE");
        if (node != null && !node.isBlank()) {
            return node.trim();
        }
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("no host name to name this server's Kafka consumer group: give --node NAME", e);
        }
    }
}
