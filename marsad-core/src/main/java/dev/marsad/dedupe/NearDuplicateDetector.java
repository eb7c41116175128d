package dev.marsad.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Online near-duplicate detection (syndicated wire copy) with MinHash and LSH banding. Articles are offered in
 * arrival order; each one is compared only with earlier articles that share an LSH band bucket, so the cost per
 * article does not grow with the number seen. Not thread-safe: one detector per stream; its state
 * ({@link #signatures} and buckets) is what a store would persist.
 *
 * <p>An article can be {@link #forget forgotten} once nothing may be a copy of it any more (its story closed):
 * its signature and bucket entries go, so a stream of months holds only its open window.
 */
public final class NearDuplicateDetector {
    private final DedupeConfig config;
    private final MinHasher hasher;
    /** Signatures of the articles held (not forgotten, not empty), by arrival position. */
    private final Map<Integer, long[]> signatures = new HashMap<>();
    private final Map<BandKey, List<Integer>> buckets = new HashMap<>();
    private int offered;

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
        return offer(text, other -> true);
    }

    /**
     * Like {@link #offer(String)}, but only earlier articles that {@code eligible} accepts (by arrival position) may
     * be the one returned: a copy can only join a story that can still take it.
     */
    public Optional<Integer> offer(String text, IntPredicate eligible) {
        int id = offered++;
        List<String> words = dev.marsad.text.MatchTerms.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        long[] sig = hasher.signature(words);
        signatures.put(id, sig);
        int rows = config.hashes() / config.bands();
        int best = -1;
        double bestSim = 0;
        for (int band = 0; band < config.bands(); band++) {
            BandKey key = new BandKey(band, bandHash(sig, band * rows, rows));
            List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (int other : bucket) {
                double sim = MinHasher.similarity(sig, signatures.get(other));
                if (sim >= config.threshold() && (sim > bestSim || sim == bestSim && other < best)
                        && eligible.test(other)) {
                    best = other;
                    bestSim = sim;
                }
            }
            bucket.add(id);
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** Forgets article {@code id} (arrival position): no later article is compared with it. */
    public void forget(int id) {
        long[] sig = signatures.remove(id);
        if (sig == null) {
            return;
        }
        int rows = config.hashes() / config.bands();
        for (int band = 0; band < config.bands(); band++) {
            BandKey key = new BandKey(band, bandHash(sig, band * rows, rows));
            List<Integer> bucket = buckets.get(key);
            if (bucket != null) {
                bucket.remove(Integer.valueOf(id));
                if (bucket.isEmpty()) {
                    buckets.remove(key);
                }
            }
        }
    }

    /**
     * The detector as it is now, to {@link #restore} later. Only the signatures are copied (those of open stories'
     * articles): the buckets follow from them.
     */
    public Checkpoint checkpoint() {
        return new Checkpoint(offered, Map.copyOf(signatures));
    }

    /** Puts the detector back as it was at {@code at} (which stays usable). */
    public void restore(Checkpoint at) {
        offered = at.offered();
        signatures.clear();
        signatures.putAll(at.signatures());
        buckets.clear();
        int rows = config.hashes() / config.bands();
        // In arrival order, as offer filled them: each bucket lists its articles oldest first.
        for (int id : new java.util.TreeSet<>(signatures.keySet())) {
            long[] sig = signatures.get(id);
            for (int band = 0; band < config.bands(); band++) {
                buckets.computeIfAbsent(new BandKey(band, bandHash(sig, band * rows, rows)), k -> new ArrayList<>(1)).add(id);
            }
        }
    }

    /** What {@link #restore} needs: articles offered and the signatures held (never changed once made). */
    public record Checkpoint(int offered, Map<Integer, long[]> signatures) {
    }

    /** Articles offered so far. */
    public int size() {
        return offered;
    }

    /** Signatures held now (offered, with words, not forgotten): what this detector's memory grows with. */
    public int held() {
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
