package dev.marsad.calendar;

import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with a month name of any system ({@link MonthNames}), glued or spaced. Thread-safe.
 * <ul>
 *   <li>day, month, year in Arabic order: {@code 15سبتمبر2023}, {@code 15 كانون الثاني 2024}, also English
 *       {@code 11th, September 2023 GMT}; a month named twice ({@code تموز/ يوليو 2023},
 *       {@code أيلول (سبتمبر)}) or after شهر ({@code 3 من شهر يوليو 2023}); the era letter
 *       ({@code 2 أكتوبر 2023م}) allowed;</li>
 *   <li>English month first: {@code September 11, 2023};</li>
 *   <li>month and year only: {@code يوليو 2000} → {@code 2000-07} (month precision);</li>
 *   <li>Hijri dates with a day ({@code 29 صفر 1445 هـ}), converted with {@link HijrahDate} (Umm al-Qura
 *       calendar).</li>
 * </ul>
 * Not dates here: a bare month name (مايو is also a word fragment, رجب a name), a day and month without a year
 * (the times stage resolves those against the publication date), a Hijri month without a day.
 */
final class NamedMonthDateRule {
    private static final String MONTH_ALTERNATION = MonthNames.all().stream()
            .map(m -> Pattern.quote(m.folded()).replace(" ", "\\E\\s+\\Q"))
            .reduce((a, b) -> a + "|" + b).orElseThrow();
    /** A month name, possibly named twice: {@code تموز/ يوليو}, {@code أيلول (سبتمبر)}. */
    private static final String MONTH = "(?:شهر\\s+)?(?<m1>" + MONTH_ALTERNATION + ")(?:\\s*/\\s*(?<m2>"
            + MONTH_ALTERNATION + ")" + "|\\s*\\(\\s*(?<m3>" + MONTH_ALTERNATION + ")\\s*\\))?";
    private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<y>(?:1[3-4]|19|20)\\d{2})";
    /** The era letter of a Gregorian year, glued or spaced: {@code 2023م} (ميلادية). */
    private static final String GREGORIAN_MARK = "(?:\\s*م(?![\\p{L}]))?";

    /** Day? month year?: Arabic order, also English "11th, September 2023". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:" + DAY + "\\s*,?\\s*(?:من\\s+)?)?" + MONTH
                    + "(?:\\s*,?\\s*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?" + YEAR + GREGORIAN_MARK + ")?"
                    + "(?<hijriMark>\\s*(?:هـ|ه)(?![\\p{L}]))?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** English month-first: "September 11, 2023". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NamedMonthDateRule() {
    }

    /**
     * The named-month dates of {@code folded}, given where its month names stand ({@link MonthNames#occurrences}):
     * month by month, the month-first reading before the day-first one (overlaps kept).
     */
    static List<DateMatch> find(FoldedText folded, List<Span> months) {
        String f = folded.folded();
        Matcher monthDayYear = MONTH_DAY_YEAR.matcher(f);
        Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(f);
        List<DateMatch> found = new ArrayList<>();
        for (Span month : months) {
            found.addAll(DateScan.all(DateScan.window(monthDayYear, month), folded, NamedMonthDateRule::read));
            found.addAll(DateScan.all(DateScan.window(dayMonthYear, month), folded, NamedMonthDateRule::read));
        }
        return found;
    }

    private static Optional<DateMatch> read(Matcher m, FoldedText text) {
        Optional<MonthNames.Month> month = MonthNames.lookup(m.group("m1").replaceAll("\\s+", " "));
        String dayText = m.group("d");
        String yearText = m.group("y");
        if (month.isEmpty() || yearText == null) {
            // A bare month name is too ambiguous; a day and month without a year are the times stage's to resolve.
            return Optional.empty();
        }
        boolean hijri = month.get().hijri();
        int year = Integer.parseInt(yearText);
        int start = text.originalStart(m.start());
        int end = text.originalEnd(m.end());
        if (hijri || year < 1700) {
            if (!hijri || dayText == null) {
                return Optional.empty();
            }
            return hijriToGregorian(year, month.get().month(), Integer.parseInt(dayText))
                    .map(d -> new DateMatch(start, end, d, DatePrecision.DAY, true, Optional.empty()));
        }
        if (dayText == null) {
            return Optional.of(new DateMatch(start, end, LocalDate.of(year, month.get().month(), 1),
                    DatePrecision.MONTH, false, Optional.empty()));
        }
        return DateScan.gregorian(year, month.get().month(), Integer.parseInt(dayText))
                .map(d -> new DateMatch(start, end, d, DatePrecision.DAY, false, Optional.empty()));
    }

    /** The Gregorian day of a Hijri (Umm al-Qura) one, or nothing outside the calendar's range or month. */
    static Optional<LocalDate> hijriToGregorian(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
