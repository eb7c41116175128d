package dev.marsad.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code train} group: one subcommand per measured component. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuild a committed model from ../shared/data.",
        subcommands = {
            dev.marsad.eval.ner.TrainNerCommand.class,
            dev.marsad.eval.ner.TrainPeopleCommand.class,
            dev.marsad.eval.story.TrainBackgroundCommand.class,
            dev.marsad.eval.story.TrainPairsCommand.class,
            dev.marsad.eval.extract.TrainSpeakersCommand.class,
            dev.marsad.eval.words.TrainWordsCommand.class,
        })
public final class TrainCommands implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
