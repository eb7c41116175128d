package dev.marsad.app.cli;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * The spending of one input, or of one feed in a {@code watch} poll, against its {@link CrawlLimits}: the
 * sitemaps already fetched (so a self-referencing or cyclic sitemap index is fetched once), the fetches made,
 * and the deadline. Once spent, the rest is left for a later run. Not thread-safe.
 */
final class CrawlBudget {
    final Set<URI> sitemapsSeen = new HashSet<>();
    private final String input;
    private final CrawlLimits limits;
    private final ProgressBar progress;
    private final long deadline;
    private int fetches;
    boolean spent;

    CrawlBudget(String input, CrawlLimits limits, ProgressBar progress) {
        this.input = input;
        this.limits = limits;
        this.progress = progress;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    /** True when one more fetch may go; else reports, once, that the budget is spent. */
    boolean take() {
        if (!spent && fetches < limits.maxFetches() && System.nanoTime() < deadline) {
            fetches++;
            return true;
        }
        if (!spent) {
            spent = true;
            progress.println("marsad: " + input + ": budget for this input spent (" + limits.maxFetches()
                    + " fetches or " + limits.maxTime().toMinutes() + " min); the rest is left for the next run");
        }
        return false;
    }
}
