package dev.marsad.calendar;

import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds absolute dates in Arabic and English news text. Works on {@link FoldedText} (hamza, yeh and digit
 * folding), so {@code ١٥ أيلول ٢٠٢٣} and {@code 15 ايلول 2023} read alike, and maps matches back to the
 * original text. Thread-safe.
 *
 * <p>Forms recognised, one rule class each:
 * <ul>
 *   <li>dates in digits, ISO, day first and year first ({@link NumericDateRule});</li>
 *   <li>dates with a month name of every system, Gregorian and Hijri, month and year only included
 *       ({@link NamedMonthDateRule});</li>
 *   <li>a year alone only after عام/العام/سنة ({@link YearWordDateRule}).</li>
 * </ul>
 * Where their matches overlap the longest wins. Written by hand: no Java date library parses Arabic month-name
 * systems or glued forms.
 */
public final class DateParser {
    private DateParser() {
    }

    /** Every date in {@code text}, in order, non-overlapping (longest match wins). */
    public static List<DateMatch> find(String text) {
        return find(FoldedText.of(text));
    }

    /** Every date in an already folded text, in order, non-overlapping (longest match wins). */
    public static List<DateMatch> find(FoldedText folded) {
        return find(folded, MonthNames.occurrences(folded));
    }

    /**
     * As {@link #find(FoldedText)}, given where the month names stand ({@link MonthNames#occurrences}), for
     * callers that need those too.
     */
    public static List<DateMatch> find(FoldedText folded, List<Span> months) {
        List<DateMatch> found = new ArrayList<>(NumericDateRule.find(folded));
        found.addAll(NamedMonthDateRule.find(folded, months));
        found.addAll(YearWordDateRule.find(folded));
        // A stable sort: of two matches starting at one offset, the rule listed first above comes first.
        found.sort(Comparator.comparingInt(DateMatch::start));
        return removeOverlaps(found);
    }

    /**
     * Confines {@code m} to the neighbourhood of a month name (a day and "شهر" before it, a year and era mark
     * after it); lookarounds still see the whole text. The matcher may be reused from month to month.
     */
    public static Matcher window(Matcher m, Span month) {
        return DateScan.window(m, month);
    }

    /** The first date in {@code text} that is known to the day, or to the month if none is. */
    public static Optional<DateMatch> parseFirst(String text) {
        List<DateMatch> all = find(text);
        return all.stream().filter(d -> d.precision() == DatePrecision.DAY).findFirst()
                .or(() -> all.stream().filter(d -> d.precision() == DatePrecision.MONTH).findFirst());
    }

    /** Of overlapping matches (sorted by start) the longer stays; of two as long, the earlier. */
    private static List<DateMatch> removeOverlaps(List<DateMatch> sorted) {
        List<DateMatch> out = new ArrayList<>();
        for (DateMatch d : sorted) {
            if (!out.isEmpty() && d.start() < out.get(out.size() - 1).end()) {
                DateMatch previous = out.get(out.size() - 1);
                if (d.end() - d.start() > previous.end() - previous.start()) {
                    out.set(out.size() - 1, d);
                }
                continue;
            }
            out.add(d);
        }
        return out;
    }
}
