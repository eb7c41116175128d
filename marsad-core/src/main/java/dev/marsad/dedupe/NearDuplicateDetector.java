package dev.marsad.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online near-duplicate detection (syndicated wire copy) with MinHash and LSH banding. Articles are offered in
 * arrival order; each one is compared only with earlier articles that share an LSH band bucket, so the cost per
 * article does not grow with the number seen. Not thread-safe: one detector per stream; its state
 * ({@link #signatures} and buckets) is what a store would persist.
 */
public final class NearDuplicateDetector {
    private final DedupeConfig config;
    private final MinHasher hasher;
    private final List<long[]> signatures = new ArrayList<>();
    private final Map<BandKey, List<Integer>> buckets = new HashMap<>();

    public NearDuplicateDetector(DedupeConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.hasher = new MinHasher(config.hashes(), config.shingleSize());
    }

    private record BandKey(int band, long hash) {
    }

    /**
     * Adds the next article's text; returns the number (arrival position) of the most similar earlier article
     * whose estimated similarity reaches the threshold, if any. Texts with no words are never duplicates.
     */
    public Optional<Integer> offer(String text) {
        int id = signatures.size();
        long[] sig = hasher.signature(text);
        boolean empty = dev.marsad.text.MatchTerms.words(text).isEmpty();
        signatures.add(sig);
        if (empty) {
            return Optional.empty();
        }
        int rows = config.hashes() / config.bands();
        int best = -1;
        double bestSim = 0;
        for (int band = 0; band < config.bands(); band++) {
            BandKey key = new BandKey(band, bandHash(sig, band * rows, rows));
            List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (int other : bucket) {
                double sim = MinHasher.similarity(sig, signatures.get(other));
                if (sim >= config.threshold() && (sim > bestSim || sim == bestSim && other < best)) {
                    best = other;
                    bestSim = sim;
                }
            }
            bucket.add(id);
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** Articles offered so far. */
    public int size() {
        return signatures.size();
    }

    private static long bandHash(long[] sig, int from, int rows) {
        long h = 1125899906842597L;
        for (int i = from; i < from + rows; i++) {
            h = 31 * h + sig[i];
        }
        return h;
    }
}
