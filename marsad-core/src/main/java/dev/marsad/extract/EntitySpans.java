package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's entities indexed for the quote rules' two questions, each answered without scanning every entity
 * (per-quote scans made analysis quadratic on long inputs, issue 12):
 * <ul>
 *   <li>the entities that start inside a range, in text order (binary search on the starts);</li>
 *   <li>the last organisation before a position with a given word in its folded name.</li>
 * </ul>
 * Not thread-safe (the organisation index is built on first use); one per article.
 */
final class EntitySpans {
    private final List<Entity> byStart;
    private final int[] starts;
    private Map<String, List<Entity>> organizationsByWord;

    EntitySpans(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::start)); // stable: equal starts keep the extractor's order
        this.byStart = sorted;
        this.starts = sorted.stream().mapToInt(Entity::start).toArray();
    }

    /** Entities starting in {@code [from, to)}, in text order. */
    List<Entity> startingIn(int from, int to) {
        int first = firstAtOrAfter(from);
        int end = Math.max(first, firstAtOrAfter(to));
        return byStart.subList(first, end);
    }

    /**
     * The organisation ending at or before {@code before} whose folded name has the word {@code head} or
     * {@code ال + head}, the latest by start, or null.
     */
    Entity lastOrganizationWithWord(String head, int before) {
        if (organizationsByWord == null) {
            organizationsByWord = indexOrganizations();
        }
        Entity best = null;
        for (String word : new String[] {head, "ال" + head}) {
            Entity e = lastEndingBy(organizationsByWord.getOrDefault(word, List.of()), before);
            if (e != null && (best == null || e.start() >= best.start())) {
                best = e;
            }
        }
        return best;
    }

    /** In a list in start order, the last entity ending at or before {@code before}. */
    private static Entity lastEndingBy(List<Entity> list, int before) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // Entities do not overlap much, so the walk back over those still open at `before` is short.
        for (int i = lo - 1; i >= 0; i--) {
            if (list.get(i).end() <= before) {
                return list.get(i);
            }
        }
        return null;
    }

    private Map<String, List<Entity>> indexOrganizations() {
        Map<String, List<Entity>> index = new HashMap<>();
        for (Entity e : byStart) {
            if (e.type() == EntityType.ORGANIZATION) {
                for (String w : ArabicNormalizer.fold(e.text()).split("\\s+")) {
                    List<Entity> list = index.computeIfAbsent(w, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != e) {
                        list.add(e);
                    }
                }
            }
        }
        return index;
    }

    private int firstAtOrAfter(int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
