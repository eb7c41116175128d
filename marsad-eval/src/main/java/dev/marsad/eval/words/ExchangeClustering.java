package dev.marsad.eval.words;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Exchange word clustering (Kneser &amp; Ney 1993; Martin, Liermann &amp; Ney 1998; the "predictive" form of
 * Uszkoreit &amp; Brants 2008) with two-sided contexts: each word moves to the class that most raises the
 * likelihood of the class-based models P(class(w) | word before) P(w | class(w)) and P(class(w) | word after)
 * P(w | class(w)). For a fixed vocabulary the part of that log-likelihood that depends on the clustering is
 * {@code Σ N(ctx, c) log N(ctx, c) − 2 Σ N(c) log N(c)}, so a move is scored from the word's own context counts
 * alone. Deterministic: words are visited by falling frequency, ties go to the lowest class.
 *
 * <p>Written here because no maintained Java library does word clustering (Percy Liang's brown-cluster and
 * ClusterCat are C/C++ programs; word2vec in Deeplearning4j brings a native numerical stack far larger than
 * this class), and flat exchange clustering at two sizes costs minutes on two cores where agglomerative Brown
 * clustering over 100k words would take hours.
 */
final class ExchangeClustering {
    private static final int TABLE = 1 << 22;
    private static final double[] XLOGX = new double[TABLE];

    static {
        for (int i = 1; i < TABLE; i++) {
            XLOGX[i] = i * Math.log(i);
        }
    }

    /** Context counts of each clustered word, compressed rows: contexts {@code ctx[start[w]..start[w+1])}. */
    record Contexts(int words, int contexts, int[] start, int[] ctx, int[] count, long[] frequency) {
    }

    private ExchangeClustering() {
    }

    static double g(long x) {
        return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
    }

    /**
     * Classes (0..k-1) of each word after at most {@code maxIterations} passes, stopping early when a pass moves
     * fewer than {@code minMoved} of the words. {@code progress} receives the number of words moved in each pass.
     */
    static int[] cluster(Contexts data, int k, int maxIterations, double minMoved, IntConsumer progress) {
        int v = data.words();
        int[] cls = new int[v];
        for (int w = 0; w < v; w++) {
            cls[w] = w % k; // words come by falling frequency: the k most frequent start in classes of their own
        }
        int[] n = new int[Math.multiplyExact(data.contexts(), k)];
        long[] total = new long[k];
        for (int w = 0; w < v; w++) {
            add(data, n, total, k, w, cls[w], 1);
        }
        double[] delta = new double[k];
        for (int it = 0; it < maxIterations; it++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int from = cls[w];
                add(data, n, total, k, w, from, -1);
                long nw = data.frequency()[w];
                for (int b = 0; b < k; b++) {
                    delta[b] = -2 * (g(total[b] + nw) - g(total[b]));
                }
                for (int j = data.start()[w]; j < data.start()[w + 1]; j++) {
                    int row = data.ctx()[j] * k;
                    int c = data.count()[j];
                    double gc = g(c);
                    for (int b = 0; b < k; b++) {
                        int x = n[row + b];
                        delta[b] += x == 0 ? gc : g(x + c) - g(x);
                    }
                }
                int best = from;
                for (int b = 0; b < k; b++) {
                    if (delta[b] > delta[best] + 1e-9) {
                        best = b;
                    }
                }
                if (best != from) {
                    moved++;
                }
                cls[w] = best;
                add(data, n, total, k, w, best, 1);
            }
            progress.accept(moved);
            if (moved < minMoved * v) {
                break;
            }
        }
        return cls;
    }

    private static void add(Contexts data, int[] n, long[] total, int k, int w, int c, int sign) {
        for (int j = data.start()[w]; j < data.start()[w + 1]; j++) {
            n[data.ctx()[j] * k + c] += sign * data.count()[j];
        }
        total[c] += sign * data.frequency()[w];
    }

    /** Classes renumbered by first appearance in word order, so that class 0 holds the most frequent word. */
    static int[] renumber(int[] cls, int k) {
        int[] map = new int[k];
        Arrays.fill(map, -1);
        int next = 0;
        int[] out = new int[cls.length];
        for (int w = 0; w < cls.length; w++) {
            if (map[cls[w]] < 0) {
                map[cls[w]] = next++;
            }
            out[w] = map[cls[w]];
        }
        return out;
    }
}
