package dev.marsad.dedupe;

import dev.marsad.text.MatchTerms;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles of folded text. Thread-safe (immutable).
 *
 * <p>Rules: text is folded ({@code ArabicNormalizer}) and split into words, so أحمد/احمد and ی/ي variants of
 * one wire copy give the same shingles; shingles are {@code shingleSize} consecutive words; each of
 * {@code hashes} permutations is {@code (a·h + b) mod p} over a 64-bit FNV-1a shingle hash, with fixed seeds
 * so that signatures are stable across runs and can be stored.
 *
 * <p>Hand-written because no maintained Java MinHash library is published on Maven Central (java-lsh by
 * tdebatty is unmaintained since 2017); the algorithm is twenty lines (Broder 1997).
 */
public final class MinHasher {
    private static final long PRIME = (1L << 61) - 1;
    private final int shingleSize;
    private final long[] a;
    private final long[] b;

    public MinHasher(int hashes, int shingleSize) {
        if (hashes < 1 || shingleSize < 1) {
            throw new IllegalArgumentException("hashes and shingleSize must be >= 1");
        }
        this.shingleSize = shingleSize;
        this.a = new long[hashes];
        this.b = new long[hashes];
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x6d61727361640001L);
        for (int i = 0; i < hashes; i++) {
            a[i] = 1 + Math.floorMod(random.nextLong(), PRIME - 1);
            b[i] = Math.floorMod(random.nextLong(), PRIME);
        }
    }

    /** The signature of {@code text}; a text shorter than one shingle gives its single-shingle signature. */
    public long[] signature(String text) {
        List<String> words = MatchTerms.words(text);
        long[] sig = new long[a.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - shingleSize + 1);
        for (int s = 0; s < shingles; s++) {
            long h = shingleHash(words, s, Math.min(words.size(), s + shingleSize));
            for (int i = 0; i < a.length; i++) {
                long v = mulMod(a[i], h) + b[i];
                v = v >= PRIME ? v - PRIME : v;
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double similarity(long[] x, long[] y) {
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return (double) same / x.length;
    }

    public int hashes() {
        return a.length;
    }

    private static long shingleHash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            for (byte c : words.get(i).getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (c & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return Math.floorMod(h, PRIME);
    }

    /** (x·y) mod 2^61−1 without overflow. */
    private static long mulMod(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        long low61 = lo & PRIME;
        long rest = (lo >>> 61) | (hi << 3);
        long r = low61 + rest;
        return r >= PRIME ? r - PRIME : r;
    }
}
