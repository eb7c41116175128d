package dev.marsad.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What {@code ingest} and {@code watch} share: the store, the fetch settings and the progress bar switch. */
final class IngestOptions {
    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
    boolean progress;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
