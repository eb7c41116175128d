package dev.marsad.calendar;

import dev.marsad.text.FoldedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A year alone, only after عام/العام/سنة with their proclitics ({@code في عام 2019}, {@code وللعام 2024},
 * {@code منذ سنة 1990م}): year precision, the span being the year itself. A bare number could be anything
 * ({@code تضم 2019 سيارة}). Thread-safe.
 */
final class YearWordDateRule {
    private static final Pattern YEAR_ONLY = Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|لل|ال|ب|ل)?(?:عام|سنه)\\s+(?<y>(?:19|20)\\d{2})(?:\\s*م)?(?![\\p{L}\\d])");

    private YearWordDateRule() {
    }

    /** The years after a year word in {@code folded}, in order. */
    static List<DateMatch> find(FoldedText folded) {
        return DateScan.at(YEAR_ONLY, folded, yearWordStarts(folded), YearWordDateRule::read);
    }

    /** Starts of words ending in عام or سنه, where {@link #YEAR_ONLY} can match (its prefixes are letters). */
    private static int[] yearWordStarts(FoldedText folded) {
        String f = folded.folded();
        IntStream.Builder starts = IntStream.builder();
        for (dev.marsad.text.Span w : folded.words()) {
            if (w.length() >= 3 && (f.startsWith("عام", w.end() - 3) || f.startsWith("سنه", w.end() - 3))) {
                starts.add(w.start());
            }
        }
        return starts.build().toArray();
    }

    private static Optional<DateMatch> read(Matcher m, FoldedText text) {
        int year = Integer.parseInt(m.group("y"));
        // The span is the year itself: "عام" stays part of the sentence around it.
        return Optional.of(new DateMatch(text.originalStart(m.start("y")), text.originalEnd(m.end()),
                LocalDate.of(year, 1, 1), DatePrecision.YEAR, false, Optional.empty()));
    }
}
