package dev.marsad.extract.ner;

/**
 * First-order Viterbi decoding over the tags of a {@link TagScheme}, under its constraints (IOB2: I-X only after
 * B-X or I-X; BILOU: I-X and L-X only inside an open name of type X, and every name closed by L-X or U-X).
 * Immutable, thread-safe.
 */
final class Viterbi {
    private static final Viterbi IOB2 = new Viterbi(TagScheme.IOB2);
    private static final Viterbi BILOU = new Viterbi(TagScheme.BILOU);

    private final TagScheme scheme;
    private final int tagCount;
    /** The tags allowed before each tag, ascending (so ties go to the lowest tag, as when trying them all). */
    private final int[][] previous;
    /** Whether a sentence may end on each tag. */
    private final boolean[] last;

    private Viterbi(TagScheme scheme) {
        this.scheme = scheme;
        tagCount = scheme.count();
        previous = new int[tagCount][];
        last = new boolean[tagCount];
        for (int t = 0; t < tagCount; t++) {
            int tag = t;
            previous[t] = java.util.stream.IntStream.range(0, tagCount).filter(p -> scheme.allowed(p, tag)).toArray();
            last[t] = scheme.allowedLast(t);
        }
    }

    static Viterbi of(TagScheme scheme) {
        return scheme == TagScheme.IOB2 ? IOB2 : BILOU;
    }

    /**
     * The best tag sequence.
     *
     * @param emissions {@code n * T} scores, token-major
     * @param transitions {@code (T + 1) * T} scores; row {@code T} is the sentence start
     */
    int[] decode(float[] emissions, float[] transitions, int n) {
        int T = tagCount;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        // Scores of the previous and the current position only (the back pointers keep the path): two rows,
        // used in turn, instead of a row per token.
        float[] score = new float[2 * T];
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            score[t] = scheme.allowed(-1, t) ? emissions[t] + transitions[T * T + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int row = ((i - 1) & 1) * T;
            int cur = (i & 1) * T;
            for (int t = 0; t < T; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : previous[t]) {
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
        int at = ((n - 1) & 1) * T;
        for (int t = 1; t < T; t++) {
            if (last[t] && score[at + t] > score[at + arg]) {
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
