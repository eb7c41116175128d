package dev.marsad.app.ingest;

import dev.marsad.model.Analysis;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one command-line input: an analysis or an error line (what {@code analyze} prints, one
 * line per input).
 *
 * @param source   the input as given
 * @param analysis present when the input was analysed
 * @param error    present when it could not be read; a one-line reason naming the input
 */
public record InputResult(String source, Optional<Analysis> analysis, Optional<String> error) {
    public InputResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(error, "error");
    }
}
