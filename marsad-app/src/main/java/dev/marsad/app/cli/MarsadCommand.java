package dev.marsad.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code marsad} command; each subcommand is one class. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic-first news monitoring: clean, analyse and group news articles into stories.",
        subcommands = {
            AnalyzeCommand.class,
            IngestCommand.class,
            WatchCommand.class,
            ClusterCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            BenchCommand.class,
        })
public final class MarsadCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** A configured command line writing to the given streams. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new MarsadCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("marsad: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // One line a user can act on: the message, not the exception's class and stack.
            String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
                    : ex.getMessage().lines().findFirst().orElse("");
            commandLine.getErr().println("marsad: " + message);
            return ExitCodes.FAILURE;
        });
        return cli;
    }
}
