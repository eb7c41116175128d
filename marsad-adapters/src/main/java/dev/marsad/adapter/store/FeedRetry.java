package dev.marsad.adapter.store;

import dev.marsad.adapter.feed.FeedLink;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed entry that failed and waits for another attempt.
 *
 * @param link     the entry, with the feed's title and date for it
 * @param attempts failed attempts so far
 * @param nextTry  when it may be tried again; empty once given up
 */
public record FeedRetry(FeedLink link, int attempts, Optional<Instant> nextTry) {
    public FeedRetry {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(nextTry, "nextTry");
    }

    /** True when it may be tried at {@code now}. */
    public boolean dueAt(Instant now) {
        return nextTry.filter(t -> !t.isAfter(now)).isPresent();
    }
}
