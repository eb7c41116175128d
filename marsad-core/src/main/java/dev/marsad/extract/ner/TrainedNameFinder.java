package dev.marsad.extract.ner;

import dev.marsad.extract.NameFinder;
import java.util.Optional;

/**
 * The name finder trained from ../shared/data (see marsad-eval's {@code train-ner} command), loaded from the
 * model committed in this module's resources.
 */
public final class TrainedNameFinder {
    private TrainedNameFinder() {
    }

    /** The committed model, or empty when the build has none. */
    public static Optional<NameFinder> loadDefault() {
        // TODO(#3): load the trained model once it is committed.
        return Optional.empty();
    }
}
