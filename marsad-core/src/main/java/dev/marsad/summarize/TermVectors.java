package dev.marsad.summarize;

import dev.marsad.text.MatchTerms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TF-IDF vectors of sentences within one story; IDF counts sentences of that story (centroid summarisation). */
final class TermVectors {
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;

    List<String> count(String text) {
        List<String> terms = MatchTerms.of(text);
        documents++;
        terms.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        return terms;
    }

    Map<String, Double> vector(List<String> terms) {
        Map<String, Double> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1.0, Double::sum));
        Map<String, Double> out = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * (Math.log((documents + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0)) + 1);
            out.put(e.getKey(), w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        if (n == 0) {
            return out;
        }
        out.replaceAll((k, v) -> v / n);
        return out;
    }

    static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            sum += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return sum;
    }

    static Map<String, Double> centroid(List<Map<String, Double>> vectors) {
        Map<String, Double> sum = new HashMap<>();
        vectors.forEach(v -> v.forEach((k, w) -> sum.merge(k, w, Double::sum)));
        double norm = Math.sqrt(sum.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            sum.replaceAll((k, v) -> v / norm);
        }
        return sum;
    }
}
