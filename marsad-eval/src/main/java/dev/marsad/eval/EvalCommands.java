package dev.marsad.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eval} group: one subcommand per measured component. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure accuracy against ../shared/data.",
        subcommands = {
            dev.marsad.eval.keys.EvalKeysCommand.class,
            dev.marsad.eval.ner.EvalNerCommand.class,
            dev.marsad.eval.clean.EvalCleanCommand.class,
            dev.marsad.eval.extract.EvalQuotesCommand.class,
            dev.marsad.eval.extract.EvalTimesCommand.class,
            dev.marsad.eval.story.SimilarityEvalCommand.class,
            dev.marsad.eval.story.ClusteringEvalCommand.class,
            dev.marsad.eval.story.EvalStoriesCommand.class,
            dev.marsad.eval.floors.EvalFloorsCommand.class,
        })
public final class EvalCommands implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
