package dev.marsad.eval.floors;

import java.util.Locale;
import java.util.Optional;

/**
 * What one run says of one floor.
 *
 * @param floor  the floor checked
 * @param value  the figure found in the output, when found
 * @param status held, fell, missing (the data was there but the figure was not printed) or skipped (the
 *               evaluation said its data is absent)
 */
public record Verdict(Floor floor, Optional<Double> value, Status status) {

    /** The outcome of one check. */
    public enum Status {
        HELD, FELL, MISSING, SKIPPED;

        /** Whether this outcome fails the check. */
        public boolean fails() {
            return this == FELL || this == MISSING;
        }
    }

    /** Finds the floor's figure in {@code output} (what its command printed) and judges it. */
    public static Verdict judge(Floor floor, String output) {
        Optional<Double> value = FigureFinder.find(floor, output);
        if (value.isEmpty()) {
            return new Verdict(floor, value, output.contains("skipped") ? Status.SKIPPED : Status.MISSING);
        }
        return new Verdict(floor, value, floor.holds(value.get()) ? Status.HELD : Status.FELL);
    }

    /** One line for the report: status, figure, value, limit. */
    public String line() {
        String shown = value.map(v -> String.format(Locale.ROOT, "%.4f", v)).orElse("-");
        return String.format(Locale.ROOT, "  %-7s %-44s %10s   (floor %s)", status.name().toLowerCase(Locale.ROOT),
                floor.figure(), shown, floor.limit());
    }
}
