package dev.marsad.app.cli;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcFeedStateStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.store.StoreException;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.ingest.PageSink;
import dev.marsad.app.ingest.PageSinkProvider;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.PrintWriter;
import java.util.List;
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

    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress) {
        return newIngester(database, err, forceProgress, new JdbcFeedRetryStore(database));
    }

    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress, JdbcFeedRetryStore retries) {
        PipelineConfig config = PipelineConfig.DEFAULT;
        long maxBytes = config.decode().maxBytes();
        PoliteFetcher fetcher = new PoliteFetcher(options.fetch.config(maxBytes));
        InputReader files = new InputReader(fetcher, maxBytes);
        ProgressBar bar = new ProgressBar(err, forceProgress || System.console() != null);
        JdbcArticleStore articles = new JdbcArticleStore(database);
        PageSink service = options.kafka().isPresent() ? PageSinkProvider.find().open(options.kafka().get())
                : new IngestService(NewsPipeline.standard(config), files, articles, new JdbcStoryStore(database));
        return new Ingester(service, fetcher, files, articles, new JdbcFeedStateStore(database), retries, bar,
                options.limits());
    }
}
