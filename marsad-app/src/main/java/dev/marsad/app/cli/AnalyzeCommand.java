package dev.marsad.app.cli;

import dev.marsad.app.ingest.InputResult;
import dev.marsad.app.json.ContractJson;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code marsad analyze --json INPUT...}: one JSON line per input (see docs/CONTRACT.md). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Clean and analyse articles: one JSON object per input, one per line.")
public final class AnalyzeCommand extends JsonInputsCommand {
    @Override
    int write(List<InputResult> results) {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        boolean anyError = false;
        for (InputResult result : results) {
            out.println(ContractJson.analyzeLine(result));
            if (result.error().isPresent()) {
                anyError = true;
                err.println("marsad: " + result.error().get());
            }
        }
        return anyError ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
