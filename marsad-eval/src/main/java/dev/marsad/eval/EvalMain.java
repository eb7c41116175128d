package dev.marsad.eval;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Training, evaluation and benchmark commands, run as {@code ./marsad eval …}, {@code ./marsad train …} and
 * {@code ./marsad bench …}. They read ../shared/data and skip with a clear message where it is absent.
 */
@Command(name = "marsad-eval", mixinStandardHelpOptions = true,
        description = "Train models, evaluate against ../shared/data, run benchmarks.",
        subcommands = {EvalCommands.class, TrainCommands.class, BenchCommands.class})
public final class EvalMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new EvalMain());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }
}
