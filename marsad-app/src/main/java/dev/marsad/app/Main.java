package dev.marsad.app;

import dev.marsad.app.cli.MarsadCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: wires the command line. Exit codes follow the contract: 0 ok, 2 bad usage or input, 1 other. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = MarsadCommand.commandLine(out, err);
        return cli.execute(args);
    }
}
