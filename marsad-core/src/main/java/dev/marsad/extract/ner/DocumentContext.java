package dev.marsad.extract.ner;

import java.util.List;

/**
 * Non-local evidence for the tagger (context aggregation, Ratinov and Roth 2009): what stands before the same word
 * <em>elsewhere in the article</em>. News names a person or body in full once, with its title or head noun
 * ({@code الرئيس الروسي فلاديمير بوتين}, {@code حركة حماس}), then bare ({@code بوتين}, {@code حماس}); the bare mention
 * lacks the cue that the tagger reads locally. Per token, a code of {@value #BITS} bits, each a feature
 * ({@link FeatureTemplate#DOC_CONTEXT}): the cue types (person, location, organisation) of the word right before
 * another occurrence (bits 0..2), of the word two before it (3..5), a listed first name right before it (6), and
 * whether the word occurs elsewhere at all (7). Words are matched by clitic-free stem; words of under three letters
 * and cue words get no code. Stateless, thread-safe.
 */
final class DocumentContext {
    static final int BITS = 8;
    private static final int OCCURS = 7;

    private DocumentContext() {
    }

    /** The code of each token of each sentence of one document. */
    static int[][] codes(List<WordInfo[]> document) {
        return aggregate(document, (s, i) -> own(document.get(s), i));
    }

    /** Bits of {@link #predictions}: the type a first pass gave another occurrence (person, location, organisation, none). */
    static final int PREDICTION_BITS = 4;

    /**
     * Per token, what a first pass of the tagger made of the same word elsewhere in the document (prediction
     * aggregation, Ratinov and Roth 2009): bit {@code type} for each name type it was tagged inside, bit 3 when it
     * was left outside any name. Eligible words as for {@link #codes}.
     */
    static int[][] predictions(List<WordInfo[]> document, List<int[]> iob2) {
        return aggregate(document, (s, i) -> {
            int tag = iob2.get(s)[i];
            return tag == 0 ? 1 << 3 : 1 << ((tag - 1) / 2);
        });
    }

    /** The bits one occurrence (sentence, token) contributes. */
    private interface Occurrence {
        int bits(int sentence, int token);
    }

    /** Per token, the bits the other occurrences of its word in the document contribute. */
    private static int[][] aggregate(List<WordInfo[]> document, Occurrence occurrence) {
        // Per stem, a counter per bit (8 bits each, saturating), so that each occurrence can leave itself out.
        LongLongMap totals = new LongLongMap(256);
        for (int s = 0; s < document.size(); s++) {
            WordInfo[] w = document.get(s);
            for (int i = 0; i < w.length; i++) {
                if (eligible(w[i])) {
                    totals.put(w[i].hs, add(totals.get(w[i].hs), occurrence.bits(s, i)));
                }
            }
        }
        int[][] out = new int[document.size()][];
        for (int s = 0; s < document.size(); s++) {
            WordInfo[] w = document.get(s);
            int[] codes = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                if (eligible(w[i])) {
                    codes[i] = others(totals.get(w[i].hs), occurrence.bits(s, i));
                }
            }
            out[s] = codes;
        }
        return out;
    }

    private static boolean eligible(WordInfo w) {
        return w.stem.length() >= 3 && w.cues == 0;
    }

    /** The bits this occurrence contributes. */
    private static int own(WordInfo[] w, int i) {
        int code = 1 << OCCURS;
        if (i > 0) {
            code |= w[i - 1].cues & 7;
            code |= (w[i - 1].flags & NerLexicon.PERSON_FIRST) != 0 ? 1 << 6 : 0;
        }
        if (i > 1) {
            code |= (w[i - 2].cues & 7) << 3;
        }
        return code;
    }

    private static long add(long counters, int bits) {
        long out = counters;
        for (int b = 0; b < BITS; b++) {
            if ((bits & (1 << b)) != 0 && ((out >>> (8 * b)) & 0xFF) < 0xFF) {
                out += 1L << (8 * b);
            }
        }
        return out;
    }

    /** The bits seen at the word's other occurrences: counters above this occurrence's own share. */
    private static int others(long counters, int own) {
        int code = 0;
        for (int b = 0; b < BITS; b++) {
            long count = (counters >>> (8 * b)) & 0xFF;
            if (count > ((own >>> b) & 1)) {
                code |= 1 << b;
            }
        }
        return code;
    }

    /** A small open-addressing map from long to long; 0 for a missing key. */
    private static final class LongLongMap {
        private long[] keys;
        private long[] values;
        private boolean[] used;
        private int size;

        LongLongMap(int capacity) {
            int n = Integer.highestOneBit(Math.max(16, capacity * 2) - 1) << 1;
            keys = new long[n];
            values = new long[n];
            used = new boolean[n];
        }

        long get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return 0;
        }

        void put(long key, long value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        private static int slot(long key, int mask) {
            return (int) (key ^ (key >>> 29) ^ (key >>> 47)) & mask;
        }

        private void grow() {
            long[] k = keys;
            long[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new long[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }
    }
}
