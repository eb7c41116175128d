package dev.marsad.kafka;

import dev.marsad.app.cli.MarsadCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the distributed mode: every command of {@code marsad} plus {@code worker} and {@code placer}; with
 * this module on the class path {@code ingest}/{@code watch --kafka} publish to the broker and {@code serve --kafka}
 * feeds its search index from it ({@link KafkaPageSinkProvider}, {@link KafkaSearchFeedProvider}). The launcher runs it
 * for those commands only, so the single-process default carries no Kafka client.
 */
public final class KafkaMain {
    private KafkaMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** Every command of {@code marsad} plus {@code worker} and {@code placer}, writing to the given streams. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = MarsadCommand.commandLine(out, err);
        cli.addSubcommand(new WorkerCommand());
        cli.addSubcommand(new PlacerCommand());
        return cli;
    }
}
