package dev.marsad.extract.ner;

import java.util.List;

/**
 * One sense per document: a name the model found once in an article also tags its other exact occurrences
 * that the model left O (news repeats names, and later mentions often lack the cue that made the first one
 * clear: {@code الرئيس الروسي فلاديمير بوتين} ... {@code بوتين}). Matching is on folded words, the first word
 * also by its clitic-free stem. Single words shorter than three letters or listed as cue words are not spread.
 * Thread-safe (stateless).
 */
final class DocumentPropagation {
    private static final int MAX_NAME = NerLexicon.MAX_PHRASE;

    private DocumentPropagation() {
    }

    static void apply(List<WordScores[]> sentences, List<int[]> tags) {
        LongIntMap names = new LongIntMap(64);
        // The lengths of the names each first word (by stem) begins, as bits: most words begin none, and for
        // them no name key needs to be hashed.
        LongIntMap firsts = new LongIntMap(64);
        for (int s = 0; s < sentences.size(); s++) {
            collect(sentences.get(s), tags.get(s), names, firsts);
        }
        if (names.size() == 0) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            spread(sentences.get(s), tags.get(s), names, firsts);
        }
    }

    private static void collect(WordScores[] w, int[] tags, LongIntMap names, LongIntMap firsts) {
        for (int i = 0; i < w.length; i++) {
            if (tags[i] == 0 || NerTags.isInside(tags[i])) {
                continue;
            }
            int end = NerTags.nameEnd(tags, i, w.length);
            int len = end - i;
            if (len > MAX_NAME || (len == 1 && !spreadable(w[i].info))) {
                continue;
            }
            names.put(key(w, i, len, w[i].info.hs), tags[i]);
            firsts.or(w[i].info.hs, 1 << len);
            i = end - 1;
        }
    }

    private static void spread(WordScores[] w, int[] tags, LongIntMap names, LongIntMap firsts) {
        int i = 0;
        while (i < w.length) {
            int found = 0;
            int lengths = tags[i] == 0 ? firsts.get(w[i].info.hs, 0) : 0;
            for (int len = Math.min(MAX_NAME, w.length - i); len >= 1 && found == 0 && lengths != 0; len--) {
                if ((lengths & (1 << len)) == 0 || !untagged(tags, i, len)) {
                    continue;
                }
                int begin = names.get(key(w, i, len, w[i].info.hs), 0);
                if (begin != 0) {
                    tags[i] = begin;
                    for (int j = i + 1; j < i + len; j++) {
                        tags[j] = begin + 1;
                    }
                    found = len;
                }
            }
            i += Math.max(1, found);
        }
    }

    private static boolean spreadable(WordInfo w) {
        return w.stem.length() >= 3 && w.cues == 0;
    }

    private static long key(WordScores[] w, int from, int len, long first) {
        long h = Hashing.mix(first, len);
        for (int j = from + 1; j < from + len; j++) {
            h = Hashing.mix(h, w[j].info.hf);
        }
        return h;
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
