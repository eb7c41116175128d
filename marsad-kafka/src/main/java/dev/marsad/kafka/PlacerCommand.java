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
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
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
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--window", paramLabel = "N", defaultValue = "500",
            description = "Pages held back to restore publication order (default: ${DEFAULT-VALUE}).")
    int window = 500;

    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Longest a page is held back for order (default: ${DEFAULT-VALUE}).")
    Duration maxWait = Duration.ofSeconds(5);

    @Option(names = "--capacity", paramLabel = "N", defaultValue = "1000",
            description = "Pages waiting for the database above which reading from Kafka pauses (default: ${DEFAULT-VALUE}).")
    int capacity = 1000;

    @Override
    public Integer call() {
        if (window < 0 || capacity < 1 || maxWait.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--window must be 0 or more, --capacity 1 or more, --max-wait not negative");
        }
        PrintWriter err = spec.commandLine().getErr();
        KafkaSettings settings = kafka.settings();
        Topics.ensure(settings);
        try (Database database = Database.open(store.config())) {
            IngestService service = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                    new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), PipelineConfig.DEFAULT.decode().maxBytes()),
                    new JdbcArticleStore(database), new JdbcStoryStore(database), StoryConfig.DEFAULT,
                    IngestService.MAX_WAIT);
            Placer placer = new Placer(settings, service, window, maxWait, capacity, err);
            err.println("marsad: placer: " + settings.articlesTopic() + " at " + settings.bootstrap() + ", group "
                    + settings.placerGroup() + ", window " + window + " pages / " + maxWait.toMillis() + " ms");
            err.flush();
            return UntilStopped.run(List.of(placer), List.of(placer), "placer");
        }
    }
}
