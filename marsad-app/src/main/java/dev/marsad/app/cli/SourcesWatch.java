package dev.marsad.app.cli;

import dev.marsad.adapter.store.JdbcSourceStore;
import dev.marsad.adapter.store.SourceHealth;
import dev.marsad.adapter.store.StoreException;
import dev.marsad.adapter.store.WatchedSource;
import dev.marsad.model.ArticleMetadata;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code watch --sources FILE}: polls each source of the file on its own interval ({@link SourceSchedule}) and
 * records each poll's outcome in the store ({@link JdbcSourceStore}), where {@code serve} shows it. A source that
 * fails (cannot be fetched, is no feed, or hits a bug) is an error line and a count in its health; the others
 * are polled all the same. One summary line per round of due sources, with that round's counts. Not thread-safe.
 */
final class SourcesWatch {
    private final Ingester ingester;
    private final JdbcSourceStore health;
    private final PrintWriter out;
    private final Clock clock;

    SourcesWatch(Ingester ingester, JdbcSourceStore health, PrintWriter out, Clock clock) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.health = Objects.requireNonNull(health, "health");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers {@code sources} as {@code file}'s and polls them until interrupted, or once each with
     * {@code once}; returns the exit status of {@code --once} (2 when a source itself failed), 0 otherwise: a
     * long-running watch does not end over a bad source.
     */
    int run(String file, List<WatchedSource> sources, boolean once) throws InterruptedException {
        health.register(file, sources);
        SourceSchedule schedule = new SourceSchedule(sources, clock.instant());
        while (true) {
            Instant started = clock.instant();
            int failed = 0;
            for (WatchedSource source : schedule.due(started)) {
                failed += poll(source, schedule) ? 0 : 1;
            }
            ingester.progressBar().done();
            // Ends the round's batch: its articles are in their stories (placed as they were stored).
            IngestTally tally = ingester.restart();
            out.println("watch " + started.truncatedTo(ChronoUnit.SECONDS) + ": " + tally.summary());
            out.flush();
            if (once) {
                return failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
            }
            Duration wait = schedule.untilNext(clock.instant());
            if (!wait.isZero()) {
                Thread.sleep(wait.toMillis());
            }
        }
    }

    /** Polls one source and records how it went; true when the source itself could be read. */
    private boolean poll(WatchedSource source, SourceSchedule schedule) {
        Instant started = clock.instant();
        int storedBefore = ingester.tally().stored;
        Optional<String> error;
        try {
            ingester.poll(source.url().toString(), hints(source));
            error = ingester.topError();
        } catch (StoreException e) {
            throw e; // the store is everyone's: the command ends with exit 1
        } catch (RuntimeException e) {
            // A bug met on one source must not stop the others.
            ingester.tally().errors++;
            error = Optional.of("poll failed (" + e + ")");
            ingester.progressBar().println("marsad: source " + source.name() + ": " + error.get());
        }
        Instant next = schedule.polled(source, started);
        health.recordPoll(source.name(),
                new SourceHealth.Poll(started, ingester.tally().stored - storedBefore, error, next));
        return error.isEmpty();
    }

    private static ArticleMetadata hints(WatchedSource source) {
        return ArticleMetadata.EMPTY.withOutlet(source.outlet()).withLanguage(source.language());
    }
}
