package dev.marsad.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Trains {@link NerModel}: a structured (Collins 2002) averaged perceptron over a first-order linear chain,
 * decoded with Viterbi. Written by hand because no Java library ships Arabic NER, and OpenNLP's name finder
 * cannot take the clitic/lexicon features below without a custom model factory per feature. Deterministic for
 * a given seed. Not thread-safe.
 */
public final class NerTrainer {
    private static final int T = NerTags.COUNT;

    /**
     * Training settings.
     *
     * @param epochs passes over the data
     * @param seed   seed of the per-epoch shuffle
     * @param minCount features seen fewer times are dropped
     */
    public record Settings(int epochs, long seed, int minCount) {
    }

    private final NerLexicon lexicon;

    public NerTrainer(NerLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * Trains on sentences with gold tag indexes; {@code afterEpoch} receives the averaged model after each pass.
     */
    public NerModel train(List<String[]> sentences, List<int[]> gold, Settings settings, ObjIntConsumer<NerModel> afterEpoch) {
        lexicon.setCommonWords(commonWords(sentences, gold));
        FeatureExtractor extractor = new FeatureExtractor(lexicon);
        List<long[][]> feats = new ArrayList<>(sentences.size());
        LongIntMap counts = new LongIntMap(1 << 20);
        for (String[] s : sentences) {
            long[][] f = extractor.extract(s);
            feats.add(f);
            for (long[] token : f) {
                for (long k : token) {
                    counts.put(k, counts.get(k, 0) + 1);
                }
            }
        }
        LongIntMap rows = new LongIntMap(counts.size());
        List<int[][]> data = new ArrayList<>(feats.size());
        for (long[][] f : feats) {
            int[][] sentence = new int[f.length][];
            for (int i = 0; i < f.length; i++) {
                sentence[i] = java.util.Arrays.stream(f[i]).filter(k -> counts.get(k, 0) >= settings.minCount())
                        .mapToInt(k -> rowOf(rows, k)).toArray();
            }
            data.add(sentence);
        }
        return run(rows, data, gold, settings, afterEpoch);
    }

    /** How often a word must occur outside names, and never inside one, to count as common (3, 5 and 10 tie in CV). */
    static final int COMMON_MIN = 5;

    /** Folded words of the training text seen at least {@link #COMMON_MIN} times and never inside a name. */
    private static long[] commonWords(List<String[]> sentences, List<int[]> gold) {
        LongIntMap outside = new LongIntMap(1 << 16);
        LongIntMap inside = new LongIntMap(1 << 14);
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < sentences.get(s).length; i++) {
                long h = Hashing.of(dev.marsad.text.ArabicNormalizer.fold(sentences.get(s)[i]));
                LongIntMap counts = gold.get(s)[i] == 0 ? outside : inside;
                counts.put(h, counts.get(h, 0) + 1);
            }
        }
        return java.util.Arrays.stream(outside.keys())
                .filter(h -> outside.get(h, 0) >= COMMON_MIN && inside.get(h, 0) == 0).toArray();
    }

    private static int rowOf(LongIntMap rows, long key) {
        int row = rows.get(key, -1);
        if (row < 0) {
            row = rows.size();
            rows.put(key, row);
        }
        return row;
    }

    private NerModel run(LongIntMap rows, List<int[][]> data, List<int[]> gold, Settings settings,
            ObjIntConsumer<NerModel> afterEpoch) {
        int nRows = rows.size();
        float[] w = new float[nRows * T];
        double[] u = new double[nRows * T];
        float[] tw = new float[(T + 1) * T];
        double[] tu = new double[(T + 1) * T];
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        long c = 1;
        NerModel model = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int s : order) {
                int[][] sentence = data.get(s);
                int[] want = gold.get(s);
                int[] got = Viterbi.decode(emissions(sentence, w), tw, sentence.length);
                for (int i = 0; i < sentence.length; i++) {
                    if (got[i] != want[i]) {
                        for (int row : sentence[i]) {
                            w[row * T + want[i]] += 1;
                            u[row * T + want[i]] += c;
                            w[row * T + got[i]] -= 1;
                            u[row * T + got[i]] -= c;
                        }
                    }
                    int pw = i == 0 ? T : want[i - 1];
                    int pg = i == 0 ? T : got[i - 1];
                    if (pw != pg || want[i] != got[i]) {
                        tw[pw * T + want[i]] += 1;
                        tu[pw * T + want[i]] += c;
                        tw[pg * T + got[i]] -= 1;
                        tu[pg * T + got[i]] -= c;
                    }
                }
                c++;
            }
            model = new NerModel(rows, average(w, u, c), average(tw, tu, c), lexicon);
            afterEpoch.accept(model, epoch);
        }
        return Objects.requireNonNull(model, "no epochs");
    }

    private static float[] emissions(int[][] sentence, float[] w) {
        float[] e = new float[sentence.length * T];
        for (int i = 0; i < sentence.length; i++) {
            for (int row : sentence[i]) {
                for (int t = 0; t < T; t++) {
                    e[i * T + t] += w[row * T + t];
                }
            }
        }
        return e;
    }

    private static float[] average(float[] w, double[] u, long c) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        return avg;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
