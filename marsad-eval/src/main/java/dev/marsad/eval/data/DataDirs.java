package dev.marsad.eval.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds ../shared/data: the {@code --data} option when given, else {@code ../shared/data} relative to the
 * working directory, else relative to the repository root the running jar was built in.
 */
public final class DataDirs {
    private DataDirs() {
    }

    /** The data directory, when one exists. */
    public static Optional<Path> resolve(Optional<Path> option) {
        if (option.isPresent()) {
            return Files.isDirectory(option.get()) ? option : Optional.empty();
        }
        Path relative = Path.of("..", "shared", "data");
        if (Files.isDirectory(relative)) {
            return Optional.of(relative);
        }
        try {
            Path jar = Path.of(DataDirs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // <repo>/marsad-eval/target/marsad-eval.jar (or target/classes) → <repo>/../shared/data
            Path repo = jar.getParent().getParent().getParent();
            Path fromRepo = repo.resolveSibling("shared").resolve("data");
            return Files.isDirectory(fromRepo) ? Optional.of(fromRepo) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
