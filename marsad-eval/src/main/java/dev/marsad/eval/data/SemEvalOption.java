package dev.marsad.eval.data;

import dev.marsad.adapter.files.DataDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --data} option of the commands that read the SemEval-2022 Task 8 sample, and their output. */
public final class SemEvalOption {
    @Option(names = "--data", description = "Data directory (default ../shared/data).")
    Path data;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The sample's Arabic pairs of both files, and its folder. */
    public record Sample(Path folder, List<SemEvalPairs.Pair> train, List<SemEvalPairs.Pair> test) {
    }

    /** The command's standard output. */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The sample, or empty after printing that the command skips (the data folder or the sample is missing). */
    public Optional<Sample> load() throws IOException {
        Optional<Path> folder = DataDirs.resolve(Optional.ofNullable(data)).map(d -> d.resolve("semeval2022-task8-sample"))
                .filter(d -> Files.isRegularFile(d.resolve("training_set.csv")));
        if (folder.isEmpty()) {
            out().println(command.qualifiedName().replaceFirst("^\\S+ ", "")
                    + ": skipped, semeval2022-task8-sample not found under the data directory");
            return Optional.empty();
        }
        return Optional.of(new Sample(folder.get(), SemEvalPairs.arabic(folder.get().resolve("training_set.csv")),
                SemEvalPairs.arabic(folder.get().resolve("testing_set.csv"))));
    }
}
