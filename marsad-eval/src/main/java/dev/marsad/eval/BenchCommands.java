package dev.marsad.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bench} group: one subcommand per measured component. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory against a baseline in the same run.",
        footer = "%nAlso: ./marsad bench ingest [--limit N] [--data DIR]: the product end to end on ~56,000 real articles "
                + "(run by marsad-app, which it needs; see docs/EVALUATION.md).",
        subcommands = {
            dev.marsad.eval.bench.BenchAnalyzeCommand.class,
            dev.marsad.eval.bench.BenchScalingCommand.class,
            dev.marsad.eval.story.ClusterBenchCommand.class,
        })
public final class BenchCommands implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
