package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's entities indexed for the quote rules' questions, each answered as a scan of the list in its order
 * would answer it, but without scanning every entity (per-quote scans made analysis quadratic on long inputs,
 * issue 12):
 * <ul>
 *   <li>the entities that start inside a range (a binary search on the starts);</li>
 *   <li>the last organisation ending before a position with a given word in its folded name.</li>
 * </ul>
 * The look-ups are fast when the list is in text order (starts and ends never decreasing), as the extractor's
 * non-overlapping names are; any other list is scanned, so that the answers never depend on the order it came in.
 * Not thread-safe (the organisation index is built on first use); one per article.
 */
final class EntitySpans {
    private final List<Entity> entities;
    private final int[] starts;
    private final boolean inTextOrder;
    /** Per folded word, the positions in {@link #entities} of the organisations with that word, ascending. */
    private Map<String, int[]> organizationsByWord;

    EntitySpans(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        this.starts = this.entities.stream().mapToInt(Entity::start).toArray();
        boolean ordered = true;
        for (int i = 1; i < this.entities.size() && ordered; i++) {
            ordered = this.entities.get(i).start() >= this.entities.get(i - 1).start()
                    && this.entities.get(i).end() >= this.entities.get(i - 1).end();
        }
        this.inTextOrder = ordered;
    }

    /** Whether the list is in text order (starts and ends never decreasing): its order is then the text's. */
    boolean inTextOrder() {
        return inTextOrder;
    }

    /** Entities starting in {@code [from, to)}, in the list's order. */
    List<Entity> startingIn(int from, int to) {
        if (!inTextOrder) {
            List<Entity> out = new ArrayList<>();
            for (Entity e : entities) {
                if (e.start() >= from && e.start() < to) {
                    out.add(e);
                }
            }
            return out;
        }
        int first = firstAtOrAfter(from);
        int end = Math.max(first, firstAtOrAfter(to));
        return entities.subList(first, end);
    }

    /**
     * The organisation ending at or before {@code before} whose folded name has the word {@code head} or
     * {@code ال + head}, the last such in the list, or null.
     */
    Entity lastOrganizationWithWord(String head, int before) {
        if (organizationsByWord == null) {
            organizationsByWord = indexOrganizations();
        }
        int best = -1;
        for (String word : new String[] {head, "ال" + head}) {
            best = Math.max(best, lastEndingBy(organizationsByWord.getOrDefault(word, new int[0]), before));
        }
        return best < 0 ? null : entities.get(best);
    }

    /** Of the given list positions (ascending), the last whose entity ends at or before {@code before}, or -1. */
    private int lastEndingBy(int[] positions, int before) {
        if (!inTextOrder) {
            for (int i = positions.length - 1; i >= 0; i--) {
                if (entities.get(positions[i]).end() <= before) {
                    return positions[i];
                }
            }
            return -1;
        }
        // Ends never decrease along the list, so those ending by `before` are a prefix.
        int lo = 0;
        int hi = positions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(positions[mid]).end() <= before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? -1 : positions[lo - 1];
    }

    private Map<String, int[]> indexOrganizations() {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() == EntityType.ORGANIZATION) {
                for (String w : ArabicNormalizer.fold(e.text()).split("\\s+")) {
                    List<Integer> list = lists.computeIfAbsent(w, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != i) {
                        list.add(i);
                    }
                }
            }
        }
        Map<String, int[]> index = new HashMap<>(lists.size() * 2);
        lists.forEach((w, list) -> index.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
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
