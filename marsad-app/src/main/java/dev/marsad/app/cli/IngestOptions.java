package dev.marsad.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code ingest} and {@code watch} share: the store, the fetch settings and the progress bar switch. */
final class IngestOptions extends CommandStreams {
    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
    boolean progress;

    @Option(names = "--max-new-links", paramLabel = "N", defaultValue = "500",
            description = "New entries fetched per feed or sitemap per run; the rest wait for the next (default: ${DEFAULT-VALUE}).")
    int maxNewLinks = CrawlLimits.DEFAULT.maxLinksPerList();

    @Option(names = "--max-fetches", paramLabel = "N", defaultValue = "2000",
            description = "Fetches per input or feed per run, sitemaps included (default: ${DEFAULT-VALUE}).")
    int maxFetches = CrawlLimits.DEFAULT.maxFetches();

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Publish fetched pages to this Kafka cluster for `marsad worker` processes instead of "
                    + "analysing them here (default: $MARSAD_KAFKA_BOOTSTRAP when set, else this process).")
    String kafka;

    /** The Kafka bootstrap servers to publish to, from {@code --kafka} then {@code MARSAD_KAFKA_BOOTSTRAP}. */
    java.util.Optional<String> kafka() {
        String env = System.getenv("MARSAD_KAFKA_BOOTSTRAP");
        return java.util.Optional.ofNullable(kafka).or(() -> env == null || env.isBlank()
                ? java.util.Optional.empty() : java.util.Optional.of(env));
    }

    /** The crawl limits these options ask for. */
    CrawlLimits limits() {
        if (maxNewLinks < 1 || maxFetches < 1) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(),
                    "--max-new-links and --max-fetches must be 1 or more");
        }
        return new CrawlLimits(maxNewLinks, maxFetches, CrawlLimits.DEFAULT.maxTime(), CrawlLimits.DEFAULT.maxSitemaps());
    }

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();
}
