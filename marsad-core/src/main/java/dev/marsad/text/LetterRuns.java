package dev.marsad.text;

import java.util.ArrayList;
import java.util.List;

/** The maximal runs of letters in a text, as spans: its words, cheaply. Thread-safe. */
public final class LetterRuns {
    private LetterRuns() {
    }

    /** Every run of letters in {@code s}, in order. */
    public static List<Span> of(String s) {
        List<Span> out = new ArrayList<>();
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
            out.add(new Span(i, end));
            i = end;
        }
        return out;
    }
}
