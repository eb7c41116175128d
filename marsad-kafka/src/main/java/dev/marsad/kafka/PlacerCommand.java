package dev.marsad.kafka;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.app.cli.DurationConverter;
import dev.marsad.app.cli.StoreOptions;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.app.alert.AlertDispatcher;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.alert.SmtpSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad placer --kafka HOST:PORT --db URL}: places analysed articles in stories and stores them. */
@Command(name = "placer", mixinStandardHelpOptions = true,
        description = "Place articles from Kafka in their stories and store both (PostgreSQL: --db or $MARSAD_DB_URL).")
public final class PlacerCommand implements Callable<Integer> {
    /** Most pages the lateness window holds by default. */
    static final int DEFAULT_WINDOW = 5000;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    // A bound on memory, not the order rule (--lateness is): 5,000 prepared pages are a few hundred MB at most, and
    // above the lateness of a backlog published at up to 1,000 pages/s (bench distributed: about 550).
    @Option(names = "--window", paramLabel = "N", defaultValue = "" + PlacerCommand.DEFAULT_WINDOW,
            description = "Most pages held back to restore publication order (default: ${DEFAULT-VALUE}).")
    int window = DEFAULT_WINDOW;

    @Option(names = "--lateness", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "A page leaves the window once a page published this much later has been read; keep it "
                    + "above the workers' --max-lead (default: ${DEFAULT-VALUE}).")
    Duration lateness = Placer.DEFAULT_LATENESS;

    // 30 s: feeds are polled every few minutes, so holding a page that long delays nothing a reader notices, while a
    // page released before an earlier-dated one costs a replay of the whole store (bench distributed, EVALUATION).
    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest a page without a publish time is held back for order once everything on the "
                    + "broker is read (default: ${DEFAULT-VALUE}).")
    Duration maxWait = Duration.ofSeconds(30);

    @Option(names = "--capacity", paramLabel = "N", defaultValue = "1000",
            description = "Pages waiting for the database above which reading from Kafka pauses (default: ${DEFAULT-VALUE}).")
    int capacity = 1000;

    // Finishing extraction (run-dependent, ordered) overlaps storing and placing (ordered) on a second thread; 0 puts
    // both back on one thread, as before (docs/EVALUATION.md, the placer's two stages).
    @Option(names = "--finish-ahead", paramLabel = "N", defaultValue = "" + Placer.DEFAULT_FINISH_AHEAD,
            description = "Pages whose extraction a second thread finishes ahead of storing them; 0: one thread "
                    + "(default: ${DEFAULT-VALUE}).")
    int finishAhead = Placer.DEFAULT_FINISH_AHEAD;

    // Each end of a batch summarises every story changed in it (a quarter of the placer's thread at 10 s: bench placer).
    @Option(names = "--batch-max", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest a batch stays open while a backlog is worked through; its end writes the changed "
                    + "stories and commits the offsets (default: ${DEFAULT-VALUE}).")
    Duration batchMax = Placer.DEFAULT_BATCH_MAX;

    @Option(names = "--allow-address", paramLabel = "IP[/BITS]",
            description = "Let alert webhooks reach this loopback, private or link-local address or block (e.g. "
                    + "127.0.0.1, 10.0.0.0/8); repeatable. By default only public addresses.")
    List<String> allowedAddresses = new ArrayList<>();

    @Override
    public Integer call() {
        if (window < 0 || capacity < 1 || maxWait.isNegative() || lateness.isNegative() || finishAhead < 0
                || batchMax.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--window and --finish-ahead must be 0 or "
                    + "more, --capacity 1 or more, --max-wait, --lateness and --batch-max not negative");
        }
        PrintWriter err = spec.commandLine().getErr();
        KafkaSettings settings = kafka.settings();
        AddressPolicy addresses;
        try {
            addresses = new AddressPolicy(allowedAddresses);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--allow-address: " + e.getMessage());
        }
        Optional<SmtpSettings> smtp;
        try {
            smtp = SmtpSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage()); // a bad MARSAD_SMTP_* setting, before anything is read
            return dev.marsad.app.cli.ExitCodes.FAILURE;
        }
        Topics.ensure(settings);
        try (Database database = Database.open(store.config())) {
            JdbcStoryStore stories = new JdbcStoryStore(database);
            IngestService service = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                    new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), PipelineConfig.DEFAULT.decode().maxBytes()),
                    new JdbcArticleStore(database), stories, StoryConfig.DEFAULT, IngestService.MAX_WAIT);
            // The placer is the one process that sees each article placed: it evaluates the watches and sends the
            // alerts (so does any server on this database; a delivery is claimed before it is sent).
            Alerts alerts = new Alerts(database, stories, addresses, smtp, AlertDispatcher.DEFAULT_RETRIES,
                    Clock.systemUTC()).start();
            PlacerWatches watches = PlacerWatches.attach(service, alerts, stories);
            // What is stored goes on to the stored topic for the servers' search indexes, on the broker before the
            // offsets of the pages it came from are committed.
            StoredPublisher stored = new StoredPublisher(settings, "marsad-placer-stored");
            Placer placer = new Placer(settings, service, window, maxWait, lateness, capacity, finishAhead, batchMax, err,
                    stored.after(watches::placed)).beforeCommit(stored::flush);
            err.println("marsad: placer: " + settings.articlesTopic() + " at " + settings.bootstrap() + ", group "
                    + settings.placerGroup() + ", window " + window + " pages, lateness " + lateness.toMillis() + " ms, wait "
                    + maxWait.toMillis() + " ms"
                    + ", finishing " + (finishAhead == 0 ? "on the placer's thread" : finishAhead + " pages ahead"));
            err.println("marsad: placer: stored articles to " + settings.storedTopic());
            err.flush();
            try {
                return UntilStopped.run(List.of(placer), List.of(placer, alerts), "placer");
            } finally {
                stored.close(); // after the placer's last commit, which flushes it
            }
        }
    }
}
