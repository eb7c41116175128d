package dev.marsad.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Text folded for matching ({@link ArabicNormalizer}) together with a map from every folded char back to its
 * char offset in the original, so that matches found on the folded form become spans of the original text
 * (which is what outputs show). Immutable and thread-safe.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] toOriginal;
    /** The letter runs of the folded text, computed on first use (several scanners need them). */
    private volatile java.util.List<Span> words;

    private FoldedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /** Folds {@code original} with the standard normaliser, keeping the offset map. */
    public static FoldedText of(String original) {
        Objects.requireNonNull(original, "original");
        ArabicNormalizer normalizer = ArabicNormalizer.standard();
        // Folded chars go straight into an array: this runs over every article, so no per-char strings.
        char[] out = new char[original.length() + 1];
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            // NFKC one char at a time maps presentation forms (ﻻ → لا) while keeping the offset map exact; the
            // chars below them need none.
            String expanded = c < '\uFB50' ? null : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            int parts = expanded == null ? 1 : expanded.length();
            for (int k = 0; k < parts; k++) {
                char f = normalizer.foldChar(expanded == null ? c : expanded.charAt(k));
                if (f != 0) {
                    if (n + 1 >= map.length) {
                        map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
                        out = java.util.Arrays.copyOf(out, map.length);
                    }
                    out[n] = f;
                    map[n++] = i;
                }
            }
        }
        // Texts without dropped marks fill the map exactly: no copy then.
        int[] exact = map.length == n + 1 ? map : java.util.Arrays.copyOf(map, n + 1);
        exact[n] = original.length();
        return new FoldedText(original, new String(out, 0, n), exact);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The letter runs of the folded text ({@link LetterRuns}), computed once. */
    public java.util.List<Span> words() {
        java.util.List<Span> w = words;
        if (w == null) {
            w = java.util.List.copyOf(LetterRuns.of(folded));
            words = w;
        }
        return w;
    }

    /** Original offset of the folded char at {@code foldedIndex} ({@code folded().length()} maps to the end). */
    public int originalStart(int foldedIndex) {
        return toOriginal[foldedIndex];
    }

    /** Original end offset (exclusive) for a folded span ending at {@code foldedEnd} (exclusive). */
    public int originalEnd(int foldedEnd) {
        if (foldedEnd == 0) {
            return 0;
        }
        int last = toOriginal[foldedEnd - 1];
        int end = last + 1;
        // Dropped marks (diacritics, tatweel) right after the last char belong to the word.
        while (end < original.length() && ArabicNormalizer.standard().foldChar(original.charAt(end)) == 0
                && !Character.isWhitespace(original.charAt(end))) {
            end++;
        }
        return end;
    }
}
