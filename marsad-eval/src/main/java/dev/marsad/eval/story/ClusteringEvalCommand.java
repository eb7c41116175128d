package dev.marsad.eval.story;

import dev.marsad.cluster.ClusterConfig;
import dev.marsad.dedupe.DedupeConfig;
import dev.marsad.eval.data.SemEvalOption;
import dev.marsad.eval.data.SemEvalPairs;
import dev.marsad.model.ArticleRef;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import dev.marsad.pipeline.StoryRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eval clustering}: B-cubed P/R/F1 of the online story engine (dedupe + clusterer) on synthetic
 * streams ({@link SyntheticStream}) built from SemEval-2022 Task 8 Arabic articles. Gold stories: unique
 * texts, joined when a pair is labelled Overall = 1 (same story). The threshold, title weight and time decay are
 * tuned on a stream from training_set.csv texts; the test stream uses testing_set.csv texts not in training.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = "B-cubed F1 of online story clustering on synthetic streams from real Arabic articles.")
public final class ClusteringEvalCommand extends SemEvalCommand {
    static final long TRAIN_SEED = 20230901L;
    static final long TEST_SEED = 20230902L;

    @Override
    int run(SemEvalOption.Sample sample, PrintWriter out) throws Exception {
        List<SemEvalPairs.Pair> trainPairs = sample.train();
        List<SemEvalPairs.Pair> testPairs = sample.test();
        List<List<String>> trainGold = goldStories(trainPairs, Set.of());
        List<List<String>> testGold = goldStories(testPairs, texts(trainPairs));
        List<SyntheticStream.Item> train = SyntheticStream.build(trainGold, TRAIN_SEED);
        List<SyntheticStream.Item> test = SyntheticStream.build(testGold, TEST_SEED);
        out.printf(Locale.ROOT, "train stream: %d articles in %d stories; test stream: %d articles in %d stories%n",
                train.size(), trainGold.size(), test.size(), testGold.size());
        ClusterConfig best = ClusterConfig.DEFAULT;
        double bestF1 = -1;
        for (double title : new double[] {0.1, 0.2, 0.3}) {
            for (double decay : new double[] {2, 4, 8}) {
                for (int t = 4; t <= 50; t += 2) {
                    ClusterConfig c = ClusterConfig.DEFAULT.withWeights(title, ClusterConfig.DEFAULT.entityWeight())
                            .withDecayDays(decay).withThreshold(t / 100.0);
                    double f1 = run(train, c).f1();
                    if (f1 > bestF1 + 1e-9) {
                        bestF1 = f1;
                        best = c;
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "tuned on train: threshold=%.2f leadWeight=%.1f decayDays=%.0f (train F1 %.3f)%n",
                best.threshold(), best.leadWeight(), best.decayDays(), bestF1);
        report(out, "singletons (every article its own story)", singletons(test), test);
        report(out, "dedupe only (MinHash wire copies joined)", run(test, ClusterConfig.DEFAULT.withThreshold(2).withEventRule(null)), test);
        report(out, "engine, default config", run(test, ClusterConfig.DEFAULT), test);
        report(out, "engine, tuned on train", run(test, best), test);
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, String name, BCubed b, List<SyntheticStream.Item> stream) {
        out.printf(Locale.ROOT, "test  %-42s P=%.3f R=%.3f F1=%.3f%n", name, b.precision(), b.recall(), b.f1());
    }

    static BCubed run(List<SyntheticStream.Item> stream, ClusterConfig config) {
        StoryRun run = StoryPipeline.standard(new StoryConfig(DedupeConfig.DEFAULT, config, 5)).newRun();
        List<Integer> gold = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (int i = 0; i < stream.size(); i++) {
            gold.add(stream.get(i).gold());
            predicted.add(run.add(new ArticleRef("stream", i), stream.get(i).article()));
        }
        // A story may have been merged into another after an article was placed in it.
        predicted.replaceAll(run::holder);
        return BCubed.score(gold, predicted);
    }

    private static BCubed singletons(List<SyntheticStream.Item> stream) {
        List<Integer> gold = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (int i = 0; i < stream.size(); i++) {
            gold.add(stream.get(i).gold());
            predicted.add(i);
        }
        return BCubed.score(gold, predicted);
    }

    private static Set<String> texts(List<SemEvalPairs.Pair> pairs) {
        Set<String> out = new java.util.HashSet<>();
        pairs.forEach(p -> {
            out.add(p.text1());
            out.add(p.text2());
        });
        return out;
    }

    /** Unique texts (minus {@code exclude}), joined into one story when a pair says Overall = 1. */
    static List<List<String>> goldStories(List<SemEvalPairs.Pair> pairs, Set<String> exclude) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (SemEvalPairs.Pair p : pairs) {
            for (String t : List.of(p.text1(), p.text2())) {
                if (!exclude.contains(t)) {
                    parent.putIfAbsent(t, t);
                }
            }
        }
        for (SemEvalPairs.Pair p : pairs) {
            if (p.overall() <= 1.0 && parent.containsKey(p.text1()) && parent.containsKey(p.text2())) {
                parent.put(root(parent, p.text1()), root(parent, p.text2()));
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String t : parent.keySet()) {
            groups.computeIfAbsent(root(parent, t), r -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(groups.values());
    }

    private static String root(Map<String, String> parent, String t) {
        String r = t;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

}
