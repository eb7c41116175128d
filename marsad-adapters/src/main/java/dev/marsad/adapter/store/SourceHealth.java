package dev.marsad.adapter.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a watched source has fared, as {@code watch} last recorded it.
 *
 * @param source         the source's settings
 * @param lastPoll       when it was last polled
 * @param lastSuccess    when a poll last read it without error
 * @param lastNewArticle when a poll last stored a new article from it
 * @param errorsInRow    polls in a row that failed (0 after a good one)
 * @param lastError      the failure of the last poll, when it failed
 * @param nextPoll       when {@code watch} means to poll it next
 * @param polls          polls so far
 * @param articlesStored new articles stored from it so far
 */
public record SourceHealth(WatchedSource source, Optional<Instant> lastPoll, Optional<Instant> lastSuccess,
                           Optional<Instant> lastNewArticle, int errorsInRow, Optional<String> lastError,
                           Optional<Instant> nextPoll, long polls, long articlesStored) {
    public SourceHealth {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lastPoll, "lastPoll");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastNewArticle, "lastNewArticle");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextPoll, "nextPoll");
    }

    /**
     * What one poll of a source came to.
     *
     * @param polledAt when the poll started
     * @param stored   new articles it stored
     * @param error    why the source itself could not be read, when it could not
     * @param nextPoll when the next poll is due
     */
    public record Poll(Instant polledAt, int stored, Optional<String> error, Instant nextPoll) {
        public Poll {
            Objects.requireNonNull(polledAt, "polledAt");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(nextPoll, "nextPoll");
        }
    }
}
