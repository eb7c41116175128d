package dev.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code marsad bench ingest}: the end-to-end benchmark, which needs the application (stores, server), so it lives
 * here rather than with the component benchmarks of marsad-eval ({@code bench analyze|cluster|scaling}); the
 * {@code marsad} launcher sends {@code bench ingest} here and every other {@code bench} there.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, hidden = true,
        description = "End-to-end benchmark (the component ones are in marsad-eval: ./marsad bench --help).",
        subcommands = {BenchIngestCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
