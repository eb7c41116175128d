package dev.marsad.text;

import java.util.BitSet;
import java.util.Collection;

/**
 * A quick "certainly not in the set" test for words of a small set, read straight from a char range: a bit per
 * value of the low 16 bits of {@link String#hashCode}. Scanners test every word of a long text against short
 * lists (month names, trigger words); this rules out nearly all of them without cutting the word out as a
 * string first. A hit still needs the exact set look-up. Immutable, thread-safe.
 */
public final class WordFilter {
    private final BitSet bits = new BitSet(1 << 16);

    private WordFilter(Collection<String> words) {
        for (String w : words) {
            bits.set(w.hashCode() & 0xFFFF);
        }
    }

    public static WordFilter of(Collection<String> words) {
        return new WordFilter(words);
    }

    /** False when {@code s[from, to)} is certainly none of the words. */
    public boolean mayContain(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return bits.get(h & 0xFFFF);
    }

    /**
     * False when {@code s[from, to)} lower-cased is certainly none of the words. Lower-cases char by char, which
     * differs from {@link String#toLowerCase} only for İ and final Σ, letters no word of these lists holds.
     */
    public boolean mayContainLowerCased(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return bits.get(h & 0xFFFF);
    }

    /**
     * {@link #mayContain} of {@code s[from, s.length())}, from the hash the string caches: the polynomial hash of
     * a tail is the whole one less the terms of the chars cut off, exactly so in int arithmetic. Words are tested
     * whole and without a leading conjunction or preposition; this hashes them once for both.
     */
    public boolean mayContainTail(String s, int from) {
        int h = s.hashCode();
        if (from > 0) {
            // Leading chars' terms, Horner's rule: (c0·31^(from-1) + … + c_{from-1}) · 31^(n-from).
            int head = 0;
            for (int i = 0; i < from; i++) {
                head = 31 * head + s.charAt(i);
            }
            h -= head * pow31(s.length() - from);
        }
        return bits.get(h & 0xFFFF);
    }

    private static final int[] POW31 = powers(64);

    private static int[] powers(int n) {
        int[] p = new int[n];
        p[0] = 1;
        for (int i = 1; i < n; i++) {
            p[i] = p[i - 1] * 31;
        }
        return p;
    }

    private static int pow31(int e) {
        if (e < POW31.length) {
            return POW31[e];
        }
        int p = 1;
        for (int i = 0; i < e; i++) {
            p *= 31;
        }
        return p;
    }

    /** False when no word has this {@link String#hashCode}. */
    public boolean mayContainHash(int hash) {
        return bits.get(hash & 0xFFFF);
    }

    /** {@link Character#toLowerCase(char)}, without its table look-up for ASCII and caseless Arabic. */
    public static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c >= 0x0600 && c <= 0x06FF ? c : Character.toLowerCase(c);
    }
}
