package dev.marsad.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running profile of one story: summed term counts (pruned to the strongest terms), title terms, entity
 * keys and first/last day. Mutable; owned by one {@link ClusterState}.
 */
public final class StoryState {
    final int number;
    final Map<String, Double> body = new HashMap<>();
    final Map<String, Double> title = new HashMap<>();
    final Map<String, Integer> entities = new HashMap<>();
    final Set<String> indexed = new HashSet<>();
    long lastDay = Long.MIN_VALUE;
    int size;

    StoryState(int number) {
        this.number = number;
    }

    /** The story's number in its state (arrival order of its first article). */
    public int number() {
        return number;
    }

    /** Articles in the story. */
    public int size() {
        return size;
    }

    void add(ClusterInput input, int keepTerms) {
        input.body().forEach((t, c) -> body.merge(t, (double) c, Double::sum));
        input.title().forEach((t, c) -> title.merge(t, (double) c, Double::sum));
        input.entities().forEach(k -> entities.merge(k, 1, Integer::sum));
        input.day().ifPresent(d -> lastDay = Math.max(lastDay, d.toEpochDay()));
        size++;
        prune(body, keepTerms);
        prune(title, keepTerms);
    }

    /** Keeps the {@code keep} largest counts: the centroid's tail adds cost and little signal. */
    private static void prune(Map<String, Double> counts, int keep) {
        if (counts.size() <= keep * 2) {
            return;
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        counts.clear();
        for (int i = 0; i < keep; i++) {
            counts.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
    }
}
