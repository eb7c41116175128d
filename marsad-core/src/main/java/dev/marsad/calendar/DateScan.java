package dev.marsad.calendar;

import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the date rules run their patterns over a folded text: only where a match can begin, or only around a month
 * name, so that a long text costs little where it holds no date; lookarounds always see the whole text. Each match
 * is read into a {@link DateMatch} spanning the original text, or dropped. Thread-safe.
 */
final class DateScan {
    private DateScan() {
    }

    /** Reads one match into a date of the original text, or nothing when the match names no real date. */
    interface Reader {
        Optional<DateMatch> read(Matcher m, FoldedText text);
    }

    /**
     * The matches {@code find()} would return over the whole text, attempting a match only at {@code starts}
     * (ascending): callers pass every offset where the pattern can begin. Lookbehinds still see the whole text.
     */
    static List<DateMatch> at(Pattern p, FoldedText text, int[] starts, Reader reader) {
        List<DateMatch> out = new ArrayList<>();
        if (starts.length == 0) {
            return out;
        }
        String f = text.folded();
        Matcher m = p.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : starts) {
            if (start < from) {
                continue;
            }
            m.region(start, f.length());
            if (m.lookingAt()) {
                reader.read(m, text).ifPresent(out::add);
                from = Math.max(m.end(), start + 1);
            }
        }
        return out;
    }

    /** Every match of {@code m} in its region, read. */
    static List<DateMatch> all(Matcher m, FoldedText text, Reader reader) {
        List<DateMatch> out = new ArrayList<>();
        while (m.find()) {
            reader.read(m, text).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Confines {@code m} to the neighbourhood of a month name (a day and "شهر" before it, a year and era mark
     * after it); lookarounds still see the whole text. The matcher may be reused from month to month.
     */
    static Matcher window(Matcher m, Span month) {
        int length = m.reset().regionEnd();
        return m.useTransparentBounds(true).useAnchoringBounds(false)
                .region(Math.max(0, month.start() - 16), Math.min(length, month.end() + 28));
    }

    /** The Gregorian day, or nothing for a day the month does not have ({@code 31/02/2023}). */
    static Optional<LocalDate> gregorian(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
