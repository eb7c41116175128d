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

    /** The hash of the string hashed to {@code h} followed by a space and {@code word}. */
    static long extend(long h, String word) {
        long x = (h ^ ' ') * 0x100000001b3L;
        for (int i = 0; i < word.length(); i++) {
            x ^= word.charAt(i);
            x *= 0x100000001b3L;
        }
        return x;
    }

    /** The hash of words joined by single spaces, as {@link #of} would give for the joined string. */
    static long ofWords(String[] words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            String s = words[w];
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
    }
}
