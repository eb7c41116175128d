package dev.marsad.app.cli;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcSourceStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.store.StoreException;
import dev.marsad.adapter.store.WatchedSource;
import dev.marsad.app.alert.AlertDispatcher;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.alert.SmtpSettings;
import dev.marsad.pipeline.PipelineConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code marsad watch URL... [--interval 15m] [--once]} or {@code marsad watch --sources FILE [--once]} (each
 * source on its own interval, its health kept in the store: {@link SourcesWatch}): polls feeds and sitemaps,
 * storing new articles. Each
 * poll uses conditional GET (an unchanged feed costs a 304) and skips entries already stored. One summary line
 * per poll on stdout, with that poll's counts. An entry that cannot be fetched is an error line and is retried
 * with back-off in later polls; it does not change the exit status of {@code --once}, which is 2 only when a
 * feed itself cannot be fetched or read. New articles are matched against the watches after each poll; a
 * long-running {@code watch} also sends the alerts (webhook, e-mail) in the background, as {@code serve} does
 * (docs/ALERTS.md); with {@code --once} they wait for the next sender.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds and sitemaps and store new articles.")
public final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "URL", description = "http(s) URL of an RSS/Atom feed or a sitemap.")
    List<String> urls;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "TOML file listing the feeds and sitemaps, each with a name, outlet, language, country and"
                    + " interval (docs/INGEST.md); instead of URLs.")
    java.nio.file.Path sources;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls; with --sources, for sources that set none (default: ${DEFAULT-VALUE}).")
    Duration interval = Duration.ofMinutes(15);

    @Option(names = "--once", description = "Poll once and exit (for cron).")
    boolean once;

    @Mixin
    IngestOptions options = new IngestOptions();

    /** The alerts' background sender on this database, under the fetch options' address policy. */
    private Alerts sender(Database database, Optional<SmtpSettings> smtp) {
        return new Alerts(database, new JdbcStoryStore(database),
                options.fetch.config(PipelineConfig.DEFAULT.decode().maxBytes()).addresses(), smtp,
                AlertDispatcher.DEFAULT_RETRIES, Clock.systemUTC()).start();
    }

    @Override
    public Integer call() {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        if (interval.isNegative() || interval.isZero()) {
            throw new CommandLine.ParameterException(options.command.commandLine(), "--interval must be positive");
        }
        if ((sources == null) == (urls == null || urls.isEmpty())) {
            throw new CommandLine.ParameterException(options.command.commandLine(),
                    "give either feed or sitemap URLs or --sources FILE");
        }
        Optional<List<WatchedSource>> listed = sources == null ? Optional.empty() : readSources(err);
        if (sources != null && listed.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        IngestCommand ingest = new IngestCommand();
        ingest.options = options;
        Optional<SmtpSettings> smtp;
        try {
            smtp = SmtpSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage()); // a bad MARSAD_SMTP_* setting
            return ExitCodes.FAILURE;
        }
        try (Database database = Database.open(options.store.config());
             Alerts sender = once ? null : sender(database, smtp)) {
            // Each placed article is matched against the watches; this process sends the alerts unless --once.
            Ingester ingester = sender == null ? ingest.newIngester(database, err, options.progress)
                    : ingest.newIngester(database, err, options.progress, new JdbcFeedRetryStore(database), sender);
            if (listed.isPresent()) {
                return new SourcesWatch(ingester, new JdbcSourceStore(database),
                        out, Clock.systemUTC())
                        .run(sources.toAbsolutePath().normalize().toString(), listed.get(), once);
            }
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

    /** The sources file's sources; empty after one line on stderr naming the file and what is wrong. */
    private Optional<List<WatchedSource>> readSources(PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(sources);
        } catch (IOException | RuntimeException e) {
            err.println("marsad: " + sources + ": cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            err.flush();
            return Optional.empty();
        }
        SourcesFileParser.Outcome outcome = SourcesFileParser.parse(sources.toString(), bytes, interval);
        if (outcome instanceof SourcesFileParser.Invalid invalid) {
            err.println("marsad: " + invalid.message());
            err.flush();
            return Optional.empty();
        }
        return Optional.of(((SourcesFileParser.Loaded) outcome).sources());
    }
}
