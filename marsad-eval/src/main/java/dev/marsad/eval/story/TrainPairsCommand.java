package dev.marsad.eval.story;

import dev.marsad.cluster.ClusterConfig;
import dev.marsad.cluster.ClusterInput;
import dev.marsad.cluster.PairModel;
import dev.marsad.eval.data.StoryDays;
import dev.marsad.eval.ner.NerPaths;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train pairs}: fits the story clusterer's pair model ({@link PairModel}, {@code pair-model.tsv}) on the
 * labelled development days of {@code story-days} (never on the unseen days) and reports it cross-day: the model
 * fitted on one day, its join threshold chosen on that day, scored on the other day, both ways. Then the model on
 * both days, its threshold the best mean over them, which {@code --out} saves. Deterministic. The engine does not
 * ship a pair model: on these days it did not beat the hand-set similarity (docs/EVALUATION.md).
 */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = "Fit the story clusterer's pair model on the labelled development days and report it cross-day.")
public final class TrainPairsCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--out", description = "write the model fitted on both days to this file (not shipped: see docs/EVALUATION.md)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--cache", description = "keep the analysed days' clusterer inputs in this file and reuse them "
            + "(a tuning loop's shortcut: stale once the analysis changes)")
    Optional<Path> cache = Optional.empty();

    @Option(names = "--diagnose", description = "also print, per day, how often an article's most probable earlier article "
            + "is in its gold story, and how many story starters and joiners have an earlier article above each cut")
    boolean diagnose;

    @Option(names = "--link", defaultValue = "2", description = "a story's score: the mean probability of this many "
            + "best-matching members (default ${DEFAULT-VALUE}, as the shipped engine)")
    int linkOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final double[] GRID = grid();

    @Override
    public Integer call() throws IOException, ClassNotFoundException {
        PrintWriter log = spec.commandLine().getOut();
        link = linkOption;
        Path folder = NerPaths.dataDir(data).resolve("story-days");
        if (!Files.isDirectory(folder)) {
            log.println("train pairs: skipped, story-days not found under the data folder");
            log.flush();
            return 0;
        }
        List<PairTrainer.Stream> days = cache.isPresent() && Files.isRegularFile(cache.get()) ? readCache(cache.get()) : analyse(folder);
        if (cache.isPresent() && !Files.isRegularFile(cache.get())) {
            writeCache(cache.get(), days);
        }
        for (PairTrainer.Stream day : days) {
            log.printf(Locale.ROOT, "%s: hand-set mix as shipped (t=%.2f): F1 %.3f%n", day.name(), ClusterConfig.DEFAULT.threshold(),
                    f1(day, ClusterConfig.DEFAULT));
        }
        for (int a = 0; a < days.size(); a++) {
            PairTrainer.Stream train = days.get(a);
            PairModel model = PairTrainer.fit(List.of(train));
            double t = best(List.of(train), model);
            log.printf(Locale.ROOT, "model fitted on %s, threshold %.3f chosen there (F1 %.3f there):%n", train.name(), t,
                    f1(train, config(model, t)));
            for (int b = 0; b < days.size(); b++) {
                if (b != a) {
                    PairTrainer.Stream test = days.get(b);
                    double there = best(List.of(test), model);
                    log.printf(Locale.ROOT, "  on %s: F1 %.3f (diagnostic, threshold best there %.3f: F1 %.3f)%n", test.name(),
                            f1(test, config(model, t)), there, f1(test, config(model, there)));
                }
            }
            log.println("  weights " + weights(model));
            log.flush();
        }
        PairModel model = PairTrainer.fit(days);
        double t = best(days, model);
        log.printf(Locale.ROOT, "model fitted on all %d days, threshold %.3f (best mean):%n", days.size(), t);
        for (PairTrainer.Stream day : days) {
            log.printf(Locale.ROOT, "  %s: F1 %.3f%n", day.name(), f1(day, config(model, t)));
        }
        log.println("  weights " + weights(model));
        log.flush();
        if (diagnose) {
            days.forEach(day -> diagnose(log, day, model));
        }
        if (out.isPresent()) {
            Path target = out.get();
            List<String> comments = List.of("Pair model of the story clusterer (dev.marsad.cluster.PairModel); see docs/EVALUATION.md.",
                    "Written by ./marsad train pairs --out: logistic regression on every article pair of "
                            + String.join(", ", days.stream().map(PairTrainer.Stream::name).toList()) + ".",
                    String.format(Locale.ROOT, "Join threshold chosen with it (best mean F1 over those days): %.3f", t));
            Files.writeString(target, model.write(comments), StandardCharsets.UTF_8);
            log.println("wrote " + target);
        }
        log.flush();
        return 0;
    }

    static int link = 2;

    /**
     * How separable a day's pairs are under {@code model} (the model fitted on all days: in-sample): how often an article's most probable earlier article is in
     * its gold story (of those with an earlier article in it), and at each cut how many story starters (no earlier
     * article in their gold story) would still find an earlier article above it, against how many joiners would.
     */
    private static void diagnose(PrintWriter log, PairTrainer.Stream day, PairModel model) {
        double[][][] f = dev.marsad.cluster.PairTraining.features(day.inputs(), ClusterConfig.DEFAULT);
        double[] cuts = {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7};
        int[] startersAbove = new int[cuts.length];
        int[] joinersAbove = new int[cuts.length];
        int joiners = 0;
        int nearestRight = 0;
        int starters = 0;
        for (int i = 0; i < f.length; i++) {
            double same = -1;
            double other = -1;
            for (int j = 0; j < i; j++) {
                double p = PairTrainer.probability(model, f[i][j]);
                if (day.gold().get(i).equals(day.gold().get(j))) {
                    same = Math.max(same, p);
                } else {
                    other = Math.max(other, p);
                }
            }
            boolean joiner = same >= 0;
            joiners += joiner ? 1 : 0;
            starters += joiner ? 0 : 1;
            nearestRight += joiner && same > other ? 1 : 0;
            for (int k = 0; k < cuts.length; k++) {
                if (joiner && same >= cuts[k]) {
                    joinersAbove[k]++;
                } else if (!joiner && other >= cuts[k]) {
                    startersAbove[k]++;
                }
            }
        }
        log.printf(Locale.ROOT, "%s: the most probable earlier article is in the gold story for %d of %d joiners%n", day.name(),
                nearestRight, joiners);
        for (int k = 0; k < cuts.length; k++) {
            log.printf(Locale.ROOT, "  cut %.2f: starters with an earlier article above it %d of %d; joiners with a same-story one %d of %d%n",
                    cuts[k], startersAbove[k], starters, joinersAbove[k], joiners);
        }
    }

    static ClusterConfig config(PairModel model, double threshold) {
        return ClusterConfig.DEFAULT.withPairModel(model).withThreshold(threshold).withLinkMembers(link);
    }

    static double f1(PairTrainer.Stream day, ClusterConfig config) {
        return BCubed.score(day.gold(), PairTrainer.cluster(day, config)).f1();
    }

    /** The threshold of the grid with the best mean F1 over {@code days}; ties to the lower one. */
    static double best(List<PairTrainer.Stream> days, PairModel model) {
        double best = GRID[0];
        double bestF1 = -1;
        for (double t : GRID) {
            double sum = 0;
            for (PairTrainer.Stream day : days) {
                sum += f1(day, config(model, t));
            }
            if (sum / days.size() > bestF1 + 1e-9) {
                bestF1 = sum / days.size();
                best = t;
            }
        }
        return best;
    }

    private static String weights(PairModel model) {
        StringBuilder s = new StringBuilder();
        double[] w = model.weights();
        for (int i = 0; i < w.length; i++) {
            s.append(String.format(Locale.ROOT, "%s=%.3f ", PairModel.featureNames().get(i), w[i]));
        }
        return s.toString().strip();
    }

    private static double[] grid() {
        double[] g = new double[19];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.round((0.05 + i * 0.05) * 1000) / 1000.0;
        }
        return g;
    }

    private static List<PairTrainer.Stream> analyse(Path folder) throws IOException {
        List<PairTrainer.Stream> out = new ArrayList<>();
        for (StoryDays.Day day : StoryDays.load(folder)) {
            out.add(PairTrainer.Stream.of(EvalStoriesCommand.analyse(day)));
        }
        return out;
    }

    private static void writeCache(Path file, List<PairTrainer.Stream> days) throws IOException {
        try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(file))) {
            o.writeInt(days.size());
            for (PairTrainer.Stream day : days) {
                o.writeUTF(day.name());
                o.writeInt(day.inputs().size());
                for (int i = 0; i < day.inputs().size(); i++) {
                    ClusterInput in = day.inputs().get(i);
                    o.writeObject(new HashMap<>(in.body()));
                    o.writeObject(new HashMap<>(in.title()));
                    o.writeObject(new HashMap<>(in.lead()));
                    o.writeObject(new HashSet<>(in.entities()));
                    o.writeUTF(in.day().map(LocalDate::toString).orElse(""));
                    o.writeInt(day.gold().get(i));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<PairTrainer.Stream> readCache(Path file) throws IOException, ClassNotFoundException {
        List<PairTrainer.Stream> out = new ArrayList<>();
        try (ObjectInputStream o = new ObjectInputStream(Files.newInputStream(file))) {
            int days = o.readInt();
            for (int d = 0; d < days; d++) {
                String name = o.readUTF();
                int n = o.readInt();
                List<ClusterInput> inputs = new ArrayList<>();
                List<Integer> gold = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    var body = (HashMap<String, Integer>) o.readObject();
                    var title = (HashMap<String, Integer>) o.readObject();
                    var lead = (HashMap<String, Integer>) o.readObject();
                    var entities = (HashSet<String>) o.readObject();
                    String day = o.readUTF();
                    inputs.add(new ClusterInput(body, title, lead, entities,
                            day.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(day))));
                    gold.add(o.readInt());
                }
                out.add(new PairTrainer.Stream(name, inputs, gold));
            }
        }
        return out;
    }
}
