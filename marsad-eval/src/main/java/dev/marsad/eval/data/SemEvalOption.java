package dev.marsad.eval.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that read the SemEval-2022 Task 8 sample. */
public final class SemEvalOption {
    @Option(names = "--data", description = "Data directory (default ../shared/data).")
    Path data;

    /** The sample's folder, when it holds the training pairs. */
    public Optional<Path> folder() {
        return DataDirs.resolve(Optional.ofNullable(data)).map(d -> d.resolve("semeval2022-task8-sample"))
                .filter(d -> Files.isRegularFile(d.resolve("training_set.csv")));
    }

    /** The line a command prints when the sample is missing. */
    public static String skipped(String command) {
        return command + ": skipped, semeval2022-task8-sample not found under the data directory";
    }
}
