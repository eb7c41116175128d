package dev.marsad.eval.ner;

import dev.marsad.adapter.files.DataDirs;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository and ../shared/data are, for the NER and benchmark commands. */
public final class NerPaths {
    private NerPaths() {
    }

    /** The repository root ({@link DataDirs#repoRoot}); the working directory when the code runs from elsewhere. */
    public static Path repoRoot() {
        return DataDirs.repoRoot().orElseGet(() -> Path.of("").toAbsolutePath());
    }

    /** {@code --data DIR} when given, else ../shared/data beside the repository root. */
    public static Path dataDir(Optional<Path> option) {
        return option.orElseGet(() -> repoRoot().resolve("../shared/data").normalize());
    }
}
