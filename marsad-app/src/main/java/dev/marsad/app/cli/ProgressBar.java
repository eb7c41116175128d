package dev.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return. Off unless stderr is meant for a
 * person (a terminal, or {@code --progress}); then {@link #step} and {@link #done} do nothing. Not thread-safe.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private int total;
    private int done;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Adds {@code n} items of work to the total. */
    void expect(int n) {
        total += n;
    }

    /** Starts counting afresh (a new {@code watch} poll): 0 done of 0 expected. */
    void reset() {
        done();
        total = 0;
        done = 0;
    }

    /** One item finished; {@code label} names it. */
    void step(String label) {
        done++;
        if (!enabled) {
            return;
        }
        int shown = Math.max(total, done);
        int filled = shown == 0 ? WIDTH : WIDTH * done / shown;
        String name = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, shown, name));
        err.flush();
        drawn = true;
    }

    /** Prints a message on its own line, keeping the bar below it. */
    void println(String message) {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 55) + "\r");
        }
        err.println(message);
        err.flush();
    }

    /** Ends the bar's line. */
    void done() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
