package dev.marsad.eval.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./marsad eval quotes}: detection precision/recall/F1 and speaker accuracy of quotations found by the
 * analyze path's extract stage, on Marsad's hand-labelled passages ({@code quotes-times.txt}).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote detection P/R/F1 and speaker accuracy on hand-labelled passages (own fixtures).")
public final class EvalQuotesCommand implements Callable<Integer> {
    @Option(names = "--fixtures", description = "Labelled passages in the quotes-times.txt format (default: the shipped fixtures).")
    Path fixtures;

    @Option(names = "--verbose", description = "List every missed, spurious or misattributed quote.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<LabelledPassage> passages = FixtureRunner.passages(fixtures);
        QuoteTally tally = new QuoteTally();
        FixtureRunner.run(passages, (where, r) -> tally.add(where, r.passage().quotes(), r.extraction().quotes()));
        out.println("quotes: " + FixtureRunner.source(fixtures) + " (" + passages.size() + " passages)");
        tally.report().forEach(out::println);
        if (verbose) {
            out.println("misses:");
            tally.misses().forEach(m -> out.println("  " + m));
        }
        out.flush();
        return 0;
    }
}
