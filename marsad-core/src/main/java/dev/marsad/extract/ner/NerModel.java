package dev.marsad.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained linear-chain tagger: averaged-perceptron weights per (feature, tag), tag-transition weights and
 * the lexicon the features consult. Immutable apart from a bounded, concurrent cache of per-word scores;
 * thread-safe.
 */
public final class NerModel {
    private static final int MAX_CACHED_WORDS = 200_000;

    private final LongIntMap rows;
    private final float[] weights;
    private final float[] transitions;
    private final NerLexicon lexicon;
    private final FeatureExtractor features;
    private final EmissionScorer scorer;
    private final CuratedOverlay overlay;
    private final CommonWordNames commonWordNames;
    private final TagScheme scheme;
    private final Viterbi viterbi;
    private final java.util.concurrent.ConcurrentHashMap<String, WordScores> cache = new java.util.concurrent.ConcurrentHashMap<>();

    NerModel(LongIntMap rows, float[] weights, float[] transitions, NerLexicon lexicon, TagScheme scheme) {
        this.scheme = java.util.Objects.requireNonNull(scheme, "scheme");
        this.viterbi = Viterbi.of(scheme);
        this.rows = rows;
        this.weights = weights;
        this.transitions = transitions;
        this.lexicon = lexicon;
        this.features = new FeatureExtractor(lexicon);
        this.scorer = new EmissionScorer(rows, weights, features, scheme.count());
        this.overlay = new CuratedOverlay(lexicon);
        this.commonWordNames = new CommonWordNames(lexicon);
    }

    /** The tag index ({@link NerTags}) of each token of one sentence: the model, then the curated overlay. */
    public int[] tag(String[] tokens) {
        WordScores[] words = words(tokens);
        return tag(words, documentEmissions(List.<WordScores[]>of(words)).get(0));
    }

    /**
     * Tags of each sentence of one document (an article): each sentence as {@link #tag(String[])}, then names
     * found once are spread to their other untagged occurrences ({@link DocumentPropagation}).
     */
    public List<int[]> tagDocument(List<String[]> sentences) {
        List<WordScores[]> words = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            words.add(words(s));
        }
        return tagWords(words).tags();
    }

    /**
     * A document's final emission scores and IOB2 tags.
     *
     * @param emissions per sentence, token-major (of the second pass when the model tags twice)
     * @param tags      per sentence, IOB2, after the document propagation
     */
    record Tagged(List<float[]> emissions, List<int[]> tags) {
    }

    /**
     * Tags a document's sentences: each sentence, then names spread across the document
     * ({@link DocumentPropagation}); a model that reads a first pass's tags ({@link DocumentContext#predictions})
     * then tags again with them, reusing the first pass's emission scores.
     */
    Tagged tagWords(List<WordScores[]> words) {
        List<float[]> emissions = documentEmissions(words);
        List<int[]> tags = tagAll(words, emissions);
        if (scorer.usesPredictions()) {
            int[][] codes = DocumentContext.predictions(infos(words), tags);
            List<float[]> second = new ArrayList<>(words.size());
            for (int s = 0; s < words.size(); s++) {
                second.add(scorer.withPredictions(emissions.get(s), codes[s]));
            }
            emissions = second;
            tags = tagAll(words, emissions);
        }
        return new Tagged(emissions, tags);
    }

    private List<int[]> tagAll(List<WordScores[]> words, List<float[]> emissions) {
        List<int[]> tags = new ArrayList<>(words.size());
        for (int s = 0; s < words.size(); s++) {
            tags.add(tag(words.get(s), emissions.get(s)));
        }
        DocumentPropagation.apply(words, tags);
        return tags;
    }

    private static List<WordInfo[]> infos(List<WordScores[]> sentences) {
        List<WordInfo[]> infos = new ArrayList<>(sentences.size());
        for (WordScores[] w : sentences) {
            WordInfo[] info = new WordInfo[w.length];
            for (int i = 0; i < w.length; i++) {
                info[i] = w[i].info;
            }
            infos.add(info);
        }
        return infos;
    }

    /**
     * Tags of one sentence as {@link #tag(String[])} with each token's {@link TagConfidence}: how sure the model
     * is of the sentence, for picking unlabelled sentences to train on.
     *
     * @param tags       the tag index of each token
     * @param confidence the confidence of each token's tag, 0..1
     */
    public record Confident(int[] tags, double[] confidence) {
    }

    /** See {@link Confident}. */
    public Confident tagWithConfidence(String[] tokens) {
        WordScores[] words = words(tokens);
        float[] e = documentEmissions(List.<WordScores[]>of(words)).get(0);
        int[] tags = tag(words, e);
        return new Confident(tags, confidence(e, tags));
    }

    /** {@link TagConfidence} of each of a sentence's IOB2 tags, read in the model's own scheme. */
    double[] confidence(float[] emissions, int[] tags) {
        int[] own = ownTags(tags);
        double[] c = new double[tags.length];
        for (int i = 0; i < tags.length; i++) {
            c[i] = confidence(emissions, own, i);
        }
        return c;
    }

    /** A sentence's IOB2 tags in the model's own scheme, for {@link #confidence(float[], int[], int)}. */
    int[] ownTags(int[] iob2) {
        return scheme == TagScheme.IOB2 ? iob2 : scheme.encode(iob2);
    }

    /** {@link TagConfidence} of token {@code i}, with {@code own} from {@link #ownTags}. */
    double confidence(float[] emissions, int[] own, int i) {
        return TagConfidence.of(emissions, transitions, own, i, scheme);
    }

    /** IOB2 tags of one sentence: decoded in the model's scheme, then the curated overlay and common words. */
    int[] tag(WordScores[] words, float[] emissions) {
        int[] tags = scheme.toIob2(viterbi.decode(emissions, transitions, words.length));
        overlay.apply(words, tags);
        commonWordNames.apply(words, tags);
        return tags;
    }

    /** The cached per-word scores of each token. */
    WordScores[] words(String[] tokens) {
        WordScores[] out = new WordScores[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            WordScores cached = cache.get(tokens[i]);
            if (cached == null) {
                cached = scorer.score(features.word(tokens[i]));
                // A bounded cache: news vocabulary is Zipfian, so the first words seen cover most later tokens.
                if (cache.size() < MAX_CACHED_WORDS) {
                    cache.put(tokens[i], cached);
                }
            }
            out[i] = cached;
        }
        return out;
    }

    /** Per-token emission scores of one sentence alone, token-major, {@link #tagCount()} per token. */
    float[] emissions(WordScores[] w) {
        return documentEmissions(List.<WordScores[]>of(w)).get(0);
    }

    /** Per-token emission scores of each sentence of one document, with the document's {@link DocumentContext}. */
    List<float[]> documentEmissions(List<WordScores[]> sentences) {
        int[][] codes = scorer.usesDocumentContext() ? DocumentContext.codes(infos(sentences)) : null;
        List<float[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(scorer.emissions(sentences.get(s), codes == null ? null : codes[s]));
        }
        return out;
    }

    NerLexicon lexicon() {
        return lexicon;
    }

    /** How the model encodes names inside (its output is IOB2 either way). */
    public TagScheme scheme() {
        return scheme;
    }

    /** The number of tags the model scores per token (of its scheme). */
    int tagCount() {
        return scheme.count();
    }

    /** Number of weighted features. */
    public int featureCount() {
        return rows.size();
    }

    /** Writes the model gzip-compressed; rows whose weights are all zero are dropped. */
    public void write(OutputStream target) throws IOException {
        NerModelFile.write(new NerModelFile.Contents(rows, weights(), transitions(), lexicon(), scheme), target);
    }

    /** Reads a model written by {@link #write}. */
    public static NerModel read(InputStream source) throws IOException {
        NerModelFile.Contents file = NerModelFile.read(source);
        return new NerModel(file.rows(), file.weights(), file.transitions(), file.lexicon(), file.scheme());
    }

    LongIntMap rows() {
        return rows;
    }

    float[] weights() {
        return weights;
    }

    float[] transitions() {
        return transitions;
    }
}
