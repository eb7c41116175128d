package dev.marsad.app.cli;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcFeedStateStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.store.StoreException;
import dev.marsad.app.server.StoryRefresh;
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
            if (tally.stored > 0) {
                storyRefresh(database).refresh();
            }
            out.println("ingest: " + tally.summary());
            out.flush();
            return tally.errors > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** The stories of this store kept in step with its articles. */
    static StoryRefresh storyRefresh(Database database) {
        return storyRefresh(database, new ClusteringGrouper());
    }

    /** The stories of this store kept in step with its articles by {@code grouper}. */
    static StoryRefresh storyRefresh(Database database, ClusteringGrouper grouper) {
        return new StoryRefresh(new JdbcArticleStore(database), new JdbcStoryStore(database), grouper);
    }

    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress) {
        return newIngester(database, err, forceProgress, new JdbcFeedRetryStore(database));
    }

    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress, JdbcFeedRetryStore retries) {
        return newIngester(database, err, forceProgress, retries, NewsPipeline.standard(PipelineConfig.DEFAULT));
    }

    /** An ingester analysing with {@code pipeline} (a benchmark's timed one) on {@code --threads} threads. */
    Ingester newIngester(Database database, PrintWriter err, boolean forceProgress, JdbcFeedRetryStore retries,
                         NewsPipeline pipeline) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more");
        }
        long maxBytes = PipelineConfig.DEFAULT.decode().maxBytes();
        PoliteFetcher fetcher = new PoliteFetcher(options.fetch.config(maxBytes));
        InputReader files = new InputReader(fetcher, maxBytes);
        ProgressBar bar = new ProgressBar(err, forceProgress || System.console() != null);
        return new Ingester(pipeline, fetcher, files, new JdbcArticleStore(database),
                new JdbcFeedStateStore(database), retries, bar, options.limits()).analysisThreads(threads);
    }
}
