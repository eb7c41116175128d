package dev.marsad.cluster;

import java.util.Arrays;

/**
 * A unit-length sparse vector over term numbers, sorted by term number so that two vectors meet in one merge
 * pass. Immutable.
 */
final class TermVector {
    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    private final int[] terms;
    private final float[] weights;

    private TermVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * The vector of {@code weights} (parallel to {@code terms}) scaled to unit length over all of them, then cut to
     * the {@code keep} heaviest: the tail adds cost and almost nothing to a cosine.
     */
    static TermVector of(int[] terms, double[] weights, int keep) {
        int n = terms.length;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        if (n == 0 || sum == 0) {
            return EMPTY;
        }
        double norm = Math.sqrt(sum);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n > keep) {
            // Heaviest first, ties by term number so that the cut does not depend on map order.
            Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                    : Integer.compare(terms[a], terms[b]));
            order = Arrays.copyOf(order, keep);
        }
        Arrays.sort(order, (a, b) -> Integer.compare(terms[a], terms[b]));
        int[] t = new int[order.length];
        float[] w = new float[order.length];
        for (int i = 0; i < order.length; i++) {
            t[i] = terms[order[i]];
            w[i] = (float) (weights[order[i]] / norm);
        }
        return new TermVector(t, w);
    }

    boolean isEmpty() {
        return terms.length == 0;
    }

    /** Whether the vector holds {@code term} (kept terms are in ascending order). */
    boolean contains(int term) {
        return Arrays.binarySearch(terms, term) >= 0;
    }

    /**
     * Writes the weights into {@code dense} at their term numbers, in an array grown when a term lies beyond it (the
     * array returned); {@link #clear} undoes it.
     */
    float[] spread(float[] dense) {
        int needed = terms.length == 0 ? 0 : terms[terms.length - 1] + 1;
        float[] out = dense.length >= needed ? dense : Arrays.copyOf(dense, Math.max(needed, dense.length * 2));
        for (int i = 0; i < terms.length; i++) {
            out[terms[i]] = weights[i];
        }
        return out;
    }

    /** Sets the entries {@link #spread} wrote back to zero. */
    void clear(float[] dense) {
        for (int term : terms) {
            dense[term] = 0;
        }
    }

    /**
     * The cosine with the vector spread over {@code dense} (both unit length), in [0, 1]: the same sum as
     * {@link #dot(TermVector)}, term by term in ascending order, where a term the other lacks adds an exact zero.
     */
    double dot(float[] dense) {
        int[] a = terms;
        float[] w = weights;
        int n = a.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int term = a[i];
            if (term >= dense.length) {
                break;
            }
            sum += dense[term] * w[i];
        }
        return Math.min(1, sum);
    }

    /** The cosine with {@code other} (both unit length), in [0, 1]. */
    double dot(TermVector other) {
        int[] a = terms;
        int[] b = other.terms;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                sum += weights[i++] * other.weights[j++];
            }
        }
        return Math.min(1, sum);
    }
}
