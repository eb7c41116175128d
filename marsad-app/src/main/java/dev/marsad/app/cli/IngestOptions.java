package dev.marsad.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code ingest} and {@code watch} share: the store, the fetch settings and the progress bar switch. */
final class IngestOptions extends CommandStreams {
    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
    boolean progress;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();
}
