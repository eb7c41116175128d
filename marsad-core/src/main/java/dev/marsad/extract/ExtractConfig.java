package dev.marsad.extract;

/**
 * Settings of the extract stage.
 *
 * @param useNerModel   run the trained name-finder model (off: gazetteer and cue rules only)
 * @param useNewsPeople find the people of the list learnt from the unlabelled news ({@code ./marsad train people});
 *                      off when the list itself is learnt, so that it never feeds on its own output
 */
public record ExtractConfig(boolean useNerModel, boolean useNewsPeople) {
    public static final ExtractConfig DEFAULT = new ExtractConfig(true, true);

    /** The learnt list goes with the learnt model: both on or both off. */
    public ExtractConfig(boolean useNerModel) {
        this(useNerModel, useNerModel);
    }
}
