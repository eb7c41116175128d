package dev.marsad.dedupe;

import dev.marsad.text.MatchTerms;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles of folded text. Thread-safe (immutable).
 *
 * <p>Rules: text is folded ({@code ArabicNormalizer}) and split into words, so أحمد/احمد and ی/ي variants of
 * one wire copy give the same shingles; shingles are {@code shingleSize} consecutive words; each of
 * {@code hashes} permutations is the multiply-add hash {@code a·h + b} over 64-bit words (a odd; Dietzfelbinger
 * et al. 1997) applied to a 64-bit FNV-1a shingle hash, minimised as an unsigned number; seeds are fixed so
 * that signatures are stable across runs and can be stored. Multiply-add replaced an exact mod-(2^61−1)
 * permutation because it is three times cheaper and MinHash needs only approximately min-wise hashes.
 *
 * <p>Hand-written because no maintained Java MinHash library is published on Maven Central (java-lsh by
 * tdebatty is unmaintained since 2017); the algorithm is twenty lines (Broder 1997).
 */
public final class MinHasher {
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
            a[i] = random.nextLong() | 1L;
            b[i] = random.nextLong();
        }
    }

    /** The signature of {@code text}; a text shorter than one shingle gives its single-shingle signature. */
    public long[] signature(String text) {
        return signature(MatchTerms.words(text));
    }

    /** The signature of folded words (see {@code MatchTerms.words}). */
    public long[] signature(List<String> words) {
        long[] sig = new long[a.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - shingleSize + 1);
        for (int s = 0; s < shingles; s++) {
            long h = shingleHash(words, s, Math.min(words.size(), s + shingleSize));
            for (int i = 0; i < a.length; i++) {
                // Flipping the sign bit turns unsigned order into signed order, so sig starts at MAX_VALUE.
                long v = (a[i] * h + b[i]) ^ Long.MIN_VALUE;
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
            String w = words.get(i);
            for (int k = 0; k < w.length(); k++) {
                h = (h ^ w.charAt(k)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return h;
    }
}
