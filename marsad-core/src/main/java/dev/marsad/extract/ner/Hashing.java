package dev.marsad.extract.ner;

/** 64-bit string hashing (FNV-1a) and mixing (MurmurHash3 finaliser) for feature keys. Thread-safe. */
final class Hashing {
    private Hashing() {
    }

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** The hash of {@code s[from, to)}, without copying it. */
    static long of(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
