package dev.marsad.pipeline;

import dev.marsad.clean.CleanConfig;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.ingest.DecodeConfig;
import java.util.Objects;

/**
 * Configuration of every stage, built by the app.
 *
 * @param decode  input limits
 * @param clean   boilerplate removal
 * @param extract entity, quote and time extraction
 */
public record PipelineConfig(DecodeConfig decode, CleanConfig clean, ExtractConfig extract) {
    public static final PipelineConfig DEFAULT = new PipelineConfig(DecodeConfig.DEFAULT, CleanConfig.DEFAULT, ExtractConfig.DEFAULT);

    public PipelineConfig {
        Objects.requireNonNull(decode, "decode");
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(extract, "extract");
    }
}
