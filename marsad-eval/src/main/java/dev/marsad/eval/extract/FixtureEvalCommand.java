package dev.marsad.eval.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Runs the extract stage on the labelled passages and reports a tally for each half: odd-numbered passages
 * (#1, #3, …) are the development half, whose misses may be read ({@code --verbose}) and fixed; even-numbered
 * ones are the test half, of which only the figures are shown, so that fixes made on the first half are
 * measured on text nobody tuned on.
 */
abstract class FixtureEvalCommand<T extends FixtureEvalCommand.Tally> implements Callable<Integer> {
    /** Scores of one half. */
    interface Tally {
        void add(String where, FixtureRunner.PassageResult result);

        List<String> report();

        List<String> misses();
    }

    @Option(names = "--fixtures", description = "Labelled passages in the quotes-times.txt format (default: the shipped fixtures).")
    Path fixtures;

    @Option(names = "--verbose", description = "List every miss of the development half (odd-numbered passages).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final String name;
    private final Supplier<T> newTally;

    FixtureEvalCommand(String name, Supplier<T> newTally) {
        this.name = name;
        this.newTally = newTally;
    }

    /** More figures printed after the fixtures' (a labelled data set of the same kind); none by default. */
    void afterFixtures(PrintWriter out) {
    }

    @Override
    public final Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<LabelledPassage> passages = FixtureRunner.passages(fixtures);
        T dev = newTally.get();
        T test = newTally.get();
        T all = newTally.get();
        FixtureRunner.run(passages, (index, where, r) -> {
            (index % 2 == 0 ? dev : test).add(where, r);
            all.add(where, r);
        });
        out.println(name + ": " + FixtureRunner.source(fixtures) + " (" + passages.size() + " passages)");
        out.println("test half (even-numbered passages, never read for fixes):");
        test.report().forEach(line -> out.println("  " + line));
        out.println("development half (odd-numbered passages):");
        dev.report().forEach(line -> out.println("  " + line));
        out.println("all passages:");
        all.report().forEach(line -> out.println("  " + line));
        if (verbose) {
            out.println("misses in the development half:");
            dev.misses().forEach(m -> out.println("  " + m));
        }
        afterFixtures(out);
        out.flush();
        return 0;
    }
}
