package dev.marsad.extract.ner;

import java.util.List;
import java.util.Random;

/**
 * One structured perceptron of {@link NerTrainer}: its weights, their running sums for averaging, and its shuffle.
 * Not thread-safe.
 */
final class Perceptron {
    private final int T;
    private final Viterbi viterbi;

    final float[] w;
    final double[] u;
    final float[] tw;
    final double[] tu;
    final int[] order;
    final Random random;
    long c = 1;

    Perceptron(int nRows, int sentences, long seed, TagScheme scheme) {
        this.viterbi = Viterbi.of(scheme);
        T = scheme.count();
        tw = new float[(T + 1) * T];
        tu = new double[(T + 1) * T];
        w = new float[nRows * T];
        u = new double[nRows * T];
        order = new int[sentences];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        random = new Random(seed);
    }

    /** One pass over the data; {@code gold} in this perceptron's scheme. */
    void epoch(List<int[][]> data, List<int[]> gold) {
        shuffle(order, random);
        for (int s : order) {
            int[][] sentence = data.get(s);
            int[] want = gold.get(s);
            int[] got = viterbi.decode(emissions(sentence, w, T), tw, sentence.length);
            for (int i = 0; i < sentence.length; i++) {
                if (got[i] != want[i]) {
                    for (int row : sentence[i]) {
                        w[row * T + want[i]] += 1;
                        u[row * T + want[i]] += c;
                        w[row * T + got[i]] -= 1;
                        u[row * T + got[i]] -= c;
                    }
                }
                int pw = i == 0 ? T : want[i - 1];
                int pg = i == 0 ? T : got[i - 1];
                if (pw != pg || want[i] != got[i]) {
                    tw[pw * T + want[i]] += 1;
                    tu[pw * T + want[i]] += c;
                    tw[pg * T + got[i]] -= 1;
                    tu[pg * T + got[i]] -= c;
                }
            }
            c++;
        }
    }

    /** Emission scores of one sentence under the current (not averaged) weights. */
    private static float[] emissions(int[][] sentence, float[] w, int T) {
        float[] e = new float[sentence.length * T];
        for (int i = 0; i < sentence.length; i++) {
            for (int row : sentence[i]) {
                for (int t = 0; t < T; t++) {
                    e[i * T + t] += w[row * T + t];
                }
            }
        }
        return e;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
