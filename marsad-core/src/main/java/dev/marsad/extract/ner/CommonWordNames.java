package dev.marsad.extract.ner;

/**
 * After decoding: names made only of common words of the training text (a common noun or adjective the tagger
 * took for a name) go back to O. Chosen by cross-validation on the training range: +0.4 F1. Thread-safe.
 */
final class CommonWordNames {
    private final NerLexicon lexicon;

    CommonWordNames(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Sets to O every name of {@code tags} whose words are all common words. */
    void apply(WordScores[] words, int[] tags) {
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
}
