package dev.marsad.eval.clean;

import java.util.ArrayList;
import java.util.List;

/** Reads the article bodies out of a golden {@code .expected} file (format of {@code PageCleanerGoldenTest}). */
final class ExpectedFile {
    private ExpectedFile() {
    }

    /** The text of every article section, in order. */
    static List<String> bodies(String expected) {
        List<String> bodies = new ArrayList<>();
        StringBuilder current = null;
        for (String line : expected.split("\\R", -1)) {
            if (line.startsWith("== ")) {
                if (current != null) {
                    bodies.add(current.toString());
                }
                current = null;
            } else if (line.equals("-- text")) {
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            bodies.add(current.toString());
        }
        return bodies;
    }
}
