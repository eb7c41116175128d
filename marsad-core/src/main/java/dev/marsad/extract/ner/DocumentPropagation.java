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
        for (int s = 0; s < sentences.size(); s++) {
            collect(sentences.get(s), tags.get(s), names);
        }
        if (names.size() == 0) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            spread(sentences.get(s), tags.get(s), names);
        }
    }

    private static void collect(WordScores[] w, int[] tags, LongIntMap names) {
        for (int i = 0; i < w.length; i++) {
            if (tags[i] == 0 || NerTags.isInside(tags[i])) {
                continue;
            }
            int end = i + 1;
            while (end < w.length && tags[end] == tags[i] + 1) {
                end++;
            }
            int len = end - i;
            if (len > MAX_NAME || (len == 1 && !spreadable(w[i].info))) {
                continue;
            }
            names.put(key(w, i, len, w[i].info.hs), tags[i]);
            i = end - 1;
        }
    }

    private static void spread(WordScores[] w, int[] tags, LongIntMap names) {
        int i = 0;
        while (i < w.length) {
            int found = 0;
            for (int len = Math.min(MAX_NAME, w.length - i); len >= 1 && found == 0 && tags[i] == 0; len--) {
                if (!untagged(tags, i, len)) {
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
