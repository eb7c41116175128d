package dev.marsad.app.cli;

import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.pipeline.PipelineConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How patiently, politely and where every command that reads URLs fetches (one fetcher for all). */
public final class FetchOptions {
    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
            description = "Timeout per request (default: ${DEFAULT-VALUE}).")
    Duration timeout = Duration.ofSeconds(20);

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Retries on server errors and timeouts, with exponential back-off (default: ${DEFAULT-VALUE}).")
    int retries = 2;

    @Option(names = "--retry-backoff", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "Wait before the first retry, doubled each time (default: ${DEFAULT-VALUE}).")
    Duration backoff = Duration.ofSeconds(1);

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "Minimum time between requests to one host; a longer robots.txt Crawl-delay wins "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration hostDelay = Duration.ofSeconds(1);

    @Option(names = "--allow-address", paramLabel = "IP[/BITS]",
            description = "Let fetches reach this loopback, private or link-local address or block (e.g. 127.0.0.1, "
                    + "10.0.0.0/8); repeatable. By default only public addresses are fetched.")
    List<String> allowedAddresses = new ArrayList<>();

    /** The fetch configuration, with {@code maxBytes} as the size cap. */
    FetchConfig config(long maxBytes) {
        if (retries < 0) {
            throw new IllegalArgumentException("--retries must be 0 or more");
        }
        return new FetchConfig(timeout, maxBytes, retries + 1, backoff, FetchConfig.DEFAULT.maxBackoff(), hostDelay,
                FetchConfig.DEFAULT.maxCrawlDelay(), new AddressPolicy(allowedAddresses));
    }

    /** The one fetcher of a command, with the decoder's size cap. */
    PoliteFetcher fetcher() {
        return new PoliteFetcher(config(PipelineConfig.DEFAULT.decode().maxBytes()));
    }
}
