package dev.marsad.app.cli;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.StoreException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad watch URL... [--interval 15m] [--once]}: polls feeds and sitemaps, storing new articles. Each
 * poll uses conditional GET (an unchanged feed costs a 304) and skips entries already stored. One summary line
 * per poll on stdout, with that poll's counts. An entry that cannot be fetched is an error line and is retried
 * with back-off in later polls; it does not change the exit status of {@code --once}, which is 2 only when a
 * feed itself cannot be fetched or read.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds and sitemaps and store new articles.")
public final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL", description = "http(s) URL of an RSS/Atom feed or a sitemap.")
    List<String> urls;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls (default: ${DEFAULT-VALUE}).")
    Duration interval = Duration.ofMinutes(15);

    @Option(names = "--once", description = "Poll once and exit (for cron).")
    boolean once;

    @Mixin
    IngestOptions options = new IngestOptions();

    @Override
    public Integer call() {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        if (interval.isNegative() || interval.isZero()) {
            throw new CommandLine.ParameterException(options.command.commandLine(), "--interval must be positive");
        }
        IngestCommand ingest = new IngestCommand();
        ingest.options = options;
        try (Database database = Database.open(options.store.config())) {
            Ingester ingester = ingest.newIngester(database, err, options.progress);
            while (true) {
                Instant started = Instant.now();
                urls.forEach(ingester::poll);
                ingester.progressBar().done();
                IngestTally tally = ingester.restart();
                out.println("watch " + started.truncatedTo(ChronoUnit.SECONDS) + ": " + tally.summary());
                out.flush();
                if (once) {
                    // A dead link in a feed is counted and retried later; only a feed that cannot be read is
                    // the caller's problem (exit 2).
                    return tally.sourceErrors > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
                }
                Duration left = interval.minus(Duration.between(started, Instant.now()));
                if (!left.isNegative()) {
                    Thread.sleep(left.toMillis());
                }
            }
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }
}
