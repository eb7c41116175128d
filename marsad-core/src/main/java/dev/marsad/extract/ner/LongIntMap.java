package dev.marsad.extract.ner;

import java.util.Arrays;

/**
 * Open-addressing map from 64-bit feature hashes to ints, so that scoring a token allocates nothing. Keys and
 * values are interleaved in one array so that a hit costs one cache miss, not two. Not thread-safe while being
 * filled; read-only use after construction is thread-safe.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] slots;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap * 2];
    }

    int size() {
        return size;
    }

    /** The key as stored: 0 marks an empty slot, so key 0 is kept as 1 (the keys are hashes). */
    static long stored(long key) {
        return key == EMPTY ? 1L : key;
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long k = key == EMPTY ? 1L : key;
        int mask = slots.length / 2 - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (true) {
            long at = slots[2 * i];
            if (at == k) {
                return (int) slots[2 * i + 1];
            }
            if (at == EMPTY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if ((size + 1) * 4 > slots.length) {
            grow();
        }
        long k = key == EMPTY ? 1L : key;
        int mask = slots.length / 2 - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (slots[2 * i] != EMPTY && slots[2 * i] != k) {
            i = (i + 1) & mask;
        }
        if (slots[2 * i] == EMPTY) {
            size++;
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = value;
    }

    /** ORs {@code bits} into the value of {@code key} (0 when absent). */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    /** The keys present, in slot order, for serialisation. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                out[n++] = slots[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }
}
