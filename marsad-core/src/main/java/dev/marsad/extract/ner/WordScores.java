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

    WordScores(WordInfo info, float[] scores) {
        this.info = info;
        this.scores = scores;
    }
}
