package dev.marsad.eval.story;

import dev.marsad.cluster.ClusterConfig;
import dev.marsad.cluster.ClusterInput;
import dev.marsad.cluster.InMemoryClusterState;
import dev.marsad.cluster.PairSimilarity;
import dev.marsad.eval.data.SemEvalOption;
import dev.marsad.eval.data.SemEvalPairs;
import dev.marsad.text.MatchTerms;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eval similarity}: Pearson correlation of the clusterer's pair score with SemEval-2022 Task 8
 * {@code Overall} labels on the Arabic–Arabic pairs. Sign convention: correlation with {@code 5 − Overall},
 * so higher is better. The title weight is chosen on training_set.csv only; testing_set.csv is scored once with
 * it. Document frequencies are counted over the texts of the file being scored (no labels involved), as the
 * online clusterer counts them over the stream it sees. Baseline, in the same run: plain TF-IDF cosine over
 * folded words (no stemming, no stop words).
 */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = "Pearson of pair similarity vs SemEval-2022 Task 8 Arabic labels (tune on train, report test).")
public final class SimilarityEvalCommand extends SemEvalCommand {
    @Override
    int run(SemEvalOption.Sample sample, PrintWriter out) throws Exception {
        List<SemEvalPairs.Pair> train = sample.train();
        List<SemEvalPairs.Pair> test = sample.test();
        double bestWeight = 0;
        double bestTrain = Double.NEGATIVE_INFINITY;
        for (int w = 0; w <= 6; w++) {
            double r = engine(train, ClusterConfig.DEFAULT.withWeights(w / 10.0, ClusterConfig.DEFAULT.entityWeight()));
            out.printf(Locale.ROOT, "train  leadWeight=%.1f  pearson=%.3f%n", w / 10.0, r);
            if (r > bestTrain + 1e-9) {
                bestTrain = r;
                bestWeight = w / 10.0;
            }
        }
        ClusterConfig tuned = ClusterConfig.DEFAULT.withWeights(bestWeight, ClusterConfig.DEFAULT.entityWeight());
        out.printf(Locale.ROOT, "train  baseline plain TF-IDF cosine  pearson=%.3f%n", baseline(train));
        out.printf(Locale.ROOT, "chosen on train: leadWeight=%.1f (train pearson %.3f)%n", bestWeight, bestTrain);
        out.printf(Locale.ROOT, "test (%d ar-ar pairs)  baseline plain TF-IDF cosine  pearson=%.3f%n", test.size(), baseline(test));
        out.printf(Locale.ROOT, "test (%d ar-ar pairs)  engine, default config        pearson=%.3f%n", test.size(), engine(test, ClusterConfig.DEFAULT));
        out.printf(Locale.ROOT, "test (%d ar-ar pairs)  engine, tuned leadWeight     pearson=%.3f%n", test.size(), engine(test, tuned));
        out.println("sign: pearson of similarity with (5 - Overall); Overall 1 = same story, 4 = unrelated");
        // The join threshold read on real cross-outlet pairs: "same story" = Overall <= 2.
        double bestThreshold = 0;
        double bestF1 = -1;
        for (int t = 2; t <= 40; t += 2) {
            double f1 = sameStoryF1(train, ClusterConfig.DEFAULT, t / 100.0);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                bestThreshold = t / 100.0;
            }
        }
        out.printf(Locale.ROOT, "same-story decision (Overall <= 2): threshold chosen on train %.2f (train F1 %.3f); test F1 %.3f;"
                + " at the default threshold %.2f: train F1 %.3f, test F1 %.3f%n", bestThreshold, bestF1,
                sameStoryF1(test, ClusterConfig.DEFAULT, bestThreshold), ClusterConfig.DEFAULT.threshold(),
                sameStoryF1(train, ClusterConfig.DEFAULT, ClusterConfig.DEFAULT.threshold()),
                sameStoryF1(test, ClusterConfig.DEFAULT, ClusterConfig.DEFAULT.threshold()));
        out.flush();
        return 0;
    }

    /** F1 of "same story" (Overall <= 2) when a pair scoring at least {@code threshold} is called same-story. */
    static double sameStoryF1(List<SemEvalPairs.Pair> pairs, ClusterConfig config, double threshold) {
        double[] scores = scores(pairs, config);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean same = pairs.get(i).overall() <= 2.0;
            boolean predicted = scores[i] >= threshold;
            tp += same && predicted ? 1 : 0;
            fp += !same && predicted ? 1 : 0;
            fn += same && !predicted ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    static double engine(List<SemEvalPairs.Pair> pairs, ClusterConfig config) {
        double[] y = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            y[i] = 5 - pairs.get(i).overall();
        }
        return Stats.pearson(scores(pairs, config), y);
    }

    static double[] scores(List<SemEvalPairs.Pair> pairs, ClusterConfig config) {
        Map<String, ClusterInput> inputs = new HashMap<>();
        InMemoryClusterState frequencies = new InMemoryClusterState(config.postingCap());
        for (String text : texts(pairs)) {
            String[] tb = SemEvalPairs.titleAndBody(text);
            ClusterInput input = new ClusterInput(ClusterInput.counts(MatchTerms.of(tb[1])),
                    ClusterInput.counts(MatchTerms.of(tb[0])),
                    ClusterInput.counts(MatchTerms.of(ClusterInput.firstParagraph(tb[1]))), Set.of(), Optional.empty());
            inputs.put(text, input);
            Set<String> terms = new HashSet<>(input.body().keySet());
            terms.addAll(input.title().keySet());
            frequencies.countDocument(terms);
        }
        PairSimilarity similarity = new PairSimilarity(config);
        double[] x = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = similarity.score(inputs.get(pairs.get(i).text1()), inputs.get(pairs.get(i).text2()), frequencies);
        }
        return x;
    }

    static double baseline(List<SemEvalPairs.Pair> pairs) {
        Map<String, Integer> df = new HashMap<>();
        Set<String> texts = texts(pairs);
        for (String text : texts) {
            new HashSet<>(MatchTerms.words(text)).forEach(t -> df.merge(t, 1, Integer::sum));
        }
        double[] x = new double[pairs.size()];
        double[] y = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = cosine(vector(pairs.get(i).text1(), df, texts.size()), vector(pairs.get(i).text2(), df, texts.size()));
            y[i] = 5 - pairs.get(i).overall();
        }
        return Stats.pearson(x, y);
    }

    private static Set<String> texts(List<SemEvalPairs.Pair> pairs) {
        Set<String> texts = new LinkedHashSet<>();
        pairs.forEach(p -> {
            texts.add(p.text1());
            texts.add(p.text2());
        });
        return texts;
    }

    private static Map<String, Double> vector(String text, Map<String, Integer> df, int n) {
        Map<String, Double> tf = new HashMap<>();
        MatchTerms.words(text).forEach(t -> tf.merge(t, 1.0, Double::sum));
        tf.replaceAll((t, c) -> c * Math.log((double) n / df.get(t)));
        return tf;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
