package dev.marsad.extract.ner;

import java.util.Arrays;

/**
 * Open-addressing map from 64-bit feature hashes to ints, so that scoring a token allocates nothing.
 * Not thread-safe while being filled; read-only use after construction is thread-safe.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long k = key == EMPTY ? 1L : key;
        int mask = keys.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (true) {
            long at = keys[i];
            if (at == k) {
                return values[i];
            }
            if (at == EMPTY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = key == EMPTY ? 1L : key;
        int mask = keys.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = k;
        values[i] = value;
    }

    /** ORs {@code bits} into the value of {@code key} (0 when absent). */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    /** Keys in slot order, for serialisation. */
    long[] keys() {
        return Arrays.stream(keys).filter(k -> k != EMPTY).toArray();
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
