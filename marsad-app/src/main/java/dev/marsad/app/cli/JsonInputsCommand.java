package dev.marsad.app.cli;

import dev.marsad.app.ingest.InputResult;
import dev.marsad.pipeline.PipelineConfig;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code analyze} and {@code cluster}: analyse every input, then write JSON from the results. */
abstract class JsonInputsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    JsonInputs options = new JsonInputs();

    @Override
    public final Integer call() {
        List<InputResult> results = new AnalysisRunner(PipelineConfig.DEFAULT, options.fetch.fetcher()).run(options.inputs);
        int status = write(results);
        options.out().flush();
        return status;
    }

    /** Writes the results (errors to {@link JsonInputs#err()}, one line each); the exit status. */
    abstract int write(List<InputResult> results);
}
