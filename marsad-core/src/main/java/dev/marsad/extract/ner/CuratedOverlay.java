package dev.marsad.extract.ner;

/**
 * Tags names of the curated current-news list (names-ar.txt) where the model left every word O. Needed because
 * the training corpus (ANERcorp, 2007) labels some institutions as MISC, which training maps to O
 * ({@code البيت الأبيض}), and never saw many current names; the list is small and precise, so it only fills
 * gaps and never overrides a name the model found. Thread-safe.
 */
final class CuratedOverlay {
    private final NerLexicon lexicon;

    CuratedOverlay(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(WordScores[] words, int[] tags) {
        int n = words.length;
        int i = 0;
        while (i < n) {
            boolean candidate = tags[i] == 0 && (words[i].info.flags & NerLexicon.CURATED_ANY) != 0;
            int matched = candidate ? match(words, tags, i) : 0;
            i += Math.max(1, matched);
        }
    }

    /** Tags the longest curated name starting at {@code from} over untagged words; returns its length or 0. */
    private int match(WordScores[] words, int[] tags, int from) {
        WordInfo w = words[from].info;
        long[] firsts = {w.hf, w.ha, w.hs};
        for (int len = Math.min(NerLexicon.MAX_PHRASE, words.length - from); len >= 1; len--) {
            if (tags[from + len - 1] != 0) {
                continue;
            }
            for (long first : firsts) {
                long h = first;
                for (int j = from + 1; j < from + len; j++) {
                    h = Hashing.mix(h, words[j].info.hf);
                }
                int types = lexicon.curatedTypes(h);
                if (types != 0 && untagged(tags, from, len)) {
                    int begin = 1 + 2 * Integer.numberOfTrailingZeros(types);
                    tags[from] = begin;
                    for (int j = from + 1; j < from + len; j++) {
                        tags[j] = begin + 1;
                    }
                    return len;
                }
            }
        }
        return 0;
    }

    private static boolean untagged(int[] tags, int from, int len) {
        for (int j = from; j < from + len; j++) {
            if (tags[j] != 0) {
                return false;
            }
        }
        return true;
    }
}
