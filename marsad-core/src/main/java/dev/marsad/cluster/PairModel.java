package dev.marsad.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model of "these two articles report the same story", learnt from labelled days
 * ({@code ./marsad train pairs}): probability = σ(w · features), the features those of {@link PairFeatures}. Used by
 * the clusterer only when {@link ClusterConfig#pairModel()} is set; the shipped configuration does not set it (on
 * the two labelled days it did not beat the hand-set similarity, docs/EVALUATION.md). Immutable.
 */
public final class PairModel {
    private final double[] weights;

    public PairModel(double[] weights) {
        if (weights.length != PairFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + PairFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The feature names, in the order of {@link #weights()}. */
    public static List<String> featureNames() {
        return PairFeatures.NAMES;
    }

    public double[] weights() {
        return weights.clone();
    }

    /** The probability that two articles with these features report the same story. */
    double probability(double[] features) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    double probability(ArticleProfile a, ArticleProfile b) {
        return probability(PairFeatures.of(a, b));
    }

    /** The model as its file holds it: comment lines, then {@code feature<TAB>weight} per line. */
    public String write(List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        for (int i = 0; i < weights.length; i++) {
            out.append(PairFeatures.NAMES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        return out.toString();
    }

    /** Reads a model file (see {@link #write}); every feature must have its weight. */
    public static PairModel read(InputStream in) throws IOException {
        Map<String, Double> byName = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IOException("pair model: bad line '" + line + "'");
            }
            byName.put(parts[0].strip(), Double.parseDouble(parts[1].strip()));
        }
        List<String> missing = new ArrayList<>(PairFeatures.NAMES);
        missing.removeAll(byName.keySet());
        if (!missing.isEmpty()) {
            throw new IOException("pair model: no weight for " + missing);
        }
        return new PairModel(PairFeatures.NAMES.stream().mapToDouble(byName::get).toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairModel other && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "PairModel" + Arrays.toString(weights);
    }
}
