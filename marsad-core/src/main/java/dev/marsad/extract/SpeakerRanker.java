package dev.marsad.extract;

import dev.marsad.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Picks a quotation's speaker among its {@link SpeakerOption}s with a learnt log-linear ranker (a conditional logit:
 * the options of one quote compete in one softmax, each scored by the sum of its features' weights). Trained by
 * {@code ./marsad train speakers} on labelled quotations; the weights ship as {@code speaker-ranker.tsv}
 * (model card {@code speaker-ranker.MODEL.md}).
 *
 * <p>Hand-written rather than OpenNLP's maxent because choosing one speaker among a quote's options is a ranking:
 * OpenNLP classifies each option on its own (speaker / not speaker) and cannot normalise over the options of one
 * quote, and a plain file of named weights can be read and reviewed. Training is deterministic (full-batch AdaGrad
 * from zero weights, features in sorted order). Immutable; thread-safe.
 */
public final class SpeakerRanker {
    /** The committed model's resource name, beside this class. */
    public static final String RESOURCE = "speaker-ranker.tsv";

    private final Map<String, Double> weights;

    private SpeakerRanker(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The committed model (no weights at all ranks the rules' own option first: the rules' output). */
    public static SpeakerRanker committed() {
        return Committed.MODEL;
    }

    private static final class Committed {
        static final SpeakerRanker MODEL = parse(ResourceLines.read(Lexicon.BASE + RESOURCE));
    }

    /** A ranker from {@code feature<TAB>weight} lines. */
    public static SpeakerRanker parse(List<String> lines) {
        Map<String, Double> w = new HashMap<>();
        for (String line : lines) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("speaker ranker: not feature<TAB>weight: " + line);
            }
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new SpeakerRanker(w);
    }

    /** The weights as {@code feature<TAB>weight} lines, sorted by feature (weights below 1e-6 left out). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-6) {
                out.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()));
            }
        }
        return out;
    }

    /** The number of weights. */
    public int size() {
        return weights.size();
    }

    /** The score of one option: the sum of its features' weights. */
    public double score(SpeakerOption option) {
        double s = 0;
        for (String f : option.features()) {
            s += weights.getOrDefault(f, 0.0);
        }
        return s;
    }

    /** The best-scoring option's index; ties go to the earlier option (the rules' own comes first). */
    public int pick(List<SpeakerOption> options) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < options.size(); i++) {
            double s = score(options.get(i));
            if (s > bestScore + 1e-9) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * The rules' own option (index 0) unless the best-scoring option beats it by more than {@code margin} (in log-odds:
     * the ranker finds it more than e^margin times as likely). A margin of 0 is {@link #pick}; a large one keeps the
     * rules. The learnt ranker overruling the rules only where it is clearly surer is how a model trained on a few
     * hundred quotations can correct the rules without undoing what they get right.
     */
    public int pickOverRules(List<SpeakerOption> options, double margin) {
        int best = pick(options);
        return best != 0 && score(options.get(best)) - score(options.get(0)) > margin ? best : 0;
    }

    /** One training quotation: its options and the index of the right one. */
    public record Example(List<SpeakerOption> options, int gold) {
        public Example {
            options = List.copyOf(options);
            if (gold < 0 || gold >= options.size()) {
                throw new IllegalArgumentException("gold option " + gold + " of " + options.size());
            }
        }
    }

    /** Training settings: AdaGrad passes over all examples, L2 penalty per weight, AdaGrad step. */
    public record Settings(int iterations, double l2, double rate) {
        public static final Settings DEFAULT = new Settings(400, 0.05, 0.2);
    }

    /**
     * Maximises the conditional log-likelihood of the right options, with an L2 penalty: full-batch AdaGrad from zero
     * weights, so the same examples always give the same model.
     */
    public static SpeakerRanker train(List<Example> examples, Settings settings) {
        TreeSet<String> names = new TreeSet<>();
        examples.forEach(x -> x.options().forEach(o -> names.addAll(o.features())));
        List<String> index = new ArrayList<>(names);
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            id.put(index.get(i), i);
        }
        List<int[][]> data = new ArrayList<>(examples.size());
        for (Example x : examples) {
            int[][] options = new int[x.options().size()][];
            for (int o = 0; o < options.length; o++) {
                options[o] = x.options().get(o).features().stream().mapToInt(id::get).toArray();
            }
            data.add(options);
        }
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        for (int it = 0; it < settings.iterations(); it++) {
            double[] grad = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                grad[i] = settings.l2() * w[i];
            }
            for (int e = 0; e < data.size(); e++) {
                int[][] options = data.get(e);
                double[] p = softmax(options, w);
                for (int o = 0; o < options.length; o++) {
                    double d = p[o] - (o == examples.get(e).gold() ? 1 : 0);
                    for (int f : options[o]) {
                        grad[f] += d;
                    }
                }
            }
            for (int i = 0; i < w.length; i++) {
                g2[i] += grad[i] * grad[i];
                w[i] -= settings.rate() * grad[i] / (Math.sqrt(g2[i]) + 1e-8);
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < w.length; i++) {
            out.put(index.get(i), w[i]);
        }
        return new SpeakerRanker(out);
    }

    private static double[] softmax(int[][] options, double[] w) {
        double[] s = new double[options.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < options.length; o++) {
            for (int f : options[o]) {
                s[o] += w[f];
            }
            max = Math.max(max, s[o]);
        }
        double sum = 0;
        for (int o = 0; o < s.length; o++) {
            s[o] = Math.exp(s[o] - max);
            sum += s[o];
        }
        for (int o = 0; o < s.length; o++) {
            s[o] /= sum;
        }
        return s;
    }
}
