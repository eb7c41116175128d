package dev.marsad.extract.ner;

/**
 * A two-probe Bloom filter over the model's feature keys: small enough to stay in the core's cache where the
 * feature table is not, it rules out most absent features (two in three word-pair features at run time) before
 * the table is probed. No false negatives, so scores are exactly those of probing every feature. Immutable.
 */
final class FeatureFilter {
    private final long[] bits;
    private final int mask;

    FeatureFilter(long[] keys) {
        // About eight bits per key: some 4% of absent keys get through, and the bits stay small (64 kB per 60k keys).
        int size = Integer.highestOneBit(Math.max(1024, keys.length * 8 - 1)) << 1;
        bits = new long[size / 64];
        mask = size - 1;
        for (long k : keys) {
            set(first(k));
            set(second(k));
        }
    }

    /** False when {@code key} is certainly not a model feature. */
    boolean mayContain(long key) {
        long k = LongIntMap.stored(key);
        return isSet(first(k)) && isSet(second(k));
    }

    private int first(long k) {
        return (int) k & mask;
    }

    private int second(long k) {
        return (int) (k >>> 32) & mask;
    }

    private void set(int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    private boolean isSet(int bit) {
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }
}
