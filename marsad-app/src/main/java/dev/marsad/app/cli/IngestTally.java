package dev.marsad.app.cli;

import java.util.Locale;

/** Counts for the one-line summary of {@code ingest} and of each {@code watch} poll. Not thread-safe. */
final class IngestTally {
    int inputs;
    int stored;
    int present;
    int skipped;
    int errors;
    /** Errors of the inputs themselves (a feed that cannot be fetched or parsed), not of their entries. */
    int sourceErrors;
    /** Entries that failed before and wait for their next retry. */
    int waiting;
    /** Pages handed to the broker for workers ({@code --kafka}): stored later, by the placer. */
    int published;

    /**
     * The summary: {@code 3 inputs, 5 articles stored, 1 already present, 0 errors}, then the entries skipped by
     * robots.txt and those waiting for a retry when there are any.
     */
    String summary() {
        return String.format(Locale.ROOT, "%d %s, %d %s stored, %d already present, %d %s%s%s",
                inputs, plural(inputs, "input"), stored, plural(stored, "article"), present,
                errors, plural(errors, "error"), skipped == 0 ? "" : ", " + skipped + " skipped by robots.txt",
                waiting == 0 ? "" : ", " + waiting + " waiting for a retry")
                + (published == 0 ? "" : ", " + published + " " + plural(published, "page") + " published to Kafka");
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
