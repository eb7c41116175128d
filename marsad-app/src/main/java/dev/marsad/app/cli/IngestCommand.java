package dev.marsad.app.cli;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcFeedStateStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.store.StoreException;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.app.alert.AlertDispatcher;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.ingest.LocalPageSink;
import dev.marsad.app.ingest.PageSink;
import dev.marsad.app.ingest.PageSinkProvider;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StageTimer;
import dev.marsad.pipeline.StoryConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest INPUT...}: analyses files, directories, pages, RSS/Atom feeds and sitemaps and stores the
 * articles. Stdout gets one summary line; errors go to stderr, one line each; exit 2 if any input failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse and store articles from files, directories, URLs, RSS/Atom feeds and sitemaps.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "File, directory, or http(s) URL of a page, feed or sitemap (recognised by content).")
    List<String> inputs;

    @Mixin
    IngestOptions options = new IngestOptions();

    @picocli.CommandLine.Option(names = "--threads", paramLabel = "N",
            description = "Threads that analyse the articles of a JSON Lines archive; they are stored in the "
                    + "archive's order all the same (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        try (Database database = Database.open(options.store.config())) {
            Ingester ingester = newIngester(database, err, options.progress);
            ProgressBar bar = ingester.progressBar();
            inputs.forEach(ingester::ingest);
            bar.done();
            IngestTally tally = ingester.restart();
            out.println("ingest: " + tally.summary());
            out.flush();
            return tally.errors > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /**
     * Watches evaluated against each new article as it is placed in its story, their alerts recorded; sending them
     * is left to a running {@code marsad serve} (or long-running {@code watch}) on the same database, whose
     * dispatcher picks up pending deliveries within seconds (docs/ALERTS.md).
     */
    static Alerts recordingAlerts(Database database) {
        return new Alerts(database, new JdbcStoryStore(database), AddressPolicy.PUBLIC_ONLY, Optional.empty(),
                AlertDispatcher.DEFAULT_RETRIES, Clock.systemUTC());
    }

    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress) {
        return newIngester(database, err, forceProgress, new JdbcFeedRetryStore(database));
    }

    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress, JdbcFeedRetryStore retries) {
        return newIngester(database, err, forceProgress, retries, recordingAlerts(database));
    }

    /** An ingester whose every placed article is also matched against the watches of {@code alerts}. */
    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress, JdbcFeedRetryStore retries,
                         Alerts alerts) {
        return newIngester(database, err, forceProgress, retries, alerts, NewsPipeline.standard(PipelineConfig.DEFAULT),
                StageTimer.NONE);
    }

    /**
     * An ingester analysing with {@code pipeline} (a benchmark's timed one) on {@code --threads} threads, telling
     * {@code timer} how long storing and the story stages take.
     */
    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress, JdbcFeedRetryStore retries,
                         Alerts alerts, NewsPipeline pipeline, StageTimer timer) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more");
        }
        long maxBytes = PipelineConfig.DEFAULT.decode().maxBytes();
        PoliteFetcher fetcher = new PoliteFetcher(options.fetch.config(maxBytes));
        InputReader files = new InputReader(fetcher, maxBytes);
        ProgressBar bar = new ProgressBar(err, forceProgress || System.console() != null);
        JdbcArticleStore articles = new JdbcArticleStore(database);
        PageSink service;
        if (options.kafka().isPresent()) {
            // The distributed mode: pages go to the broker; workers analyse them, the placer stores and alerts.
            service = PageSinkProvider.find().open(options.kafka().get());
        } else {
            IngestService local = new IngestService(pipeline, files, articles, new JdbcStoryStore(database),
                    StoryConfig.DEFAULT, IngestService.MAX_WAIT, timer);
            local.addListener(alerts::onArticle);
            service = new LocalPageSink(local);
        }
        return new Ingester(service, fetcher, files, articles, new JdbcFeedStateStore(database), retries, bar,
                options.limits()).analysisThreads(threads);
    }
}
