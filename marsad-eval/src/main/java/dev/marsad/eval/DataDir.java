package dev.marsad.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared data sets are: {@code --data}, else {@code ../shared/data} beside the repository root. */
public final class DataDir {
    private DataDir() {
    }

    /** The data folder to use; it may not exist (commands then skip with a message). */
    public static Path resolve(Path option) {
        if (option != null) {
            return option;
        }
        for (Path p : new Path[] {Path.of("../shared/data"), Path.of("shared/data"), Path.of("../../shared/data")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("../shared/data");
    }
}
