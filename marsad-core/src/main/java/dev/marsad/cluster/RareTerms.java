package dev.marsad.cluster;

import java.util.Arrays;

/**
 * An article's specific terms: term numbers in ascending order with their IDF at the article's arrival, every text
 * term of IDF at least {@link #MIN_IDF} (all of them, not only the vector's heaviest: an opinion column names the
 * event's place once among many words). Two articles meet in one merge pass. Immutable.
 */
final class RareTerms {
    /** IDF below which a term is everyday vocabulary (قال، المملكة): not counted as shared evidence. */
    static final double MIN_IDF = 4.0;
    static final RareTerms EMPTY = new RareTerms(new int[0], new float[0]);

    private final int[] terms;
    private final float[] idf;

    private RareTerms(int[] terms, float[] idf) {
        this.terms = terms;
        this.idf = idf;
    }

    /** The terms of {@code idf} (parallel to {@code terms}) at or above {@link #MIN_IDF}. */
    static RareTerms of(int[] terms, double[] idf) {
        return of(terms, idf, MIN_IDF);
    }

    /** The terms of {@code idf} (parallel to {@code terms}) at or above {@code minIdf}. */
    static RareTerms of(int[] terms, double[] idf, double minIdf) {
        Integer[] order = new Integer[terms.length];
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            if (idf[i] >= minIdf) {
                order[n++] = i;
            }
        }
        Integer[] kept = Arrays.copyOf(order, n);
        Arrays.sort(kept, (a, b) -> Integer.compare(terms[a], terms[b]));
        int[] t = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = terms[kept[i]];
            w[i] = (float) idf[kept[i]];
        }
        return new RareTerms(t, w);
    }

    int size() {
        return terms.length;
    }

    /** The term numbers, in ascending order (a copy). */
    int[] terms() {
        return terms.clone();
    }

    /** The {@code i}-th term number, in ascending order. */
    int term(int i) {
        return terms[i];
    }

    /** The IDF of the {@code i}-th term at the article's arrival. */
    double idf(int i) {
        return idf[i];
    }

    /** Whether {@code term} is among these terms. */
    boolean contains(int term) {
        return Arrays.binarySearch(terms, term) >= 0;
    }

    /**
     * What two articles share: {@code out[0]} terms shared with IDF ≥ {@code mid}, {@code out[1]} with IDF ≥
     * {@code high}, {@code out[2]} the sum of the smaller IDF of each shared term of IDF ≥ {@code mid}.
     */
    void shared(RareTerms other, double mid, double high, double[] out) {
        int i = 0;
        int j = 0;
        int countMid = 0;
        int countHigh = 0;
        double sum = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] < other.terms[j]) {
                i++;
            } else if (terms[i] > other.terms[j]) {
                j++;
            } else {
                double w = Math.min(idf[i], other.idf[j]);
                if (w >= mid) {
                    countMid++;
                    sum += w;
                }
                if (w >= high) {
                    countHigh++;
                }
                i++;
                j++;
            }
        }
        out[0] = countMid;
        out[1] = countHigh;
        out[2] = sum;
    }
}
