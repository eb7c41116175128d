package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.List;

/**
 * Per-article word indexes the speaker chain looks names up in, each made on first use, so that a quote's look-up
 * costs no scan of the article's text (per-quote scans made long inputs quadratic, issue 12); each answers as the
 * scan it replaces.
 */
final class ArticleWordIndex {
    private final String text;
    private FoldedText foldedText;
    private List<ArticleWord> words;
    private java.util.Map<String, Integer> letterRunCounts;
    private java.util.Map<String, Positions> foldedWordStarts;
    private java.util.Set<String> wordsAfterPlaceNouns;

    ArticleWordIndex(String text) {
        this.text = text;
    }

    /** One word of the article: its folded form, where it stands, and whether only spaces part it from the word before. */
    record ArticleWord(String folded, int start, int end, boolean joined) {
        static List<ArticleWord> of(String text) {
            List<ArticleWord> out = new java.util.ArrayList<>();
            int previousEnd = -1;
            for (int i = 0; i < text.length(); ) {
                if (!Character.isLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                boolean joined = previousEnd >= 0 && text.substring(previousEnd, i).isBlank();
                out.add(new ArticleWord(ArabicNormalizer.fold(text.substring(i, end)), i, end, joined));
                previousEnd = end;
                i = end;
            }
            return out;
        }
    }

    /** The article folded with its offset map. */
    FoldedText folded() {
        if (foldedText == null) {
            foldedText = FoldedText.of(text);
        }
        return foldedText;
    }

    /** The article's words in text order. */
    List<ArticleWord> words() {
        if (words == null) {
            words = ArticleWord.of(text);
        }
        return words;
    }

    /** How often {@code word} stands in the text as a whole word (no letter either side), from a count made once. */
    int letterRunCount(String word) {
        if (letterRunCounts == null) {
            letterRunCounts = new java.util.HashMap<>();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int end = i;
                while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                letterRunCounts.merge(text.substring(i, end), 1, Integer::sum);
                i = end;
            }
        }
        return letterRunCounts.getOrDefault(word, 0);
    }

    /** Whether the article writes this folded word right after a place or group noun somewhere (لقضاء سوران). */
    boolean writtenAfterPlaceNoun(String folded) {
        if (wordsAfterPlaceNouns == null) {
            // Once per article, not a scan of its words per name asked about (issue 12).
            List<ArticleWord> all = words();
            wordsAfterPlaceNouns = new java.util.HashSet<>();
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i).joined() && SpeakerNameParts.isPlaceOrGroupNoun(all.get(i - 1).folded())) {
                    wordsAfterPlaceNouns.add(all.get(i).folded());
                }
            }
        }
        return wordsAfterPlaceNouns.contains(folded);
    }

    /**
     * Where {@code key} may stand in {@code folded} (the article folded) after a non-letter, ascending: a key opening
     * with a letter run can stand there only where the same run stands as a whole word, which the article's word
     * index gives; any other key, at every place it occurs.
     */
    int[] wordBoundedCandidates(String folded, String key) {
        int run = 0;
        while (run < key.length() && Character.isLetter(key.charAt(run))) {
            run++;
        }
        if (run == 0) {
            java.util.List<Integer> all = new java.util.ArrayList<>();
            for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
                all.add(at);
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }
        if (foldedWordStarts == null) {
            foldedWordStarts = wordStarts(folded);
        }
        Positions starts = foldedWordStarts.get(key.substring(0, run));
        return starts == null ? new int[0] : starts.toArray();
    }

    /** Where each letter run of {@code folded} stands, by run (primitive arrays: one entry per word of the article). */
    private static java.util.Map<String, Positions> wordStarts(String folded) {
        java.util.Map<String, Positions> index = new java.util.HashMap<>();
        for (int i = 0; i < folded.length(); ) {
            if (!Character.isLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                end++;
            }
            index.computeIfAbsent(folded.substring(i, end), k -> new Positions()).add(i);
            i = end;
        }
        return index;
    }

    /** A growing list of offsets. */
    private static final class Positions {
        private int[] at = new int[2];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(at, size);
        }
    }
}
