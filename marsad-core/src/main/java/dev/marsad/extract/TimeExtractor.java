package dev.marsad.extract;

import dev.marsad.calendar.DateMatch;
import dev.marsad.calendar.DateParser;
import dev.marsad.calendar.MonthNames;
import dev.marsad.calendar.Weekdays;
import dev.marsad.model.TimeMention;
import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them against the publication date:
 * <ul>
 *   <li>full dates of every calendar and month system ({@link DateParser}), month and year ({@code يوليو 2000}
 *       → {@code 2000-07}), a year after عام/العام/سنة ({@code 2019});</li>
 *   <li>weekdays ({@code يوم الأربعاء}, {@code الخميس}): a news report speaks of the past, so the latest such
 *       day on or before publication; with المقبل/القادم the next one after it, with الماضي the one before;</li>
 *   <li>{@code اليوم} (publication day), {@code أمس} (the day before), {@code أول أمس}, {@code غدا};</li>
 *   <li>a day and month without a year ({@code 15 سبتمبر}) take the publication year;</li>
 *   <li>a month alone with الماضي/المقبل ({@code يوليو الماضي}) resolves to the nearest such month;</li>
 *   <li>ranges, Hijri months and the current year or month: {@link TimeRanges}.</li>
 * </ul>
 * Without a publication date, relative expressions keep no value. Thread-safe (stateless).
 */
final class TimeExtractor {
    private static final String DIRECTION = "(?:\\s+(?<dir>الماضي|الماضيه|المنصرم|السابق|المقبل|القادم|المقبله|القادمه))?";
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])(?<cl>و|ف)?(?:(?<today>اليوم|اول امس|امس|غدا)\\s+|(?:يوم|ليل|ليله|مساء|صباح|فجر)\\s+)?(?:و|ف|ب)?(?<day>" + Weekdays.alternation() + ")"
                    + DIRECTION + "(?![\\p{L}])");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?<![\\p{L}])(?<cl>و|ف)?(?<word>اول امس|امس|غدا|اليوم|الليله)(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}])(?:عام|العام|سنه|سنة)\\s+(?<y>(?:19|20)\\d{2})(?![\\d])");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?<unit>الشهر|العام|الاسبوع)\\s+(?<dir>الماضي|المقبل|القادم|المنصرم)(?![\\p{L}])");
    /** A month, possibly named twice ({@code تموز/ يوليو}, {@code أيلول (سبتمبر)}), with no year after it. */
    private static final String MONTH_NO_YEAR = "(?<m>" + monthAlternation() + ")(?:\\s*/\\s*(?:" + monthAlternation()
            + ")|\\s*\\(\\s*(?:" + monthAlternation() + ")\\s*\\))?(?![\\p{L}])(?!\\s*,?\\s*(?:من\\s+)?(?:عام\\s+)?\\d{4})";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?<d>[0-3]?\\d)\\s*(?:من\\s+)?" + MONTH_NO_YEAR
                    + "(?:\\s+(?<dir>الماضي|المنصرم|المقبل|القادم|الجاري|الحالي)(?![\\p{L}]))?");
    /** A month alone after في/منذ/حتى/خلال/مطلع…: {@code في يونيو} is that month of the publication year. */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?<![\\p{L}])(?<cl>[وف]?(?:في|خلال|منذ|حتي|شهر|مطلع|منتصف|نهايه|اواخر|اوائل|بدايه)\\s+)" + MONTH_NO_YEAR
                    + "(?!\\s+(?:الماضي|المنصرم|المقبل|القادم|الجاري|الحالي))");
    private static final Pattern MONTH_DIRECTION = Pattern.compile(
            "(?<![\\p{L}])(?<m>" + monthAlternation() + ")\\s+(?<dir>الماضي|المقبل|القادم|المنصرم)(?![\\p{L}])");

    private TimeExtractor() {
    }

    private static String monthAlternation() {
        return MonthNames.all().stream().filter(m -> !m.hijri() && m.folded().length() > 3 && !m.folded().matches("[a-z]+"))
                .map(m -> Pattern.quote(m.folded())).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    static List<TimeMention> extract(String text, Optional<LocalDate> published) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.folded();
        List<TimeMention> out = new ArrayList<>();
        List<Span> months = MonthNames.occurrences(folded);
        for (DateMatch d : DateParser.find(folded, months)) {
            out.add(new TimeMention(text.substring(d.start(), d.end()), Optional.of(d.iso()), d.start(), d.end()));
        }
        List<Span> triggers = triggerWords(folded);
        collectNear(WEEKDAY, f, triggers, folded, out, m -> published.map(p -> RelativeDates.weekdayOrRelative(p, m, f).toString()));
        collectNear(RELATIVE_DAY, f, triggers, folded, out, m -> published.map(p -> RelativeDates.relativeDay(p, m.group("word")).toString()));
        collectNear(YEAR, f, triggers, folded, out, m -> Optional.of(m.group("y")));
        collectNear(RELATIVE_PERIOD, f, triggers, folded, out, m -> published.map(p -> RelativeDates.period(p, m.group("unit"), m.group("dir"))));
        collectNear(TimeRanges.YEAR_RANGE, f, triggers, folded, out, m -> TimeRanges.yearRange(m.group("y1"), m.group("y2")));
        collectNear(TimeRanges.CURRENT, f, triggers, folded, out, m -> published.map(p -> TimeRanges.current(p, m)));
        Matcher dayMonth = DAY_MONTH.matcher(f);
        Matcher monthDirection = MONTH_DIRECTION.matcher(f);
        Matcher monthAlone = MONTH_ALONE.matcher(f);
        for (Span month : months) {
            TimeMatches.collect(DateParser.window(dayMonth, month), folded, out,
                    m -> published.flatMap(p -> RelativeDates.dayMonth(p, m.group("d"), m.group("m"), m.group("dir"))));
            TimeMatches.collect(DateParser.window(monthAlone, month), folded, out,
                    m -> published.flatMap(p -> MonthNames.lookup(m.group("m")).map(n -> LocalDate.of(p.getYear(), n.month(), 1).toString().substring(0, 7))));
            TimeMatches.collect(DateParser.window(monthDirection, month), folded, out,
                    m -> published.flatMap(p -> RelativeDates.monthDirection(p, m.group("m"), m.group("dir"))));
        }
        out.addAll(TimeRanges.find(folded, months, published));
        BareYears.find(folded, out);
        out.sort(Comparator.comparingInt(TimeMention::start).thenComparing(Comparator.comparingInt((TimeMention t) -> t.end() - t.start()).reversed()));
        return dropOverlaps(out);
    }

    /** Words one of the relative-time patterns needs; the patterns are tried only around them. */
    private static final java.util.Set<String> TRIGGERS = triggers();

    private static java.util.Set<String> triggers() {
        java.util.Set<String> words = new java.util.HashSet<>(Weekdays.names());
        words.addAll(java.util.Set.of("اليوم", "امس", "غدا", "الليله", "عام", "العام", "سنه", "سنة", "الشهر", "الاسبوع",
                "السنه", "عامي", "العامين", "سنتي"));
        return java.util.Set.copyOf(words);
    }
    private static final dev.marsad.text.WordFilter TRIGGER_FILTER = dev.marsad.text.WordFilter.of(TRIGGERS);

    private static List<Span> triggerWords(FoldedText folded) {
        String f = folded.folded();
        List<Span> out = new ArrayList<>();
        for (Span w : folded.words()) {
            // The filter rules out nearly every word before it is cut out of the text.
            if (!TRIGGER_FILTER.mayContain(f, w.start(), w.end())
                    && !(w.length() > 3 && TRIGGER_FILTER.mayContain(f, w.start() + 1, w.end()))) {
                continue;
            }
            String word = w.of(f);
            if (TRIGGERS.contains(word) || (word.length() > 3 && "وفب".indexOf(word.charAt(0)) >= 0 && TRIGGERS.contains(word.substring(1)))) {
                out.add(w);
            }
        }
        return out;
    }

    /** Matches of {@code p} near each trigger word, one window after the other (a weekday may follow يوم or اليوم). */
    private static void collectNear(Pattern p, String f, List<Span> triggers, FoldedText folded, List<TimeMention> out,
            TimeMatches.Resolver resolver) {
        if (triggers.isEmpty()) {
            return;
        }
        Matcher m = p.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (Span t : triggers) {
            m.region(Math.max(0, t.start() - 12), Math.min(f.length(), t.end() + 24));
            TimeMatches.collect(m, folded, out, resolver);
        }
    }

    /** Keeps the longest of overlapping mentions (input sorted by start, longer first). */
    private static List<TimeMention> dropOverlaps(List<TimeMention> sorted) {
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention t : sorted) {
            if (out.stream().noneMatch(k -> t.start() < k.end() && k.start() < t.end())) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(TimeMention::start));
        return out;
    }
}
