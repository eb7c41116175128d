package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Overlapping name spans resolved: the longer one wins, then the surer. Thread-safe (stateless). */
final class SpanOverlaps {
    private SpanOverlaps() {
    }

    /** Longer spans first, then more confident ones (one comparison, not a chain of key extractors). */
    private static final Comparator<NameSpan> LONGER_THEN_SURER = (a, b) -> {
        int byLength = Integer.compare(b.end() - b.start(), a.end() - a.start());
        return byLength != 0 ? byLength : Double.compare(b.score(), a.score());
    };

    /** Keeps non-overlapping spans, preferring the longer (then the more confident) one. */
    static List<NameSpan> resolve(List<NameSpan> spans) {
        List<NameSpan> byPreference = new ArrayList<>(spans);
        byPreference.sort(LONGER_THEN_SURER);
        // Kept spans never overlap and are never empty, so by start they are also by end: the one starting last
        // before a span's end is the only one that can overlap it.
        java.util.TreeMap<Integer, NameSpan> kept = new java.util.TreeMap<>();
        for (NameSpan s : byPreference) {
            if (s.end() > s.start()) {
                var before = kept.lowerEntry(s.end());
                if (before == null || before.getValue().end() <= s.start()) {
                    kept.put(s.start(), s);
                }
            }
        }
        return new ArrayList<>(kept.values());
    }
}
