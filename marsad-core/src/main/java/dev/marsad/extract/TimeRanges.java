package dev.marsad.extract;

import dev.marsad.calendar.MonthNames;
import dev.marsad.calendar.DateParser;
import dev.marsad.model.TimeMention;
import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions that span more than one day, as ISO 8601 intervals ({@code start/end}):
 * <ul>
 *   <li>day ranges across two months: {@code من 28 سبتمبر إلى 7 أكتوبر} → {@code 2023-09-28/2023-10-07};</li>
 *   <li>day ranges in one month: {@code من 10 إلى 15 أكتوبر}, {@code بين 10 و15 أكتوبر 2023} →
 *       {@code 2023-10-10/2023-10-15} (the publication year when none is written);</li>
 *   <li>year ranges: {@code بين عامي 2019 و2021}, {@code من عام 2019 إلى 2021} → {@code 2019/2021};</li>
 *   <li>a Hijri month and year: {@code ربيع الأول 1446} → its Gregorian days ({@code 2024-09-04/2024-10-03},
 *       Umm al-Qura calendar), since a Hijri month straddles two Gregorian ones;</li>
 * </ul>
 * and the current year or month: {@code العام الجاري}, {@code هذا العام} → {@code 2023}, {@code الشهر الحالي} →
 * {@code 2023-09}. Thread-safe (stateless).
 */
final class TimeRanges {
    private static final String GREGORIAN_MONTHS = alternation(false);
    private static final String HIJRI_MONTHS = alternation(true);
    private static final Pattern DAY_RANGE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:من|بين)\\s+)?(?<d1>[0-3]?\\d)\\s*(?:الي|الى|حتي|حتى|و|-|–)\\s*"
            + "(?<d2>[0-3]?\\d)\\s+(?:من\\s+)?(?<m>" + GREGORIAN_MONTHS + ")(?:\\s+(?:عام\\s+)?(?<y>(?:19|20)\\d{2}))?(?![\\p{L}\\d])");
    private static final Pattern CROSS_MONTH_RANGE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:من|بين)\\s+)?(?<d1>[0-3]?\\d)\\s+(?<m1>"
            + GREGORIAN_MONTHS + ")\\s*(?:الي|الى|حتي|حتى|و|-|–)\\s*(?<d2>[0-3]?\\d)\\s+(?<m2>" + GREGORIAN_MONTHS
            + ")(?:\\s+(?:عام\\s+)?(?<y>(?:19|20)\\d{2}))?(?![\\p{L}\\d])");
    static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\p{L}])(?:(?:بين|من|خلال)\\s+)?(?:عامي|العامين|سنتي|عام|العام|سنه)\\s+"
            + "(?<y1>(?:19|20)\\d{2})\\s*(?:الي|الى|حتي|حتى|و|-|–)\\s*(?:عام\\s+)?(?<y2>(?:19|20)\\d{2})(?![\\d])");
    private static final Pattern HIJRI_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d]|\\d\\s)(?:شهر\\s+)?(?<m>" + HIJRI_MONTHS
            + ")\\s+(?:عام\\s+|سنه\\s+)?(?<y>1[34]\\d{2})(?:\\s*(?:هـ|ه)(?![\\p{L}]))?(?![\\d])");
    static final Pattern CURRENT = Pattern.compile(
            "(?<![\\p{L}])(?:(?<unit>العام|السنه|الشهر)\\s+(?:الجاري|الحالي)|(?:هذا|هذه)\\s+(?<unit2>العام|السنه|الشهر))(?![\\p{L}])");

    private TimeRanges() {
    }

    private static String alternation(boolean hijri) {
        return MonthNames.all().stream().filter(m -> m.hijri() == hijri && m.folded().length() > 3 && !m.folded().matches("[a-z]+"))
                .map(m -> Pattern.quote(m.folded()).replace(" ", "\\E\\s+\\Q")).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Day ranges and Hijri months, near the month names; {@link TimeExtractor} tries the other two patterns. */
    static List<TimeMention> find(FoldedText folded, List<Span> months, Optional<LocalDate> published) {
        String f = folded.folded();
        List<TimeMention> out = new ArrayList<>();
        Matcher dayRange = DAY_RANGE.matcher(f);
        Matcher hijri = HIJRI_MONTH_YEAR.matcher(f);
        Matcher crossMonth = CROSS_MONTH_RANGE.matcher(f);
        for (Span month : months) {
            TimeMatches.collect(DateParser.window(crossMonth, month), folded, out, m -> crossMonthRange(m, published));
            TimeMatches.collect(DateParser.window(dayRange, month), folded, out, m -> dayRange(m, published));
            TimeMatches.collect(DateParser.window(hijri, month), folded, out, TimeRanges::hijriMonth);
        }
        return out;
    }

    static Optional<String> dayRange(Matcher m, Optional<LocalDate> published) {
        Optional<Integer> year = m.group("y") != null ? Optional.of(Integer.parseInt(m.group("y"))) : published.map(LocalDate::getYear);
        Optional<MonthNames.Month> month = MonthNames.lookup(m.group("m").replaceAll("\\s+", " "));
        if (year.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.of(year.get(), month.get().month(), Integer.parseInt(m.group("d1")));
            LocalDate to = LocalDate.of(year.get(), month.get().month(), Integer.parseInt(m.group("d2")));
            return from.isBefore(to) ? Optional.of(from + "/" + to) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code من 28 سبتمبر إلى 7 أكتوبر}: a range over two months; a December-to-January range crosses the year. */
    static Optional<String> crossMonthRange(Matcher m, Optional<LocalDate> published) {
        Optional<Integer> year = m.group("y") != null ? Optional.of(Integer.parseInt(m.group("y"))) : published.map(LocalDate::getYear);
        Optional<MonthNames.Month> first = MonthNames.lookup(m.group("m1").replaceAll("\\s+", " "));
        Optional<MonthNames.Month> last = MonthNames.lookup(m.group("m2").replaceAll("\\s+", " "));
        if (year.isEmpty() || first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        try {
            int endYear = year.get();
            int startYear = first.get().month() > last.get().month() ? endYear - (m.group("y") != null ? 1 : 0) : endYear;
            if (m.group("y") == null && first.get().month() > last.get().month()) {
                endYear = startYear + 1;
            }
            LocalDate from = LocalDate.of(startYear, first.get().month(), Integer.parseInt(m.group("d1")));
            LocalDate to = LocalDate.of(endYear, last.get().month(), Integer.parseInt(m.group("d2")));
            return from.isBefore(to) ? Optional.of(from + "/" + to) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> yearRange(String first, String last) {
        return Integer.parseInt(first) < Integer.parseInt(last) ? Optional.of(first + "/" + last) : Optional.empty();
    }

    static Optional<String> hijriMonth(Matcher m) {
        Optional<MonthNames.Month> month = MonthNames.lookup(m.group("m").replaceAll("\\s+", " "));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            HijrahDate first = HijrahDate.of(Integer.parseInt(m.group("y")), month.get().month(), 1);
            int days = (int) first.range(ChronoField.DAY_OF_MONTH).getMaximum();
            LocalDate from = LocalDate.from(first);
            return Optional.of(from + "/" + from.plusDays(days - 1L));
        } catch (DateTimeException e) {
            return Optional.empty(); // Outside the Umm al-Qura table (1300–1600 AH).
        }
    }

    /** The year or month a {@link #CURRENT} match names. */
    static String current(LocalDate published, Matcher m) {
        String unit = m.group("unit") != null ? m.group("unit") : m.group("unit2");
        return unit.equals("الشهر") ? published.toString().substring(0, 7) : String.valueOf(published.getYear());
    }
}
