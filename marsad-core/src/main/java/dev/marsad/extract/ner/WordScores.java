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
     * of once per occurrence: {@code mix(11, hf)} (as the word before), {@code mix(12, hf)} (as the word itself)
     * and {@code mix(33, hs)} (as the stem before).
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
        this.pairPrev = Hashing.mix(11, info.hf);
        this.pairSelf = Hashing.mix(12, info.hf);
        this.pairPrevStem = Hashing.mix(33, info.hs);
        this.rowNoCueStem = rowNoCueStem;
        this.rowNoCueFlags = rowNoCueFlags;
    }
}
