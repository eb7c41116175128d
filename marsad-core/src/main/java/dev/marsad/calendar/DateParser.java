package dev.marsad.calendar;

import dev.marsad.text.FoldedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds absolute dates in Arabic and English news text. Works on {@link FoldedText} (hamza, yeh and digit
 * folding), so {@code ١٥ أيلول ٢٠٢٣} and {@code 15 ايلول 2023} read alike, and maps matches back to the
 * original text. Thread-safe.
 *
 * <p>Forms recognised:
 * <ul>
 *   <li>ISO dates and date-times: {@code 2023-09-15}, {@code 2023-09-15T10:30:00+03:00};</li>
 *   <li>numeric: {@code 15/09/2023}, {@code 15-9-2023}, {@code 15.09.2023} (day first, the Arab convention),
 *       and {@code 2023/09/15};</li>
 *   <li>month names of every system ({@link MonthNames}), glued or spaced: {@code 15سبتمبر2023},
 *       {@code 15 كانون الثاني 2024}, {@code تموز/ يوليو 2023}, {@code 11th, September 2023 GMT},
 *       {@code September 11, 2023}, month and year only ({@code يوليو 2000} → {@code 2000-07}), with or
 *       without the era letter ({@code 2 أكتوبر 2023م});</li>
 *   <li>Hijri dates ({@code 29 صفر 1445 هـ}), converted with {@link HijrahDate} (Umm al-Qura calendar);</li>
 *   <li>a month named twice ({@code أيلول (سبتمبر)}) or after شهر ({@code 3 من شهر يوليو 2023});</li>
 *   <li>a year alone only after عام/العام/سنة ({@code في عام 2019} → {@code 2019}, year precision).</li>
 * </ul>
 * Written by hand: no Java date library parses Arabic month-name systems or glued forms.
 */
public final class DateParser {
    private static final String MONTH_ALTERNATION = MonthNames.all().stream()
            .map(m -> Pattern.quote(m.folded()).replace(" ", "\\E\\s+\\Q"))
            .reduce((a, b) -> a + "|" + b).orElseThrow();
    /** A month name, possibly named twice: {@code تموز/ يوليو}, {@code أيلول (سبتمبر)}. */
    private static final String MONTH = "(?:شهر\\s+)?(?<m1>" + MONTH_ALTERNATION + ")(?:\\s*/\\s*(?<m2>" + MONTH_ALTERNATION + ")"
            + "|\\s*\\(\\s*(?<m3>" + MONTH_ALTERNATION + ")\\s*\\))?";
    private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<y>(?:1[3-4]|19|20)\\d{2})";
    /** The era letter of a Gregorian year, glued or spaced: {@code 2023م} (ميلادية). */
    private static final String GREGORIAN_MARK = "(?:\\s*م(?![\\p{L}]))?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(?<y>(?:19|20)\\d{2})-(?<m>[01]?\\d)-(?<d>[0-3]?\\d)"
                    + "(?<t>[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.-])(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)\\k<sep>(?<y>(?:19|20)\\d{2})(?![\\d])");
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d/])(?<y>(?:19|20)\\d{2})/(?<m>[01]?\\d)/(?<d>[0-3]?\\d)(?![\\d])");
    /** Day? month year?: Arabic order, also English "11th, September 2023". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:" + DAY + "\\s*,?\\s*(?:من\\s+)?)?" + MONTH + "(?:\\s*,?\\s*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?" + YEAR + GREGORIAN_MARK + ")?"
                    + "(?<hijriMark>\\s*(?:هـ|ه)(?![\\p{L}]))?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** English month-first: "September 11, 2023". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A year alone after عام/العام/سنة: {@code في عام 2019} (a bare number could be anything). */
    private static final Pattern YEAR_ONLY = Pattern.compile(
            "(?<![\\p{L}])[وف]?(?:بال|لل|ال|ب|ل)?(?:عام|سنه)\\s+(?<y>(?:19|20)\\d{2})(?:\\s*م)?(?![\\p{L}\\d])");

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
    public static List<DateMatch> find(FoldedText folded, List<int[]> months) {
        String f = folded.folded();
        List<DateMatch> found = new ArrayList<>();
        // The numeric forms start a run of digits and the year-only form a word ending in عام/سنه; trying the
        // patterns only there finds what a scan of every position would, since elsewhere they fail at once.
        int[] digitRuns = digitRunStarts(f);
        collectAt(ISO, folded, digitRuns, found, DateParser::numeric);
        collectAt(NUMERIC_YMD, folded, digitRuns, found, DateParser::numeric);
        collectAt(NUMERIC_DMY, folded, digitRuns, found, DateParser::numeric);
        Matcher monthDayYear = MONTH_DAY_YEAR.matcher(f);
        Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(f);
        for (int[] month : months) {
            collect(window(monthDayYear, month), folded, found, DateParser::named);
            collect(window(dayMonthYear, month), folded, found, DateParser::named);
        }
        collectAt(YEAR_ONLY, folded, yearWordStarts(folded), found, DateParser::yearOnly);
        found.sort(Comparator.comparingInt(DateMatch::start));
        return removeOverlaps(found);
    }

    /** Offsets where a run of ASCII digits begins (a digit not preceded by one). */
    private static int[] digitRunStarts(String f) {
        int[] starts = new int[8];
        int n = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || f.charAt(i - 1) < '0' || f.charAt(i - 1) > '9')) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** Starts of words ending in عام or سنه, where {@link #YEAR_ONLY} can match (its prefixes are letters). */
    private static int[] yearWordStarts(FoldedText folded) {
        String f = folded.folded();
        List<int[]> words = folded.words();
        int[] starts = new int[4];
        int n = 0;
        for (int[] w : words) {
            if (w[1] - w[0] >= 3 && (f.startsWith("عام", w[1] - 3) || f.startsWith("سنه", w[1] - 3))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = w[0];
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /**
     * The matches {@code find()} would return over the whole text, attempting a match only at {@code starts}
     * (ascending): callers pass every offset where the pattern can begin. Lookbehinds still see the whole text.
     */
    private static void collectAt(Pattern p, FoldedText text, int[] starts, List<DateMatch> out, Reader reader) {
        if (starts.length == 0) {
            return;
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
    }

    /**
     * Confines {@code m} to the neighbourhood of a month name (a day and "شهر" before it, a year and era mark
     * after it); lookarounds still see the whole text. The matcher may be reused from month to month.
     */
    public static Matcher window(Matcher m, int[] month) {
        int length = m.reset().regionEnd();
        return m.useTransparentBounds(true).useAnchoringBounds(false)
                .region(Math.max(0, month[0] - 16), Math.min(length, month[1] + 28));
    }

    /** The first date in {@code text} that is known to the day, or to the month if none is. */
    public static Optional<DateMatch> parseFirst(String text) {
        List<DateMatch> all = find(text);
        return all.stream().filter(d -> d.precision() == DatePrecision.DAY).findFirst()
                .or(() -> all.stream().filter(d -> d.precision() == DatePrecision.MONTH).findFirst());
    }

    private interface Reader {
        Optional<DateMatch> read(Matcher m, FoldedText text);
    }

    private static void collect(Matcher m, FoldedText text, List<DateMatch> out, Reader reader) {
        while (m.find()) {
            reader.read(m, text).ifPresent(out::add);
        }
    }

    private static Optional<DateMatch> numeric(Matcher m, FoldedText text) {
        int year = Integer.parseInt(m.group("y"));
        int month = Integer.parseInt(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        Optional<String> time = Optional.empty();
        if (m.pattern() == ISO && m.group("t") != null) {
            time = Optional.of(m.group("t").strip());
        }
        return gregorian(year, month, day)
                .map(d -> new DateMatch(text.originalStart(m.start()), text.originalEnd(m.end()), d, DatePrecision.DAY, false,
                        Optional.empty()))
                .map(d -> d)
                .map(d -> withTime(d, m, text));
    }

    private static DateMatch withTime(DateMatch d, Matcher m, FoldedText text) {
        if (m.pattern() == ISO && m.group("t") != null) {
            return new DateMatch(d.start(), d.end(), d.date(), d.precision(), false, Optional.of(m.group("t").strip()));
        }
        return d;
    }

    private static Optional<DateMatch> named(Matcher m, FoldedText text) {
        Optional<MonthNames.Month> month = MonthNames.lookup(m.group("m1").replaceAll("\\s+", " "));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        String dayText = m.group("d");
        String yearText = m.group("y");
        boolean hijri = month.get().hijri();
        if (yearText == null && dayText == null) {
            return Optional.empty(); // A bare month name is too ambiguous (مايو is also a word fragment, رجب a name).
        }
        if (yearText == null) {
            return Optional.empty(); // Day and month without a year: the times stage resolves those against context.
        }
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
            return Optional.of(new DateMatch(start, end, LocalDate.of(year, month.get().month(), 1), DatePrecision.MONTH,
                    false, Optional.empty()));
        }
        return gregorian(year, month.get().month(), Integer.parseInt(dayText))
                .map(d -> new DateMatch(start, end, d, DatePrecision.DAY, false, Optional.empty()));
    }

    private static Optional<DateMatch> yearOnly(Matcher m, FoldedText text) {
        int year = Integer.parseInt(m.group("y"));
        // The span is the year itself: "عام" stays part of the sentence around it.
        return Optional.of(new DateMatch(text.originalStart(m.start("y")), text.originalEnd(m.end()),
                LocalDate.of(year, 1, 1), DatePrecision.YEAR, false, Optional.empty()));
    }

    static Optional<LocalDate> gregorian(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> hijriToGregorian(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

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
