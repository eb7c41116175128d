package dev.marsad.text;

import java.util.ArrayList;
import java.util.List;

/** The maximal runs of letters in a text, as {@code [start, end)} pairs: its words, cheaply. Thread-safe. */
public final class LetterRuns {
    private LetterRuns() {
    }

    /** Every run of letters in {@code s}, in order. */
    public static List<int[]> of(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!CharClass.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && CharClass.isLetter(s.charAt(end))) {
                end++;
            }
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }
}
