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
    private static final int T = NerTags.COUNT;
    private static final int MAX_CACHED_WORDS = 200_000;
    /** Constant parts of {@link FeatureExtractor#pairs} (outside the sentence, no cue before the word). */
    private static final long PAIR_PREV_OUTSIDE = FeatureTemplate.PREV_WORD_PAIR.key(WordInfo.OUTSIDE);
    private static final long PAIR_PREV_STEM_OUTSIDE = FeatureTemplate.PREV_STEM_PAIR.key(WordInfo.OUTSIDE);
    private static final long NO_CUE_STEM = FeatureTemplate.CUE_STEM_PAIR.key(0);
    private static final long NO_CUE_FLAGS = FeatureTemplate.CUE_FLAGS_PAIR.key(0);
    /** Word-pair features per position ({@link FeatureExtractor#pairs}). */
    private static final int PAIRS = 5;

    private final LongIntMap rows;
    /** Word-pair features are mostly unseen in training; this answers "absent" without probing {@link #rows}. */
    private final FeatureFilter known;
    private final float[] weights;
    private final float[] transitions;
    private final NerLexicon lexicon;
    private final FeatureExtractor features;
    private final CuratedOverlay overlay;
    private final float[] edges;
    private final float[] shapeScores;
    private final float[] smallScores;
    private final java.util.concurrent.ConcurrentHashMap<String, WordScores> cache = new java.util.concurrent.ConcurrentHashMap<>();

    NerModel(LongIntMap rows, float[] weights, float[] transitions, NerLexicon lexicon) {
        this.rows = rows;
        this.known = new FeatureFilter(rows.keys());
        this.weights = weights;
        this.transitions = transitions;
        this.lexicon = lexicon;
        this.features = new FeatureExtractor(lexicon);
        this.overlay = new CuratedOverlay(lexicon);
        this.edges = edgeScores();
        this.shapeScores = table(FeatureTemplate.SHAPES, 512);
        this.smallScores = concat(table(FeatureTemplate.PHRASE_TAG, 7), table(FeatureTemplate.CONTEXT, 16),
                table(FeatureTemplate.SENTENCE_START, 2));
    }

    /** Scores of features {@code template.key(v)} for v below {@code size}: their few values are precomputed. */
    private float[] table(FeatureTemplate template, int size) {
        float[] s = new float[size * T];
        for (int v = 0; v < size; v++) {
            sum(new long[] {template.key(v)}, s, v);
        }
        return s;
    }

    private static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int k = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    /** The tag index ({@link NerTags}) of each token of one sentence: the model, then the curated overlay. */
    public int[] tag(String[] tokens) {
        WordScores[] words = words(tokens);
        return tag(words, emissions(words));
    }

    /**
     * Tags of each sentence of one document (an article): each sentence as {@link #tag(String[])}, then names
     * found once are spread to their other untagged occurrences ({@link DocumentPropagation}).
     */
    public List<int[]> tagDocument(List<String[]> sentences) {
        List<WordScores[]> words = new ArrayList<>(sentences.size());
        List<int[]> tags = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            WordScores[] w = words(s);
            words.add(w);
            tags.add(tag(w, emissions(w)));
        }
        DocumentPropagation.apply(words, tags);
        return tags;
    }

    int[] tag(WordScores[] words, float[] emissions) {
        int[] tags = Viterbi.decode(emissions, transitions, words.length);
        overlay.apply(words, tags);
        dropCommonWordNames(words, tags);
        return tags;
    }

    /**
     * Names made only of common words of the training text (a common noun or adjective the tagger took for a name)
     * go back to O. Chosen by cross-validation on the training range: +0.4 F1.
     */
    private void dropCommonWordNames(WordScores[] words, int[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == 0 || NerTags.isInside(tags[i])) {
                continue;
            }
            int end = NerTags.nameEnd(tags, i, tags.length);
            boolean allCommon = true;
            for (int j = i; j < end && allCommon; j++) {
                allCommon = lexicon.isCommonWord(words[j].info.hf);
            }
            if (allCommon) {
                java.util.Arrays.fill(tags, i, end, 0);
            }
            i = end - 1;
        }
    }

    /** The cached per-word scores of each token. */
    WordScores[] words(String[] tokens) {
        WordScores[] out = new WordScores[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            WordScores cached = cache.get(tokens[i]);
            if (cached == null) {
                cached = score(features.word(tokens[i]));
                // A bounded cache: news vocabulary is Zipfian, so the first words seen cover most later tokens.
                if (cache.size() < MAX_CACHED_WORDS) {
                    cache.put(tokens[i], cached);
                }
            }
            out[i] = cached;
        }
        return out;
    }

    /** Per-token emission scores, token-major, {@link NerTags#COUNT} per token. */
    float[] emissions(WordScores[] w) {
        int n = w.length;
        WordInfo[] info = new WordInfo[n];
        for (int i = 0; i < n; i++) {
            info[i] = w[i].info;
        }
        int[] phrase = features.phraseTags(info);
        int[] pairRows = pairRows(w);
        float[] e = new float[n * T];
        for (int i = 0; i < n; i++) {
            float[] self = w[i].scores;
            float[] prev = i > 0 ? w[i - 1].scores : edges;
            int prevAt = (i > 0 ? WordScores.AS_PREV : 0) * T;
            float[] prev2 = i > 1 ? w[i - 2].scores : edges;
            int prev2At = (i > 1 ? WordScores.AS_PREV2 : 1) * T;
            float[] next = i + 1 < n ? w[i + 1].scores : edges;
            int nextAt = (i + 1 < n ? WordScores.AS_NEXT : 2) * T;
            float[] next2 = i + 2 < n ? w[i + 2].scores : edges;
            int next2At = (i + 2 < n ? WordScores.AS_NEXT2 : 3) * T;
            int shapeAt = FeatureExtractor.shapeCode(info, i) * T;
            int phraseAt = phrase[i] * T;
            int contextAt = (7 + FeatureExtractor.contextCode(info, i)) * T;
            int startAt = (7 + 16 + (i == 0 ? 1 : 0)) * T;
            int p = i * PAIRS;
            int r0 = pairRows[p];
            int r1 = pairRows[p + 1];
            int r2 = pairRows[p + 2];
            int r3 = pairRows[p + 3];
            int r4 = pairRows[p + 4];
            // Each tag's score summed in a local, term by term in the order of the features (self, the four
            // neighbours, the five pairs when known, shape, phrase, context, start): the same float sums as
            // adding each term into the array, without a store and a load per term.
            for (int t = 0; t < T; t++) {
                float sum = 0f;
                sum += self[WordScores.SELF * T + t];
                sum += prev[prevAt + t];
                sum += prev2[prev2At + t];
                sum += next[nextAt + t];
                sum += next2[next2At + t];
                if (r0 >= 0) {
                    sum += weights[r0 * T + t];
                }
                if (r1 >= 0) {
                    sum += weights[r1 * T + t];
                }
                if (r2 >= 0) {
                    sum += weights[r2 * T + t];
                }
                if (r3 >= 0) {
                    sum += weights[r3 * T + t];
                }
                if (r4 >= 0) {
                    sum += weights[r4 * T + t];
                }
                sum += shapeScores[shapeAt + t];
                sum += smallScores[phraseAt + t];
                sum += smallScores[contextAt + t];
                sum += smallScores[startAt + t];
                e[i * T + t] = sum;
            }
        }
        return e;
    }

    /**
     * Model rows (-1 when absent) of {@link FeatureExtractor#pairs} at each position, {@value #PAIRS} per position
     * in the same order, built from the parts each word hashed once. Looked up for the whole sentence before any
     * is summed: the probes miss the cache and, free of the sums between them, overlap one another.
     */
    private int[] pairRows(WordScores[] w) {
        int n = w.length;
        int[] out = new int[n * PAIRS];
        for (int i = 0; i < n; i++) {
            WordScores self = w[i];
            int at = i * PAIRS;
            out[at] = row(Hashing.mix(i > 0 ? w[i - 1].pairPrev : PAIR_PREV_OUTSIDE, self.info.hf));
            out[at + 1] = row(Hashing.mix(self.pairSelf, i + 1 < n ? w[i + 1].info.hf : WordInfo.OUTSIDE));
            out[at + 2] = row(Hashing.mix(i > 0 ? w[i - 1].pairPrevStem : PAIR_PREV_STEM_OUTSIDE, self.info.hs));
            int cuePrev = i > 0 ? w[i - 1].info.cues : 0;
            out[at + 3] = cuePrev == 0 ? self.rowNoCueStem : row(FeatureTemplate.CUE_STEM_PAIR.key(cuePrev, self.info.hs));
            out[at + 4] = cuePrev == 0 ? self.rowNoCueFlags : row(FeatureTemplate.CUE_FLAGS_PAIR.key(cuePrev, self.info.flags));
        }
        return out;
    }

    /** The row of a feature, or -1; the filter answers most absent ones without probing the table. */
    private int row(long feature) {
        return known.mayContain(feature) ? rows.get(feature, -1) : -1;
    }

    private WordScores score(WordInfo info) {
        float[] s = new float[5 * T];
        long[][] slots = {info.self, info.asPrev, info.asNext, info.asPrev2, info.asNext2};
        for (int slot = 0; slot < slots.length; slot++) {
            sum(slots[slot], s, slot);
        }
        return new WordScores(info, s, rows.get(Hashing.mix(NO_CUE_STEM, info.hs), -1),
                rows.get(Hashing.mix(NO_CUE_FLAGS, info.flags), -1));
    }

    /** Scores of missing neighbours: slots 0..3 are before-start, two-before-start, after-end, two-after-end. */
    private float[] edgeScores() {
        float[] s = new float[5 * T];
        sum(WordInfo.BEFORE_START[0], s, 0);
        sum(WordInfo.BEFORE_START[1], s, 1);
        sum(WordInfo.AFTER_END[0], s, 2);
        sum(WordInfo.AFTER_END[1], s, 3);
        return s;
    }

    private void sum(long[] feats, float[] s, int slot) {
        for (long f : feats) {
            int row = rows.get(f, -1);
            if (row >= 0) {
                for (int t = 0; t < T; t++) {
                    s[slot * T + t] += weights[row * T + t];
                }
            }
        }
    }

    NerLexicon lexicon() {
        return lexicon;
    }

    /** Number of weighted features. */
    public int featureCount() {
        return rows.size();
    }

    /** Writes the model gzip-compressed; rows whose weights are all zero are dropped. */
    public void write(OutputStream target) throws IOException {
        NerModelFile.write(new NerModelFile.Contents(rows, weights(), transitions(), lexicon()), target);
    }

    /** Reads a model written by {@link #write}. */
    public static NerModel read(InputStream source) throws IOException {
        NerModelFile.Contents file = NerModelFile.read(source);
        return new NerModel(file.rows(), file.weights(), file.transitions(), file.lexicon());
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
