package dev.marsad.adapter.files;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the repository and ../shared/data (the corpora that evaluations and benchmarks read) are, for every
 * command that reads them: the product's {@code bench ingest} and the evaluation module's commands alike.
 */
public final class DataDirs {
    private DataDirs() {
    }

    /**
     * The data directory, when one exists: the {@code --data} option when given, else {@code ../shared/data}
     * relative to the working directory, else beside the repository the running code was built in.
     */
    public static Optional<Path> resolve(Optional<Path> option) {
        if (option.isPresent()) {
            return Files.isDirectory(option.get()) ? option : Optional.empty();
        }
        Path relative = Path.of("..", "shared", "data");
        if (Files.isDirectory(relative)) {
            return Optional.of(relative);
        }
        return repoRoot().map(repo -> repo.resolveSibling("shared").resolve("data")).filter(Files::isDirectory);
    }

    /**
     * The repository the running code was built in: the nearest folder above this class's jar (or classes folder)
     * that holds the {@code marsad} launcher and the parent {@code pom.xml}; empty when it runs from elsewhere.
     */
    public static Optional<Path> repoRoot() {
        try {
            Path code = Path.of(DataDirs.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
            for (Path d = code; d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve("marsad")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                    return Optional.of(d);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not run from a file: no repository to find
        }
        return Optional.empty();
    }
}
