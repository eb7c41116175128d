package dev.marsad.app.cli;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and the {@code --json} flag shared by {@code analyze} and {@code cluster}. */
final class JsonInputs extends CommandStreams {
    @Option(names = "--json", description = "Write JSON (the only format so far).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "File, directory or http(s) URL.")
    List<String> inputs;

    @Mixin
    FetchOptions fetch = new FetchOptions();
}
