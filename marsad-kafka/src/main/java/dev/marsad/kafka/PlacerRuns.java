package dev.marsad.kafka;

import dev.marsad.extract.ExtractionRun;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The placer's extraction runs: one per publisher, started afresh when that publisher's run changes
 * ({@link PublisherRun#counter} raised by {@code PageSink.newRun}: a new {@code ingest} command, a new {@code watch}
 * poll), so names are lent between the pages of one run and not across runs, as in the single process, and a run's
 * memory is that of one run's pages.
 *
 * <ul>
 *   <li>The run before a publisher's newest is kept as well: the lateness window puts pages back in publication
 *       order, so the last pages of one poll may come out after the first of the next. A page of a run older
 *       still is finished against a fresh run of its own (it borrows no names).</li>
 *   <li>At most {@link #MAX_PUBLISHERS} publishers are remembered, the one least recently seen forgotten first: the
 *       runs of publishers long gone do not pile up. A publisher forgotten and seen again starts a fresh run.</li>
 *   <li>Pages that name no run (a publisher older than the header) share one run for the placer's life, as
 *       before the header existed.</li>
 * </ul>
 * Not thread-safe: the placer's one thread finishes the pages.
 */
final class PlacerRuns {
    /** Publishers remembered: well above the publishers one deployment runs at once (a watch per region...). */
    static final int MAX_PUBLISHERS = 64;

    /** A publisher's newest run and the one before it. */
    private static final class Runs {
        long newest;
        ExtractionRun newestRun = new ExtractionRun();
        long previous = -1;
        ExtractionRun previousRun;

        Runs(long counter) {
            this.newest = counter;
        }
    }

    private final Map<Long, Runs> publishers = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Runs> eldest) {
            return size() > MAX_PUBLISHERS;
        }
    };
    private final ExtractionRun unnamed = new ExtractionRun();

    /** The run to finish a page of {@code named} against. */
    ExtractionRun runFor(Optional<PublisherRun> named) {
        if (named.isEmpty()) {
            return unnamed;
        }
        PublisherRun run = named.get();
        Runs runs = publishers.get(run.publisher());
        if (runs == null) {
            runs = new Runs(run.counter());
            publishers.put(run.publisher(), runs);
            return runs.newestRun;
        }
        if (run.counter() == runs.newest) {
            return runs.newestRun;
        }
        if (run.counter() > runs.newest) {
            // The publisher started a fresh run: the one before stays for pages of it still in the window.
            runs.previous = runs.newest;
            runs.previousRun = runs.newestRun;
            runs.newest = run.counter();
            runs.newestRun = new ExtractionRun();
            return runs.newestRun;
        }
        return run.counter() == runs.previous ? runs.previousRun : new ExtractionRun();
    }

    /** Publishers remembered now. */
    int publishers() {
        return publishers.size();
    }
}
