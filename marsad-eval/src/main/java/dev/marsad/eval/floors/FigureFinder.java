package dev.marsad.eval.floors;

import java.util.Optional;
import java.util.regex.Matcher;

/** Finds a floor's figure in what its evaluation printed: the sections in turn, then the figure's line. */
final class FigureFinder {
    private FigureFinder() {
    }

    static Optional<Double> find(Floor floor, String output) {
        String[] lines = output.split("\\R");
        int at = 0;
        for (var section : floor.sections()) {
            while (at < lines.length && !section.matcher(lines[at]).find()) {
                at++;
            }
            if (at == lines.length) {
                return Optional.empty();
            }
            at++;
        }
        for (; at < lines.length; at++) {
            Matcher m = floor.line().matcher(lines[at]);
            if (m.find()) {
                try {
                    return Optional.of(Double.parseDouble(m.group(1)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
