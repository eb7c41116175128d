package dev.marsad.app.cli;

import java.util.Locale;

/** Counts for the one-line summary of {@code ingest} and of each {@code watch} poll. Not thread-safe. */
final class IngestTally {
    int inputs;
    int stored;
    int present;
    int skipped;
    int errors;

    /** The summary: {@code 3 inputs, 5 articles stored, 1 already present, 0 errors}. */
    String summary() {
        return String.format(Locale.ROOT, "%d %s, %d %s stored, %d already present, %d %s%s",
                inputs, plural(inputs, "input"), stored, plural(stored, "article"), present,
                errors, plural(errors, "error"), skipped == 0 ? "" : ", " + skipped + " skipped by robots.txt");
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
