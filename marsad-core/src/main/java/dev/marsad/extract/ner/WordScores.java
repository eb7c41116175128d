package dev.marsad.extract.ner;

/**
 * A word's {@link WordInfo} with the emission scores its word-local features add at each relative position
 * (self, as previous, as next, as two before, as two after), so that tagging sums five small vectors per
 * position instead of looking up every feature. Immutable.
 */
final class WordScores {
    static final int SELF = 0;
    static final int AS_PREV = 1;
    static final int AS_NEXT = 2;
    static final int AS_PREV2 = 3;
    static final int AS_NEXT2 = 4;

    final WordInfo info;
    final float[] scores;
    /**
     * The word's share of the word-pair features of {@link FeatureExtractor#pairs}, hashed once per word instead
     * of once per occurrence: {@code PREV_WORD_PAIR.key(hf)} (as the word before), {@code NEXT_WORD_PAIR.key(hf)}
     * (as the word itself) and {@code PREV_STEM_PAIR.key(hs)} (as the stem before), see {@link FeatureTemplate}.
     */
    final long pairPrev;
    final long pairSelf;
    final long pairPrevStem;
    /**
     * Model rows (-1 when absent) of the two pair features that combine the cues of the word before with this
     * word, for the common case of a word before without cues: looked up once per word, not per occurrence.
     */
    final int rowNoCueStem;
    final int rowNoCueFlags;

    WordScores(WordInfo info, float[] scores, int rowNoCueStem, int rowNoCueFlags) {
        this.info = info;
        this.scores = scores;
        this.pairPrev = FeatureTemplate.PREV_WORD_PAIR.key(info.hf);
        this.pairSelf = FeatureTemplate.NEXT_WORD_PAIR.key(info.hf);
        this.pairPrevStem = FeatureTemplate.PREV_STEM_PAIR.key(info.hs);
        this.rowNoCueStem = rowNoCueStem;
        this.rowNoCueFlags = rowNoCueFlags;
    }
}
