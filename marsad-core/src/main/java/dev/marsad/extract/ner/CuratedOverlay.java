package dev.marsad.extract.ner;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.CliticSplitter;

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

    void apply(String[] raw, int[] tags) {
        int n = raw.length;
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            folded[i] = ArabicNormalizer.fold(raw[i]);
        }
        int i = 0;
        while (i < n) {
            int matched = tags[i] == 0 ? match(raw, folded, tags, i) : 0;
            i += Math.max(1, matched);
        }
    }

    /** Tags the longest curated name starting at {@code from} over untagged words; returns its length or 0. */
    private int match(String[] raw, String[] folded, int[] tags, int from) {
        String[] firsts = {folded[from], ArabicNormalizer.fold(CliticSplitter.stripParticles(raw[from])),
            ArabicNormalizer.fold(CliticSplitter.split(raw[from]).stem())};
        for (int len = Math.min(NerLexicon.MAX_PHRASE, raw.length - from); len >= 1; len--) {
            if (tags[from + len - 1] != 0) {
                continue;
            }
            for (String first : firsts) {
                long h = Hashing.of(first);
                for (int j = from + 1; j < from + len; j++) {
                    h = Hashing.extend(h, folded[j]);
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
