package dev.marsad.extract.ner;

/**
 * Turns a sentence into hashed feature keys. Per word ({@link WordInfo}): the folded word and its clitic-free
 * stem, the proclitic, stem prefixes, suffixes and letter trigrams, word shape, name-list and cue membership,
 * each also seen from the neighbouring positions. Per position (here): word and stem bigrams, the shapes around,
 * multi-word list matches, title / role cues before the word combined with the word ({@code الرئيس الروسي} two
 * words back), and sentence start. Thread-safe.
 */
final class FeatureExtractor {
    /** Values of {@link FeatureTemplate#HEAD_CHAIN}. */
    static final int HEAD_CHAIN_CODES = 64;
    private static final int MAX_CHAIN = 4;

    private final NerLexicon lexicon;
    /** Whether training emits {@link FeatureTemplate#HEAD_CHAIN} (the tagger reads it whenever the model has weights). */
    private final boolean headChain;

    FeatureExtractor(NerLexicon lexicon) {
        this(lexicon, false);
    }

    FeatureExtractor(NerLexicon lexicon, boolean headChain) {
        this.lexicon = lexicon;
        this.headChain = headChain;
    }

    WordInfo word(String raw) {
        return new WordInfo(raw, lexicon);
    }

    /** All features of each token, for training. */
    long[][] extract(String[] raw) {
        return extract(words(raw));
    }

    /** The {@link WordInfo} of each token. */
    WordInfo[] words(String[] raw) {
        WordInfo[] w = new WordInfo[raw.length];
        for (int i = 0; i < raw.length; i++) {
            w[i] = word(raw[i]);
        }
        return w;
    }

    /**
     * All features of each token, for training; each set bit of {@code docCodes} ({@link DocumentContext#codes}) and
     * {@code predictionCodes} ({@link DocumentContext#predictions}) adds one; either may be null.
     */
    long[][] extract(WordInfo[] w, int[] docCodes, int[] predictionCodes) {
        long[][] local = extract(w);
        for (int i = 0; i < w.length; i++) {
            int code = docCodes == null ? 0 : docCodes[i];
            int pred = predictionCodes == null ? 0 : predictionCodes[i];
            if (code != 0 || pred != 0) {
                long[] all = java.util.Arrays.copyOf(local[i], local[i].length + Integer.bitCount(code) + Integer.bitCount(pred));
                int k = WordInfo.bits(all, local[i].length, FeatureTemplate.DOC_CONTEXT, code);
                WordInfo.bits(all, k, FeatureTemplate.PRED_CONTEXT, pred);
                local[i] = all;
            }
        }
        return local;
    }

    /** All features of each token but the document's, for training. */
    long[][] extract(WordInfo[] w) {
        int[] phrase = phraseTags(w);
        long[][] out = new long[w.length][];
        for (int i = 0; i < w.length; i++) {
            long[] pos = positional(w, phrase, i);
            long[][] parts = {w[i].self, i > 0 ? w[i - 1].asPrev : WordInfo.BEFORE_START[0],
                i > 1 ? w[i - 2].asPrev2 : WordInfo.BEFORE_START[1], i + 1 < w.length ? w[i + 1].asNext : WordInfo.AFTER_END[0],
                i + 2 < w.length ? w[i + 2].asNext2 : WordInfo.AFTER_END[1], pos};
            int n = 0;
            for (long[] p : parts) {
                n += p.length;
            }
            long[] all = new long[n];
            int k = 0;
            for (long[] p : parts) {
                System.arraycopy(p, 0, all, k, p.length);
                k += p.length;
            }
            out[i] = all;
        }
        return out;
    }

    /** The features of position {@code i} that depend on more than one word. */
    long[] positional(WordInfo[] w, int[] phrase, int i) {
        long[] pairs = pairs(w, i);
        long[] all = java.util.Arrays.copyOf(pairs, pairs.length + 4);
        all[pairs.length] = FeatureTemplate.SHAPES.key(shapeCode(w, i));
        all[pairs.length + 1] = FeatureTemplate.PHRASE_TAG.key(phrase[i]);
        all[pairs.length + 2] = FeatureTemplate.CONTEXT.key(contextCode(w, i));
        all[pairs.length + 3] = FeatureTemplate.SENTENCE_START.key(i == 0 ? 1 : 0);
        int chain = headChain ? headChainCode(w, i) : 0;
        if (chain != 0) {
            all = java.util.Arrays.copyOf(all, all.length + 1);
            all[all.length - 1] = FeatureTemplate.HEAD_CHAIN.key(chain);
        }
        return all;
    }

    /**
     * The nearest cue word (head noun or title) up to {@value #MAX_CHAIN} words back with only words carrying the
     * article between it and this word: {@code (cue types * 4 + distance - 1) * 2 + (this word has the article)},
     * 0 when there is none.
     */
    static int headChainCode(WordInfo[] w, int i) {
        for (int d = 1; d <= MAX_CHAIN && i - d >= 0; d++) {
            WordInfo before = w[i - d];
            if (before.cues != 0) {
                return ((before.cues & 7) * 4 + d - 1) * 2 + (w[i].article ? 1 : 0);
            }
            if (!before.article) {
                return 0;
            }
        }
        return 0;
    }

    /** Word-pair features of position {@code i}: bigrams and a cue before the word combined with it. */
    static long[] pairs(WordInfo[] w, int i) {
        int n = w.length;
        long prev = i > 0 ? w[i - 1].hf : WordInfo.OUTSIDE;
        long prevStem = i > 0 ? w[i - 1].hs : WordInfo.OUTSIDE;
        long next = i + 1 < n ? w[i + 1].hf : WordInfo.OUTSIDE;
        int cuePrev = i > 0 ? w[i - 1].cues : 0;
        return new long[] {
            FeatureTemplate.PREV_WORD_PAIR.key(prev, w[i].hf),
            FeatureTemplate.NEXT_WORD_PAIR.key(w[i].hf, next),
            FeatureTemplate.PREV_STEM_PAIR.key(prevStem, w[i].hs),
            FeatureTemplate.CUE_STEM_PAIR.key(cuePrev, w[i].hs),
            FeatureTemplate.CUE_FLAGS_PAIR.key(cuePrev, w[i].flags)};
    }

    /** The shapes of the word and its neighbours (7 outside the sentence), as one small code below 512. */
    static int shapeCode(WordInfo[] w, int i) {
        int n = w.length;
        return w[i].shape * 64 + (i > 0 ? w[i - 1].shape : 7) * 8 + (i + 1 < n ? w[i + 1].shape : 7);
    }

    /** A cue two words back and whether the word before is a nisba adjective (الرئيس الروسي ...), below 16. */
    static int contextCode(WordInfo[] w, int i) {
        int cuePrev2 = i > 1 ? w[i - 2].cues : 0;
        boolean nisba = i > 0 && w[i - 1].nisba;
        return cuePrev2 * 2 + (nisba ? 1 : 0);
    }

    /** B/I marks (1..3 begin, 4..6 inside by type) of the longest listed multi-word names. */
    int[] phraseTags(WordInfo[] w) {
        int n = w.length;
        int[] tags = new int[n];
        for (int i = 0; i < n; i++) {
            if (!w[i].phraseStart) {
                continue;
            }
            for (int len = Math.min(NerLexicon.MAX_PHRASE, n - i); len >= 2; len--) {
                int type = matchType(w, i, len);
                if (type >= 0) {
                    tags[i] = tags[i] == 0 ? 1 + type : tags[i];
                    for (int j = i + 1; j < i + len; j++) {
                        tags[j] = tags[j] == 0 ? 4 + type : tags[j];
                    }
                    break;
                }
            }
        }
        return tags;
    }

    private int matchType(WordInfo[] w, int from, int len) {
        WordInfo first = w[from];
        for (int variant = 0; variant < 3; variant++) {
            long h = variant == 0 ? first.hf : variant == 1 ? first.hs : first.ha;
            if (variant > 0 && h == first.hf) {
                continue;
            }
            for (int j = from + 1; j < from + len; j++) {
                h = Hashing.mix(h, w[j].hf);
            }
            int types = lexicon.phraseTypes(h);
            if (types != 0) {
                return Integer.numberOfTrailingZeros(types);
            }
        }
        return -1;
    }
}
