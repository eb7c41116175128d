package dev.marsad.app.cli;

import dev.marsad.adapter.feed.FeedLink;
import dev.marsad.adapter.store.FeedRetry;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The retry bookkeeping of one input: the entries it has tried (so an entry listed twice, or due for a retry and
 * also in the feed, is fetched once) and, in a {@code watch} poll, the feed's failed entries kept in
 * {@link JdbcFeedRetryStore}. {@code ingest} records no retries. Not thread-safe.
 */
final class PollRetries {
    /** What to do with an entry not yet stored. */
    enum Decision { FETCH, ALREADY_TRIED, WAITING, GIVEN_UP }

    private final JdbcFeedRetryStore store;
    private final Set<URI> tried = new HashSet<>();
    private Optional<URI> feed = Optional.empty();

    PollRetries(JdbcFeedRetryStore store) {
        this.store = store;
    }

    /** Starts an input: a polled feed, or empty for an {@code ingest} input. */
    void start(Optional<URI> polledFeed) {
        tried.clear();
        feed = polledFeed;
    }

    /** Ends the polled feed's bookkeeping. */
    void end() {
        feed = Optional.empty();
    }

    Decision decide(URI link) {
        if (!tried.add(link)) {
            return Decision.ALREADY_TRIED;
        }
        Optional<FeedRetry> retry = feed.flatMap(f -> store.find(f, link));
        if (retry.isEmpty() || retry.get().dueAt(store.now())) {
            return Decision.FETCH;
        }
        return retry.get().nextTry().isPresent() ? Decision.WAITING : Decision.GIVEN_UP;
    }

    /** The entry was stored or is no longer a failure (now disallowed, say): no retry. */
    void settled(URI link) {
        feed.ifPresent(f -> store.forget(f, link));
    }

    /** Records a failed fetch in a poll; returns what happens next ("will retry in 5 min"), empty in ingest. */
    Optional<String> failed(FeedLink link, String reason) {
        return feed.map(f -> nextStep(store.failed(f, link, reason)));
    }

    /** The polled feed's failed entries whose wait is over and that this poll has not tried yet. */
    List<FeedLink> due() {
        return feed.map(f -> store.due(f).stream().map(FeedRetry::link).filter(l -> !tried.contains(l.url()))
                .toList()).orElse(List.of());
    }

    private String nextStep(FeedRetry retry) {
        return retry.nextTry().map(t -> "will retry in "
                        + Math.max(1, (Duration.between(store.now(), t).toSeconds() + 59) / 60) + " min")
                .orElse("given up after " + retry.attempts() + " attempts");
    }
}
