package dev.marsad.eval.ner;

import dev.marsad.extract.ner.NerLexicon;
import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.NerTags;
import dev.marsad.extract.ner.NerTrainer;
import dev.marsad.extract.ner.TagScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train ner}: picks the number of perceptron epochs on a held-out slice of the ANERcorp training range
 * (never on a test split), retrains on the whole range plus the AQMAR dev articles and writes the committed model.
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Rebuild the named-entity model from ANERcorp and the AQMAR dev articles.")
public final class TrainNerCommand implements Callable<Integer> {
    static final long SEED = 20_070_101L;
    private static final int MAX_EPOCHS = 20;
    private static final int MIN_COUNT = 2;
    private static final int WINDOW = 20;
    private static final int RUNS = 1;
    private static final int SELF_TRAIN = 0;
    private static final double SELF_CONFIDENCE = 0.95;
    /** Epochs of the first model that tags the unlabelled news for self-training (the committed model's). */
    private static final int SELF_FIRST_EPOCHS = 12;

    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--out", description = "model file (default: marsad-core resources)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--max-epochs", description = "most epochs tried on the held-out slice (default ${DEFAULT-VALUE})")
    int maxEpochs = MAX_EPOCHS;

    @Option(names = "--errors", description = "with --tune-only: write the held-out slice's missed and spurious names here")
    Optional<Path> errors = Optional.empty();

    @Option(names = "--folds", description = "cross-validate on the ANERcorp training range in K contiguous folds; write nothing")
    int folds;

    @Option(names = "--word-classes", description = "word-class file (default: the committed one; see train words)")
    Optional<Path> wordClasses = Optional.empty();

    @Option(names = "--no-word-classes", description = "train without learnt word classes (the issue 3 feature set)")
    boolean noWordClasses;

    @Option(names = "--min-count", description = "features seen fewer times in training are dropped (default ${DEFAULT-VALUE})")
    int minCount = MIN_COUNT;

    @Option(names = "--seed", description = "seed of the training shuffles (default ${DEFAULT-VALUE}); another seed shows how much a figure moves by chance")
    long seed = SEED;

    @Option(names = "--runs", description = "perceptrons trained side by side with their own shuffles, weights averaged (default ${DEFAULT-VALUE})")
    int runs = RUNS;

    @Option(names = "--self-train", description = "add up to N sentences of the unlabelled news that a first model (trained without the held-out slice) "
            + "tags with confidence; 0: none (default ${DEFAULT-VALUE})")
    int selfTrain = SELF_TRAIN;

    @Option(names = "--self-confidence", description = "with --self-train: the least confidence of every token of a kept sentence (default ${DEFAULT-VALUE})")
    double selfConfidence = SELF_CONFIDENCE;

    @Option(names = "--common-by-class", description = "also count as common the clustered words of word classes the training text almost never uses in names")
    boolean commonByClass;

    @Option(names = "--scheme", description = "how the model encodes names inside: IOB2 or BILOU (default ${DEFAULT-VALUE})")
    TagScheme scheme = TagScheme.IOB2;

    @Option(names = "--document-context", description = "learn what precedes each word elsewhere in its document (context aggregation; "
            + "measured, not adopted: docs/EVALUATION.md, issue 13, fourth round)")
    boolean documentContext;

    @Option(names = "--head-chain", description = "learn from a head noun up to four words back over words with the article "
            + "(measured, not adopted: docs/EVALUATION.md, issue 13, fourth round)")
    boolean headChain;

    @Option(names = "--two-pass", description = "learn from a first pass's tags of the same word elsewhere in the document (prediction aggregation; tags twice)")
    boolean twoPass;

    @Option(names = "--tune-only", description = "only report the held-out scores per epoch; with --out, write the best epoch's model trained without the held-out slice")
    boolean tuneOnly;

    @Override
    public Integer call() throws IOException {
        Path dir = NerData.dataDir(data);
        Path corpus = dir.resolve("anercorp-original/ANERCorp");
        if (!Files.isRegularFile(corpus) || !Files.isDirectory(dir.resolve("anetac"))) {
            System.out.println("train ner: skipped, no ANERcorp/ANETAC under " + dir);
            return 0;
        }
        NerLexicon lexicon = NerData.lexicon(dir);
        if (!noWordClasses) {
            System.out.println("train ner: word classes for " + NerData.addWordClasses(lexicon, wordClasses) + " words");
        }
        List<NerData.Sentence> fit = NerData.anerOriginal(corpus, 1, NerData.TUNE_START_LINE);
        List<NerData.Sentence> tune = NerData.anerOriginal(corpus, NerData.TUNE_START_LINE, NerData.TRAIN_END_LINE);
        checkNoTestOverlap(dir, fit, tune);
        // The AQMAR dev articles (Wikipedia) join the news sentences in every run: a second domain and spelling
        // habits the 2007 news lacks. Epochs are still chosen on the held-out news slice alone.
        List<NerData.Sentence> wiki = new ArrayList<>();
        documentsOf(NerData.blocks(fit));
        documentsOf(NerData.blocks(tune));
        if (Files.isDirectory(dir.resolve("aqmar"))) {
            List<List<NerData.Sentence>> articles = NerData.aqmar(dir.resolve("aqmar"), "dev");
            documentsOf(articles);
            articles.forEach(wiki::addAll);
        }
        fit = new ArrayList<>(fit);
        fit.addAll(wiki);
        if (selfTrain > 0) {
            // Tagged by a model that has not seen the held-out slice, so the slice stays a fair judge; the same
            // sentences join the final training.
            NerModel first = new NerTrainer(lexicon).train(tokens(fit), tags(fit), documents(fit),
                    new NerTrainer.Settings(SELF_FIRST_EPOCHS, seed, minCount, runs, commonByClass, scheme, documentContext, headChain, twoPass), (m, e) -> { });
            List<NerData.Sentence> extra = SelfTraining.confidentSentences(dir, first, selfTrain, selfConfidence);
            long names = extra.stream().flatMap(x -> java.util.Arrays.stream(x.labels())).filter(l -> l.startsWith("B-")).count();
            System.out.printf(Locale.ROOT, "train ner: self-training adds %d sentences of the unlabelled news (%d names, every token at least %.2f sure)%n",
                    extra.size(), names, selfConfidence);
            fit.addAll(extra);
        }
        if (folds > 1) {
            List<NerData.Sentence> news = NerData.anerOriginal(corpus, 1, NerData.TRAIN_END_LINE);
            documentsOf(NerData.blocks(news));
            crossValidate(lexicon, news, wiki);
            return 0;
        }
        double[] f1 = new double[maxEpochs + 1];
        new NerTrainer(lexicon).train(tokens(fit), tags(fit), documents(fit), new NerTrainer.Settings(maxEpochs, seed, minCount, runs, commonByClass, scheme, documentContext, headChain, twoPass),
                (model, epoch) -> {
                    f1[epoch] = score(model, NerData.blocks(tune));
                    System.out.printf(Locale.ROOT, "tune: epoch %d held-out F1 %.2f%n", epoch, f1[epoch]);
                    if (epoch == maxEpochs && errors.isPresent()) {
                        writeErrors(model, NerData.blocks(tune), errors.get());
                    }
                });
        int best = 1;
        for (int e = 2; e <= maxEpochs; e++) {
            best = f1[e] > f1[best] ? e : best;
        }
        if (tuneOnly) {
            if (out.isPresent()) {
                // A model that has not seen the held-out slice, so that `eval ner --model` can score decisions
                // about what comes after the tagger on data neither of them was fitted to.
                NerModel heldOut = new NerTrainer(lexicon).train(tokens(fit), tags(fit), documents(fit),
                        new NerTrainer.Settings(best, seed, minCount, runs, commonByClass, scheme, documentContext, headChain, twoPass), (m, e) -> { });
                try (OutputStream os = Files.newOutputStream(out.get())) {
                    heldOut.write(os);
                }
                System.out.printf(Locale.ROOT, "train ner: best held-out F1 %.2f at epoch %d; wrote the model without the held-out slice to %s%n",
                        f1[best], best, out.get());
                return 0;
            }
            System.out.printf(Locale.ROOT, "train ner: best held-out F1 %.2f at epoch %d; nothing written%n", f1[best], best);
            return 0;
        }
        List<NerData.Sentence> all = new ArrayList<>(fit);
        all.addAll(tune);
        NerModel model = new NerTrainer(lexicon).train(tokens(all), tags(all), documents(all), new NerTrainer.Settings(best, seed, minCount, runs, commonByClass, scheme, documentContext, headChain, twoPass),
                (m, e) -> { });
        Path target = out.orElseGet(() -> NerPaths.repoRoot().resolve("marsad-core/src/main/resources/dev/marsad/extract/ner/ner-ar.bin.gz"));
        try (OutputStream os = Files.newOutputStream(target)) {
            model.write(os);
        }
        System.out.printf(Locale.ROOT, "train ner: %d epochs on %d sentences, %d features, %d common words (and %d by word class, for the rules); wrote %s (%d bytes)%n",
                best, all.size(), model.featureCount(), lexicon.commonWordCount(), lexicon.commonByClassCount(), target,
                Files.size(target));
        return 0;
    }

    /**
     * K-fold cross-validation over the ANERcorp training range (contiguous folds, so that one story's sentences
     * stay together): the held-out slice alone has under 900 names, too few to tell feature changes apart.
     */
    private void crossValidate(NerLexicon lexicon, List<NerData.Sentence> news, List<NerData.Sentence> wiki) {
        EntityScorer[] byEpoch = new EntityScorer[maxEpochs + 1];
        for (int e = 1; e <= maxEpochs; e++) {
            byEpoch[e] = new EntityScorer();
        }
        int size = (news.size() + folds - 1) / folds;
        for (int k = 0; k < folds; k++) {
            List<NerData.Sentence> held = news.subList(k * size, Math.min(news.size(), (k + 1) * size));
            List<NerData.Sentence> train = new ArrayList<>(news.subList(0, k * size));
            train.addAll(news.subList(Math.min(news.size(), (k + 1) * size), news.size()));
            train.addAll(wiki);
            List<List<NerData.Sentence>> docs = NerData.blocks(held);
            new NerTrainer(lexicon).train(tokens(train), tags(train), documents(train), new NerTrainer.Settings(maxEpochs, seed, minCount, runs, commonByClass, scheme, documentContext, headChain, twoPass),
                    (model, epoch) -> {
                        if (epoch >= maxEpochs / 2) {
                            addTo(byEpoch[epoch], model, docs);
                        }
                    });
        }
        for (int e = maxEpochs / 2; e <= maxEpochs; e++) {
            System.out.printf(Locale.ROOT, "cv: %d folds, epoch %d, micro F1 %.2f%n", folds, e, byEpoch[e].f1());
        }
    }

    /** Adds documents tagged as the run-time finder tags an article. */
    private static void addTo(EntityScorer scorer, NerModel model, List<List<NerData.Sentence>> documents) {
        for (List<NerData.Sentence> doc : documents) {
            List<int[]> predicted = model.tagDocument(doc.stream().map(NerData.Sentence::tokens).toList());
            for (int i = 0; i < doc.size(); i++) {
                scorer.add(gold(doc.get(i)), predicted.get(i));
            }
        }
    }

    /** Missed ({@code -}) and spurious ({@code +}) names of the held-out slice, each with its sentence. */
    private static void writeErrors(NerModel model, List<List<NerData.Sentence>> documents, Path file) {
        String[] types = {"PERS", "LOC", "ORG"};
        StringBuilder out = new StringBuilder();
        for (List<NerData.Sentence> doc : documents) {
            List<int[]> predicted = model.tagDocument(doc.stream().map(NerData.Sentence::tokens).toList());
            for (int i = 0; i < doc.size(); i++) {
                String[] tokens = doc.get(i).tokens();
                Set<Long> g = EntityScorer.chunks(gold(doc.get(i)));
                Set<Long> p = EntityScorer.chunks(predicted.get(i));
                for (long c : g) {
                    if (!p.contains(c)) {
                        out.append("- ").append(span(tokens, c, types)).append('\n');
                    }
                }
                for (long c : p) {
                    if (!g.contains(c)) {
                        out.append("+ ").append(span(tokens, c, types)).append('\n');
                    }
                }
            }
        }
        try {
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** See {@link FullOutputScorer#score(NerModel, List, Optional)}. */
    static String differences(String[] tokens, int[] gold, int[] tagger, int[] analyze) {
        String[] types = {"PERS", "LOC", "ORG"};
        Set<Long> g = EntityScorer.chunks(gold);
        Set<Long> t = EntityScorer.chunks(tagger);
        Set<Long> a = EntityScorer.chunks(analyze);
        StringBuilder out = new StringBuilder();
        for (long c : g) {
            if (t.contains(c) != a.contains(c)) {
                out.append(t.contains(c) ? "broke " : "fixed ").append(span(tokens, c, types)).append('\n');
            }
        }
        for (long c : a) {
            if (!g.contains(c) && !t.contains(c)) {
                out.append("added ").append(span(tokens, c, types)).append('\n');
            }
        }
        for (long c : t) {
            if (!g.contains(c) && !a.contains(c)) {
                out.append("dropped ").append(span(tokens, c, types)).append('\n');
            }
        }
        return out.toString();
    }

    private static String span(String[] tokens, long chunk, String[] types) {
        int start = (int) (chunk >>> 32);
        int end = (int) ((chunk & 0xFFFFFFFFL) >>> 2);
        String name = String.join(" ", List.of(tokens).subList(start, end));
        String context = String.join(" ", List.of(tokens).subList(Math.max(0, start - 4), Math.min(tokens.length, end + 3)));
        return types[(int) (chunk & 3)] + "\t" + name + "\t| " + context;
    }

    static double score(NerModel model, List<List<NerData.Sentence>> documents) {
        return scorer(model, documents).f1();
    }

    /** Scores documents tagged as the run-time finder tags an article. */
    static EntityScorer scorer(NerModel model, List<List<NerData.Sentence>> documents) {
        EntityScorer scorer = new EntityScorer();
        addTo(scorer, model, documents);
        return scorer;
    }

    static int[] gold(NerData.Sentence s) {
        int[] t = new int[s.labels().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = NerTags.parse(s.labels()[i]);
        }
        return t;
    }

    /**
     * Fails when any 20-token window of the training range also occurs in the CAMeL test split. Shorter windows
     * do recur naturally (8-token ones: 16, all formulaic, such as the Emir of Qatar's full title), so a 20-token
     * match is what shows the training range reaching into the test part.
     */
    private static void checkNoTestOverlap(Path dir, List<NerData.Sentence> fit, List<NerData.Sentence> tune) throws IOException {
        Path test = dir.resolve("anercorp-camel-test/ANERCorp_CamelLab_test.txt");
        if (!Files.isRegularFile(test)) {
            return;
        }
        Set<String> testWindows = windows(NerData.conll(test));
        List<NerData.Sentence> train = new ArrayList<>(fit);
        train.addAll(tune);
        Set<String> trainWindows = windows(train);
        trainWindows.retainAll(testWindows);
        System.out.println("train ner: " + WINDOW + "-token windows shared with the CAMeL test split: " + trainWindows.size());
        if (!trainWindows.isEmpty()) {
            throw new IllegalStateException("training range overlaps the test split: " + trainWindows.size() + " windows");
        }
    }

    private static Set<String> windows(List<NerData.Sentence> sentences) {
        List<String> flat = new ArrayList<>();
        sentences.forEach(s -> flat.addAll(List.of(s.tokens())));
        Set<String> out = new HashSet<>();
        for (int i = 0; i + WINDOW <= flat.size(); i++) {
            out.add(String.join(" ", flat.subList(i, i + WINDOW)));
        }
        return out;
    }

    /** The document of each sentence read so far (ANERcorp: runs of 20 sentences; AQMAR: articles). */
    private final Map<NerData.Sentence, Integer> documentOf = new IdentityHashMap<>();

    private void documentsOf(List<List<NerData.Sentence>> documents) {
        for (List<NerData.Sentence> d : documents) {
            int id = documentOf.size();
            d.forEach(x -> documentOf.put(x, id));
        }
    }

    /** Each sentence's document number; a sentence of no known document is a document of its own. */
    private int[] documents(List<NerData.Sentence> sentences) {
        int[] out = new int[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = documentOf.getOrDefault(sentences.get(i), -1 - i);
        }
        return out;
    }

    private static List<String[]> tokens(List<NerData.Sentence> s) {
        return s.stream().map(NerData.Sentence::tokens).toList();
    }

    private static List<int[]> tags(List<NerData.Sentence> s) {
        return s.stream().map(TrainNerCommand::gold).toList();
    }
}
