package dev.marsad.extract;

/**
 * Settings of the extract stage.
 *
 * @param useNerModel run the trained name-finder model (off: gazetteer and cue rules only)
 */
public record ExtractConfig(boolean useNerModel) {
    public static final ExtractConfig DEFAULT = new ExtractConfig(true);
}
