package dev.marsad.extract;

import dev.marsad.model.TimeMention;
import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.util.List;
import java.util.Optional;

/** Bare years ({@code في 2024}, {@code منذ 2019}): a four-digit number after a preposition of time. Thread-safe. */
final class BareYears {
    private BareYears() {
    }

    /** Prepositions after which a bare four-digit number is a year: {@code في 2024}, {@code منذ 2019}. */
    private static final java.util.Set<String> YEAR_PREPOSITIONS = Lexicon.YEAR_PREPOSITIONS;

    /** A year 1900–2099 standing alone after one of {@link #YEAR_PREPOSITIONS}, not followed by a unit or digit. */
    static void find(FoldedText folded, List<TimeMention> out) {
        String f = folded.folded();
        List<Span> words = folded.words();
        for (int i = 0; i + 4 <= f.length(); i++) {
            char c = f.charAt(i);
            if ((c != '1' && c != '2') || (i > 0 && Character.isLetterOrDigit(f.charAt(i - 1)))) {
                continue;
            }
            boolean year = (f.startsWith("19", i) || f.startsWith("20", i)) && Character.isDigit(f.charAt(i + 2))
                    && Character.isDigit(f.charAt(i + 3))
                    && (i + 4 == f.length() || !Character.isLetterOrDigit(f.charAt(i + 4)) && f.charAt(i + 4) != '%');
            if (year && YEAR_PREPOSITIONS.contains(wordBefore(f, words, i))) {
                int start = folded.originalStart(i);
                int end = folded.originalEnd(i + 4);
                out.add(new TimeMention(folded.original().substring(start, end), Optional.of(f.substring(i, i + 4)), start, end));
            }
        }
    }

    /** The letter run ending right before {@code at} (spaces between), or "": a binary search by end offset. */
    private static String wordBefore(String f, List<Span> words, int at) {
        int j = at;
        while (j > 0 && f.charAt(j - 1) == ' ') {
            j--;
        }
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int end = words.get(mid).end();
            if (end == j) {
                return words.get(mid).of(f);
            }
            if (end < j) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return "";
    }
}
