package dev.marsad.clean;

import dev.marsad.text.ResourceLines;
import java.util.List;

/** Reads the tab-separated two-column resource files of this package. */
final class LexiconFile {
    private LexiconFile() {
    }

    static List<String[]> read(String resource) {
        return ResourceLines.readPairs(resource);
    }
}
