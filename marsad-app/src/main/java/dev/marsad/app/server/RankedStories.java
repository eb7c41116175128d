package dev.marsad.app.server;

import dev.marsad.model.Story;
import dev.marsad.model.StoryStanding;
import dev.marsad.port.StoryStore;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stories' standings as the front page, the story feed and the API rank them, kept until the store's stories
 * change ({@link StoryStore#version()}, one cheap query that also sees another process's writes): a request ranks
 * light rows and reads the bodies of its page only, instead of reading and parsing every story. Thread-safe.
 */
final class RankedStories {
    /** The standings at one store version: in stored order, the newest article time, and each sort's order. */
    static final class Snapshot {
        private final long version;
        private final List<StoryStanding> stored;
        private final Optional<Instant> newest;
        private final Map<StoryRanking.Sort, List<StoryStanding>> sorted = new EnumMap<>(StoryRanking.Sort.class);

        Snapshot(long version, List<StoryStanding> stored) {
            this.version = version;
            this.stored = List.copyOf(stored);
            this.newest = StoryRanking.newest(this.stored);
        }

        /** Every story, in the stored order (size, then recency, then id). */
        List<StoryStanding> stored() {
            return stored;
        }

        /** The newest article time over all stories (what the time window and "breaking" count back from). */
        Optional<Instant> newest() {
            return newest;
        }

        /** The stories in {@code sort} order within the last {@code days} (all when empty). */
        synchronized List<StoryStanding> ranked(StoryRanking.Sort sort, Optional<Integer> days) {
            List<StoryStanding> all = sorted.computeIfAbsent(sort, s -> StoryRanking.sort(stored, s));
            return StoryRanking.window(all, days, newest);
        }
    }

    private final StoryStore store;
    private Snapshot snapshot;

    RankedStories(StoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    synchronized Snapshot current() {
        // The version is read before the standings: a write between the two is seen by the next request.
        long version = store.version();
        if (snapshot == null || snapshot.version != version) {
            snapshot = new Snapshot(version, store.standings());
        }
        return snapshot;
    }

    /** The stories of {@code page}, in its order (one that vanished since the standings were read is left out). */
    List<Story> bodies(List<StoryStanding> page) {
        return store.stories(page.stream().map(StoryStanding::id).toList());
    }
}
