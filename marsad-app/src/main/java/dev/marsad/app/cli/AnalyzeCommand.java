package dev.marsad.app.cli;

import dev.marsad.app.json.ContractJson;
import dev.marsad.pipeline.PipelineConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad analyze --json INPUT...}: one JSON line per input (see docs/CONTRACT.md). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Clean and analyse articles: one JSON object per input, one per line.")
public final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    JsonInputs options = new JsonInputs();

    @Override
    public Integer call() {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        List<AnalysisRunner.InputResult> results = new AnalysisRunner(PipelineConfig.DEFAULT).run(options.inputs);
        boolean anyError = false;
        for (AnalysisRunner.InputResult result : results) {
            out.println(ContractJson.analyzeLine(result));
            if (result.error().isPresent()) {
                anyError = true;
                err.println("marsad: " + result.error().get());
            }
        }
        out.flush();
        return anyError ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
