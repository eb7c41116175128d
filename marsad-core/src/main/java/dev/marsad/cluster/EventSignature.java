package dev.marsad.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A story's event signature: the specific terms its members' headlines and leads repeat. A newsroom names the event
 * in the headline and first paragraph of every follow-up and reaction (the place, the event noun, the target), even
 * when the body goes elsewhere (a victim's family, a minister's condemnation, a column); terms that only one
 * member's headline holds are that report's own. Mutable; owned by one {@link StoryState}.
 */
final class EventSignature {
    /** Per term number: how many members' headline + lead hold it, and its IDF when first counted. */
    private final Map<Integer, Integer> counts = new HashMap<>();
    private final Map<Integer, Float> idf = new HashMap<>();
    /**
     * Signatures computed since the last change, by size and minimum count: the rules ask for two sizes in turn (the
     * event rule's and the body rule's re-test), and one cached size made each ask recompute the other.
     */
    private final Map<Long, int[]> cached = new HashMap<>(4);

    /** An independent copy (a day's mark keeps the open stories as they were). */
    EventSignature copy() {
        EventSignature out = new EventSignature();
        out.counts.putAll(counts);
        out.idf.putAll(idf);
        return out;
    }

    /** Adds another story's counts (that story absorbed into this one). */
    void addAll(EventSignature other) {
        other.counts.forEach((term, c) -> counts.merge(term, c, Integer::sum));
        other.idf.forEach(idf::putIfAbsent);
        cached.clear();
    }

    void add(RareTerms head) {
        for (int i = 0; i < head.size(); i++) {
            counts.merge(head.term(i), 1, Integer::sum);
            idf.putIfAbsent(head.term(i), (float) head.idf(i));
        }
        cached.clear();
    }

    /**
     * The signature: at most {@code size} terms held by at least {@code minCount} members' headlines, the most shared
     * first and, among equals, the rarer (then the lower term number, so that the order never depends on a map's).
     */
    int[] terms(int size, int minCount) {
        return cached.computeIfAbsent((long) size << 32 | (minCount & 0xffffffffL), key -> computed(size, minCount));
    }

    private int[] computed(int size, int minCount) {
        // Shared terms copied out once with their count and IDF, so that sorting compares numbers, not map lookups.
        int n = 0;
        int[] term = new int[counts.size()];
        int[] count = new int[counts.size()];
        float[] rarity = new float[counts.size()];
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount) {
                term[n] = e.getKey();
                count[n] = e.getValue();
                rarity[n++] = idf.get(e.getKey());
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byCount = Integer.compare(count[b], count[a]);
            if (byCount != 0) {
                return byCount;
            }
            int byIdf = Float.compare(rarity[b], rarity[a]);
            return byIdf != 0 ? byIdf : Integer.compare(term[a], term[b]);
        });
        int[] out = new int[Math.min(size, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = term[order[i]];
        }
        return out;
    }

    /** How many of the signature's terms {@code text} holds (the signature computed once per change of the story). */
    int matched(RareTerms text, int size, int minCount) {
        return matched(text, size, minCount, term -> true);
    }

    /** How many of the signature's terms {@code text} holds that also pass {@code counts} (a concentration test). */
    int matched(RareTerms text, int size, int minCount, IntPredicate counts) {
        int n = 0;
        for (int term : terms(size, minCount)) {
            if (text.contains(term) && counts.test(term)) {
                n++;
            }
        }
        return n;
    }
}
