package dev.marsad.eval.story;

import dev.marsad.eval.data.SemEvalOption;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** A command over the SemEval-2022 Task 8 sample: it skips, with a message, when the sample is missing. */
abstract class SemEvalCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SemEvalOption data = new SemEvalOption();

    @Override
    public final Integer call() throws Exception {
        Optional<SemEvalOption.Sample> sample = data.load();
        return sample.isEmpty() ? 0 : run(sample.get(), data.out());
    }

    /** Runs on the loaded sample, writing to {@code out}; the exit status. */
    abstract int run(SemEvalOption.Sample sample, PrintWriter out) throws Exception;
}
