package dev.marsad.extract.ner;

/** First-order Viterbi decoding over {@link NerTags} with the IOB2 constraint. Thread-safe (stateless). */
final class Viterbi {
    private static final int T = NerTags.COUNT;

    /** The tags allowed before each tag, ascending (so ties go to the lowest tag, as when trying them all). */
    private static final int[][] PREVIOUS = previous();
    /** Tags whose allowed predecessors are exactly the tag before and itself (B-X, I-X before I-X). */
    private static final boolean[] INSIDE = inside();

    private Viterbi() {
    }

    private static boolean[] inside() {
        boolean[] out = new boolean[T];
        for (int t = 0; t < T; t++) {
            out[t] = NerTags.isInside(t);
            int[] expected = out[t] ? new int[] {t - 1, t} : java.util.stream.IntStream.range(0, T).toArray();
            if (!java.util.Arrays.equals(PREVIOUS[t], expected)) {
                throw new IllegalStateException("decoding assumes IOB2 tags: I-X right after B-X");
            }
        }
        return out;
    }

    private static int[][] previous() {
        int[][] out = new int[T][];
        for (int t = 0; t < T; t++) {
            int finalT = t;
            out[t] = java.util.stream.IntStream.range(0, T).filter(p -> NerTags.allowed(p, finalT)).toArray();
        }
        return out;
    }

    /**
     * The best tag sequence.
     *
     * @param emissions {@code n * T} scores, token-major
     * @param transitions {@code (T + 1) * T} scores; row {@code T} is the sentence start
     */
    static int[] decode(float[] emissions, float[] transitions, int n) {
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        // Scores of the previous and the current position only (the back pointers keep the path): two rows,
        // used in turn, instead of a row per token.
        float[] score = new float[2 * T];
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            score[t] = NerTags.allowed(-1, t) ? emissions[t] + transitions[T * T + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int row = ((i - 1) & 1) * T;
            int cur = (i & 1) * T;
            for (int t = 0; t < T; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                // The same maximum as over PREVIOUS[t] in order, with a loop of constant bounds the compiler
                // unrolls: every tag for O and B-X, B-X then I-X for I-X (checked against PREVIOUS when loaded).
                int from = INSIDE[t] ? t - 1 : 0;
                int to = INSIDE[t] ? t + 1 : T;
                for (int p = from; p < to; p++) {
                    float s = score[row + p] + transitions[p * T + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                score[cur + t] = top + emissions[i * T + t];
                back[i * T + t] = arg;
            }
        }
        int arg = 0;
        int last = ((n - 1) & 1) * T;
        for (int t = 1; t < T; t++) {
            if (score[last + t] > score[last + arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i * T + arg];
        }
        return best;
    }
}
