package dev.marsad.extract.ner;

/**
 * The probability of a token's decoded tag given the tags decoded before and after it: a softmax of emission plus
 * transition scores over the tags allowed there. A rough, uncalibrated confidence, used for the confidence of a
 * found name and to pick sentences the model is sure of for self-training. Stateless.
 */
final class TagConfidence {
    private TagConfidence() {
    }

    /** The confidence of {@code tags[i]} (of {@code scheme}), with emissions token-major ({@code scheme.count()} per token). */
    static double of(float[] e, float[] trans, int[] tags, int i, TagScheme scheme) {
        int t = scheme.count();
        int prev = i == 0 ? t : tags[i - 1];
        double[] s = new double[t];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < t; k++) {
            boolean ok = scheme.allowed(i == 0 ? -1 : prev, k)
                    && (i + 1 >= tags.length ? scheme.allowedLast(k) : scheme.allowed(k, tags[i + 1]));
            s[k] = ok ? e[i * t + k] + trans[prev * t + k] + (i + 1 < tags.length ? trans[k * t + tags[i + 1]] : 0)
                    : Double.NEGATIVE_INFINITY;
            max = Math.max(max, s[k]);
        }
        double z = 0;
        for (int k = 0; k < t; k++) {
            z += Math.exp(s[k] - max);
        }
        return Math.exp(s[tags[i]] - max) / z;
    }
}
