package dev.marsad.extract.ner;

/**
 * The emission side of {@link NerModel}: sums the weights of a sentence's features per (token, tag). Word-local
 * features are summed once per distinct word ({@link #score}, cached by the model as {@link WordScores}); the
 * features of few values (shapes, list marks, context, sentence start) are precomputed tables; word-pair features
 * are probed through a Bloom filter ({@link FeatureFilter}). Immutable, thread-safe.
 */
final class EmissionScorer {
    /** Constant parts of {@link FeatureExtractor#pairs} (outside the sentence, no cue before the word). */
    private static final long PAIR_PREV_OUTSIDE = FeatureTemplate.PREV_WORD_PAIR.key(WordInfo.OUTSIDE);
    private static final long PAIR_PREV_STEM_OUTSIDE = FeatureTemplate.PREV_STEM_PAIR.key(WordInfo.OUTSIDE);
    private static final long NO_CUE_STEM = FeatureTemplate.CUE_STEM_PAIR.key(0);
    private static final long NO_CUE_FLAGS = FeatureTemplate.CUE_FLAGS_PAIR.key(0);
    /** Word-pair features per position ({@link FeatureExtractor#pairs}). */
    private static final int PAIRS = 5;

    /** Tags scored per token (of the model's {@link TagScheme}). */
    private final int T;
    private final LongIntMap rows;
    /** Word-pair features are mostly unseen in training; this answers "absent" without probing {@link #rows}. */
    private final FeatureFilter known;
    private final float[] weights;
    private final FeatureExtractor features;
    private final float[] edges;
    private final float[] shapeScores;
    private final float[] smallScores;
    /** Scores of each {@link DocumentContext} bit; null when the model has no weight for any. */
    private final float[] docScores;
    /** Scores of each {@link FeatureTemplate#HEAD_CHAIN} code; null when the model has no weight for any. */
    private final float[] chainScores;
    /** Scores of each {@link DocumentContext#predictions} bit; null when the model has no weight for any. */
    private final float[] predictionScores;

    EmissionScorer(LongIntMap rows, float[] weights, FeatureExtractor features, int tagCount) {
        this.T = tagCount;
        this.rows = rows;
        this.known = new FeatureFilter(rows.keys());
        this.weights = weights;
        this.features = features;
        this.edges = edgeScores();
        this.shapeScores = table(FeatureTemplate.SHAPES, 512);
        this.smallScores = concat(table(FeatureTemplate.PHRASE_TAG, 7), table(FeatureTemplate.CONTEXT, 16),
                table(FeatureTemplate.SENTENCE_START, 2));
        this.docScores = weighedOrNull(table(FeatureTemplate.DOC_CONTEXT, DocumentContext.BITS));
        this.chainScores = weighedOrNull(table(FeatureTemplate.HEAD_CHAIN, FeatureExtractor.HEAD_CHAIN_CODES));
        this.predictionScores = weighedOrNull(table(FeatureTemplate.PRED_CONTEXT, DocumentContext.PREDICTION_BITS));
    }

    /** {@code scores}, or null when the model has no weight in it (the features need not be computed). */
    private static float[] weighedOrNull(float[] scores) {
        for (float f : scores) {
            if (f != 0f) {
                return scores;
            }
        }
        return null;
    }

    /** Adds to token {@code i}'s emissions in {@code e} the row of {@code scores} of each bit set in {@code code}. */
    private void addBits(float[] e, int i, int code, float[] scores) {
        while (code != 0) {
            int bit = Integer.numberOfTrailingZeros(code);
            for (int t = 0; t < T; t++) {
                e[i * T + t] += scores[bit * T + t];
            }
            code &= code - 1;
        }
    }

    /** True when the model reads a first pass's tags ({@link DocumentContext#predictions}): it then tags twice. */
    boolean usesPredictions() {
        return predictionScores != null;
    }

    /** First-pass emissions {@code e} plus the scores of each token's prediction code: a new array. */
    float[] withPredictions(float[] e, int[] codes) {
        float[] out = e.clone();
        for (int i = 0; i < codes.length; i++) {
            addBits(out, i, codes[i], predictionScores);
        }
        return out;
    }

    /** True when the model reads {@link DocumentContext} codes (else they need not be computed). */
    boolean usesDocumentContext() {
        return docScores != null;
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

    /** Per-token emission scores, token-major, {@code T} per token. */
    float[] emissions(WordScores[] w) {
        return emissions(w, null);
    }

    /** As {@link #emissions(WordScores[])}, with each token's {@link DocumentContext} code (null: none). */
    float[] emissions(WordScores[] w, int[] docCodes) {
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
            int chain = chainScores == null ? 0 : FeatureExtractor.headChainCode(info, i);
            if (chain != 0) {
                for (int t = 0; t < T; t++) {
                    e[i * T + t] += chainScores[chain * T + t];
                }
            }
            if (docScores != null && docCodes != null) {
                addBits(e, i, docCodes[i], docScores);
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

    /** The word-local scores of one word at each relative position, and its no-cue pair rows. */
    WordScores score(WordInfo info) {
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
}
