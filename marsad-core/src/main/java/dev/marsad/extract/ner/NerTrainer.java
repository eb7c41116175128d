package dev.marsad.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjIntConsumer;

/**
 * Trains {@link NerModel}: a structured (Collins 2002) averaged perceptron over a first-order linear chain,
 * decoded with Viterbi. Written by hand because no Java library ships Arabic NER, and OpenNLP's name finder
 * cannot take the clitic/lexicon features below without a custom model factory per feature. Deterministic for
 * a given seed. Not thread-safe.
 */
public final class NerTrainer {
    /**
     * Training settings.
     *
     * @param epochs passes over the data
     * @param seed   seed of the per-epoch shuffle
     * @param minCount features seen fewer times are dropped
     * @param runs     perceptrons trained side by side, each with its own shuffle (seed, seed + 1, ...), whose
     *                 averaged weights are averaged again after each epoch: one model of the same size
     * @param commonByClass also let the tagger count as common the clustered words of classes the training text
     *                 almost never uses in names (see {@link #NAMELESS_CLASS_SHARE}); measured, not adopted. The model
     *                 keeps those words either way, for the extract stage's rules ({@link NerLexicon#isCommonNewsWord})
     * @param scheme   how names are encoded inside the model (the model's output is IOB2 either way)
     * @param documentContext learn {@link DocumentContext} features (needs the sentences' documents)
     * @param headChain learn {@link FeatureTemplate#HEAD_CHAIN} features (a head noun further back)
     * @param predictions learn from a first pass's tags of the same word elsewhere in the document
     *                 ({@link DocumentContext#predictions}; the model then tags twice): the first pass's tags of the
     *                 training text come from models trained without each fifth of its documents (jackknife)
     */
    public record Settings(int epochs, long seed, int minCount, int runs, boolean commonByClass, TagScheme scheme,
            boolean documentContext, boolean headChain, boolean predictions) {
        public Settings {
            if (epochs < 1 || runs < 1) {
                throw new IllegalArgumentException("epochs and runs must be at least 1: " + epochs + ", " + runs);
            }
            Objects.requireNonNull(scheme, "scheme");
        }

        /** One perceptron, common words from the training text alone, IOB2. */
        public Settings(int epochs, long seed, int minCount) {
            this(epochs, seed, minCount, 1, false, TagScheme.IOB2, false, false, false);
        }

        /** Without document context. */
        public Settings(int epochs, long seed, int minCount, int runs, boolean commonByClass, TagScheme scheme) {
            this(epochs, seed, minCount, runs, commonByClass, scheme, false, false, false);
        }
    }

    private final NerLexicon lexicon;

    public NerTrainer(NerLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * Trains on sentences with gold tag indexes; {@code afterEpoch} receives the averaged model after each pass.
     */
    public NerModel train(List<String[]> sentences, List<int[]> gold, Settings settings, ObjIntConsumer<NerModel> afterEpoch) {
        return train(sentences, gold, null, settings, afterEpoch);
    }

    /**
     * As {@link #train(List, List, Settings, ObjIntConsumer)}; {@code documents} gives each sentence's document (consecutive
     * sentences with the same number are one document), read for {@link DocumentContext} features when the
     * settings ask for them; null: every sentence is a document of its own.
     */
    public NerModel train(List<String[]> sentences, List<int[]> gold, int[] documents, Settings settings,
            ObjIntConsumer<NerModel> afterEpoch) {
        int[][] predictions = settings.predictions() ? firstPass(sentences, gold, documents, settings) : null;
        long[][] common = commonWords(sentences, gold, lexicon);
        lexicon.setCommonWords(settings.commonByClass() ? concat(common[0], common[1]) : common[0], common[1]);
        FeatureExtractor extractor = new FeatureExtractor(lexicon, settings.headChain());
        List<WordInfo[]> infos = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            infos.add(extractor.words(s));
        }
        int[][] codes = settings.documentContext() ? documentCodes(infos, documents) : null;
        List<long[][]> feats = new ArrayList<>(sentences.size());
        LongIntMap counts = new LongIntMap(1 << 20);
        for (int si = 0; si < infos.size(); si++) {
            long[][] f = extractor.extract(infos.get(si), codes == null ? null : codes[si],
                    predictions == null ? null : predictions[si]);
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

    /** Folds of the jackknife that gives the training text its first-pass tags. */
    static final int FIRST_PASS_FOLDS = 5;
    /** Epochs of each first-pass model (the committed single-pass model's). */
    static final int FIRST_PASS_EPOCHS = 12;

    /**
     * The {@link DocumentContext#predictions} codes of every training sentence: each fifth of the documents
     * (contiguous) tagged by a single-pass model trained on the other four fifths, so that the codes are as wrong
     * as a first pass is on text it has not seen.
     */
    private int[][] firstPass(List<String[]> sentences, List<int[]> gold, int[] documents, Settings settings) {
        int n = sentences.size();
        List<int[]> starts = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (s == 0 || documents == null || documents[s] != documents[s - 1]) {
                starts.add(new int[] {s});
            }
        }
        int docs = starts.size();
        Settings first = new Settings(FIRST_PASS_EPOCHS, settings.seed(), settings.minCount(), settings.runs(),
                settings.commonByClass(), settings.scheme(), settings.documentContext(), settings.headChain(), false);
        int[][] out = new int[n][];
        FeatureExtractor extractor = new FeatureExtractor(lexicon);
        for (int k = 0; k < FIRST_PASS_FOLDS; k++) {
            int fromDoc = (int) ((long) docs * k / FIRST_PASS_FOLDS);
            int toDoc = (int) ((long) docs * (k + 1) / FIRST_PASS_FOLDS);
            int from = fromDoc < docs ? starts.get(fromDoc)[0] : n;
            int to = toDoc < docs ? starts.get(toDoc)[0] : n;
            if (from >= to) {
                continue;
            }
            List<String[]> trainS = new ArrayList<>(sentences.subList(0, from));
            trainS.addAll(sentences.subList(to, n));
            List<int[]> trainG = new ArrayList<>(gold.subList(0, from));
            trainG.addAll(gold.subList(to, n));
            int[] trainD = null;
            if (documents != null) {
                trainD = new int[trainS.size()];
                System.arraycopy(documents, 0, trainD, 0, from);
                System.arraycopy(documents, to, trainD, from, n - to);
            }
            NerModel model = train(trainS, trainG, trainD, first, (m, e) -> { });
            // Tagged right away: the model's common words live in the shared lexicon, reset by the next training.
            for (int d = fromDoc; d < toDoc; d++) {
                int ds = starts.get(d)[0];
                int de = d + 1 < docs ? starts.get(d + 1)[0] : n;
                List<WordScores[]> words = new ArrayList<>();
                for (int s = ds; s < de; s++) {
                    words.add(model.words(sentences.get(s)));
                }
                List<int[]> tags = model.tagWords(words).tags();
                List<WordInfo[]> infos = new ArrayList<>();
                for (int s = ds; s < de; s++) {
                    infos.add(extractor.words(sentences.get(s)));
                }
                int[][] codes = DocumentContext.predictions(infos, tags);
                System.arraycopy(codes, 0, out, ds, de - ds);
            }
        }
        return out;
    }

    private static int[][] documentCodes(List<WordInfo[]> infos, int[] documents) {
        int[][] out = new int[infos.size()][];
        int from = 0;
        while (from < infos.size()) {
            int to = from + 1;
            while (documents != null && to < infos.size() && documents[to] == documents[from]) {
                to++;
            }
            int[][] codes = DocumentContext.codes(infos.subList(from, to));
            System.arraycopy(codes, 0, out, from, to - from);
            from = to;
        }
        return out;
    }

    /** How often a word must occur outside names, and never inside one, to count as common (3, 5 and 10 tie in CV). */
    static final int COMMON_MIN = 5;

    /**
     * A fine word class (learnt from unlabelled news) whose words the training text uses at least this often, and
     * almost never inside a name ({@link #NAMELESS_CLASS_SHARE}), is a class of common words.
     */
    static final int NAMELESS_CLASS_MIN = 50;
    /**
     * At most this share of a nameless class's tokens in the training text are inside names. Set once, not tuned:
     * with it the held-out slice gained 0.45 F1 in what analyze reports (rule persons such as قدم <b>برنامجا</b>
     * dropped), the tagger alone lost 0.16; not adopted for the tagger (docs/EVALUATION.md, issue 13, second round).
     * For the rules' persons alone, the tagger unchanged: slice 76.42 → 76.88 (issue 13, "Common words by word class
     * for the rules' persons").
     */
    static final double NAMELESS_CLASS_SHARE = 0.01;

    /**
     * Two sets of folded-word hashes: [0] the words of the training text seen at least {@link #COMMON_MIN} times and
     * never inside a name (common for the tagger); [1] the clustered words of classes the training text almost never
     * uses inside names, unless the training text has them inside a name: how a word the 2007 text never saw
     * (برنامجا، إمارة) is known for a common word. The tagger reads [1] only with {@link Settings#commonByClass()} (measured,
     * not adopted); the extract stage's rules read both ({@link NerLexicon#isCommonNewsWord}).
     */
    private static long[][] commonWords(List<String[]> sentences, List<int[]> gold, NerLexicon lexicon) {
        LongIntMap outside = new LongIntMap(1 << 16);
        LongIntMap inside = new LongIntMap(1 << 14);
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < sentences.get(s).length; i++) {
                long h = Hashing.of(dev.marsad.text.ArabicNormalizer.fold(sentences.get(s)[i]));
                LongIntMap counts = gold.get(s)[i] == 0 ? outside : inside;
                counts.put(h, counts.get(h, 0) + 1);
            }
        }
        long[] common = java.util.Arrays.stream(outside.keys())
                .filter(h -> outside.get(h, 0) >= COMMON_MIN && inside.get(h, 0) == 0).toArray();
        int[] classOutside = new int[NerLexicon.MAX_FINE + 1];
        int[] classInside = new int[NerLexicon.MAX_FINE + 1];
        for (long h : outside.keys()) {
            classOutside[lexicon.wordClass(h) & 1023] += outside.get(h, 0);
        }
        for (long h : inside.keys()) {
            classInside[lexicon.wordClass(h) & 1023] += inside.get(h, 0);
        }
        boolean[] nameless = new boolean[classOutside.length];
        for (int c = 1; c < nameless.length; c++) {
            int total = classOutside[c] + classInside[c];
            nameless[c] = total >= NAMELESS_CLASS_MIN && classInside[c] <= NAMELESS_CLASS_SHARE * total;
        }
        long[] byClass = java.util.Arrays.stream(lexicon.classifiedWordHashes())
                .filter(h -> nameless[lexicon.wordClass(h) & 1023] && inside.get(h, 0) == 0).toArray();
        return new long[][] {common, byClass};
    }

    private static long[] concat(long[] a, long[] b) {
        return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).distinct().toArray();
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
        TagScheme scheme = settings.scheme();
        int T = scheme.count();
        List<int[]> encoded = gold.stream().map(scheme::encode).toList();
        List<Perceptron> runs = new ArrayList<>();
        for (int r = 0; r < settings.runs(); r++) {
            runs.add(new Perceptron(rows.size(), data.size(), settings.seed() + r, scheme));
        }
        NerModel model = null;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            float[] w = new float[rows.size() * T];
            float[] tw = new float[(T + 1) * T];
            for (Perceptron run : runs) {
                run.epoch(data, encoded);
                add(w, average(run.w, run.u, run.c), runs.size());
                add(tw, average(run.tw, run.tu, run.c), runs.size());
            }
            model = new NerModel(rows, w, tw, lexicon, scheme);
            afterEpoch.accept(model, epoch);
        }
        return Objects.requireNonNull(model, "no epochs");
    }

    private static void add(float[] sum, float[] part, int parts) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += part[i] / parts;
        }
    }

    private static float[] average(float[] w, double[] u, long c) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        return avg;
    }
}
