package dev.marsad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs and the {@code --json} flag shared by {@code analyze} and {@code cluster}. */
final class JsonInputs {
    @Option(names = "--json", description = "Write JSON (the only format so far).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "File, directory or http(s) URL.")
    List<String> inputs;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
