package dev.marsad.eval.story;

import dev.marsad.model.Analysis;
import dev.marsad.text.MatchTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain baseline of {@code eval stories}: each page's own article as one TF-IDF vector over title and body
 * (the engine's matching terms; IDF counted over the day's pages), cosine similarity, and batch average-link
 * agglomerative clustering: the two clusters with the highest mean pairwise similarity merge while that mean
 * reaches the threshold. Batch and quadratic: a reference to beat, not a way to run a stream.
 */
final class AverageLinkBaseline {
    private AverageLinkBaseline() {
    }

    /** Each page's cluster number, from the pages' {@link #similarities} (worked out once per day, reused per threshold). */
    static List<Integer> cluster(double[][] sim, double threshold) {
        int n = sim.length;
        int[] size = new int[n];
        int[] clusterOf = new int[n];
        boolean[] alive = new boolean[n];
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            clusterOf[i] = i;
            alive[i] = true;
            link[i] = sim[i].clone();
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && link[i][j] >= best) {
                        best = link[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            // Lance–Williams update for average link: the merged cluster's mean similarity to every other.
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bi && k != bj) {
                    double merged = (link[bi][k] * size[bi] + link[bj][k] * size[bj]) / (size[bi] + size[bj]);
                    link[bi][k] = merged;
                    link[k][bi] = merged;
                }
            }
            size[bi] += size[bj];
            alive[bj] = false;
            for (int k = 0; k < n; k++) {
                if (clusterOf[k] == bj) {
                    clusterOf[k] = bi;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int c : clusterOf) {
            out.add(c);
        }
        return out;
    }

    /** The TF-IDF cosine of every two pages' own articles. */
    static double[][] similarities(List<Analysis> analyses) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Analysis a : analyses) {
            Map<String, Integer> c = new HashMap<>();
            if (!a.articles().isEmpty()) {
                var article = a.articles().get(0).article();
                for (String t : MatchTerms.of(article.metadata().title().orElse("") + "\n" + article.text())) {
                    c.merge(t, 1, Integer::sum);
                }
            }
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(c);
        }
        int n = counts.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((t, w) -> w / len);
            }
            vectors.add(v);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Map<String, Double> a = vectors.get(i);
                Map<String, Double> b = vectors.get(j);
                if (a.size() > b.size()) {
                    Map<String, Double> x = a;
                    a = b;
                    b = x;
                }
                double dot = 0;
                for (var e : a.entrySet()) {
                    Double w = b.get(e.getKey());
                    if (w != null) {
                        dot += e.getValue() * w;
                    }
                }
                sim[i][j] = dot;
                sim[j][i] = dot;
            }
        }
        return sim;
    }
}
