package dev.marsad.eval.ner;

import dev.marsad.eval.EvalMain;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository and ../shared/data are, for the NER and benchmark commands. */
public final class NerPaths {
    private NerPaths() {
    }

    /** The repository root: the folder holding the {@code marsad} launcher, found from this jar's location. */
    public static Path repoRoot() {
        try {
            Path p = Path.of(EvalMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (Path d = p; d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve("marsad")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                    return d;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // Fall through to the working directory.
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code --data DIR} when given, else ../shared/data beside the repository root. */
    public static Path dataDir(Optional<Path> option) {
        return option.orElseGet(() -> repoRoot().resolve("../shared/data").normalize());
    }
}
