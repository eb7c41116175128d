package dev.marsad.extract;

import dev.marsad.calendar.DateMatch;
import dev.marsad.calendar.DateParser;
import dev.marsad.calendar.MonthNames;
import dev.marsad.model.TimeMention;
import dev.marsad.text.FoldedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("السبت", DayOfWeek.SATURDAY, "الاحد", DayOfWeek.SUNDAY,
            "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY, "الاربعاء", DayOfWeek.WEDNESDAY,
            "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY);
    private static final String DIRECTION = "(?:\\s+(?<dir>الماضي|الماضيه|المنصرم|السابق|المقبل|القادم|المقبله|القادمه))?";
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])(?<cl>و|ف)?(?:(?<today>اليوم|اول امس|امس|غدا)\\s+|(?:يوم|ليل|ليله|مساء|صباح|فجر)\\s+)?(?:و|ف|ب)?(?<day>السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)"
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
        List<int[]> months = MonthNames.occurrences(folded);
        for (DateMatch d : DateParser.find(folded, months)) {
            out.add(new TimeMention(text.substring(d.start(), d.end()), Optional.of(d.iso()), d.start(), d.end()));
        }
        List<int[]> triggers = triggerWords(folded);
        collectNear(WEEKDAY, f, triggers, folded, out, m -> published.map(p -> weekdayOrRelative(p, m, f).toString()));
        collectNear(RELATIVE_DAY, f, triggers, folded, out, m -> published.map(p -> relativeDay(p, m.group("word")).toString()));
        collectNear(YEAR, f, triggers, folded, out, m -> Optional.of(m.group("y")));
        collectNear(RELATIVE_PERIOD, f, triggers, folded, out, m -> published.map(p -> period(p, m.group("unit"), m.group("dir"))));
        collectNear(TimeRanges.YEAR_RANGE, f, triggers, folded, out, m -> TimeRanges.yearRange(m.group("y1"), m.group("y2")));
        collectNear(TimeRanges.CURRENT, f, triggers, folded, out, m -> published.map(p -> TimeRanges.current(p, m)));
        Matcher dayMonth = DAY_MONTH.matcher(f);
        Matcher monthDirection = MONTH_DIRECTION.matcher(f);
        Matcher monthAlone = MONTH_ALONE.matcher(f);
        for (int[] month : months) {
            TimeMatches.collect(DateParser.window(dayMonth, month), folded, out,
                    m -> published.flatMap(p -> dayMonth(p, m.group("d"), m.group("m"), m.group("dir"))));
            TimeMatches.collect(DateParser.window(monthAlone, month), folded, out,
                    m -> published.flatMap(p -> MonthNames.lookup(m.group("m")).map(n -> LocalDate.of(p.getYear(), n.month(), 1).toString().substring(0, 7))));
            TimeMatches.collect(DateParser.window(monthDirection, month), folded, out,
                    m -> published.flatMap(p -> monthDirection(p, m.group("m"), m.group("dir"))));
        }
        out.addAll(TimeRanges.find(folded, months, published));
        yearsAfterPrepositions(folded, out);
        out.sort(Comparator.comparingInt(TimeMention::start).thenComparing(Comparator.comparingInt((TimeMention t) -> t.end() - t.start()).reversed()));
        return dropOverlaps(out);
    }

    /** Words one of the relative-time patterns needs; the patterns are tried only around them. */
    private static final java.util.Set<String> TRIGGERS = java.util.Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "اليوم", "امس", "غدا", "الليله", "عام", "العام", "سنه", "سنة", "الشهر", "الاسبوع", "السنه", "عامي", "العامين",
            "سنتي");
    private static final dev.marsad.text.WordFilter TRIGGER_FILTER = dev.marsad.text.WordFilter.of(TRIGGERS);

    private static List<int[]> triggerWords(FoldedText folded) {
        String f = folded.folded();
        List<int[]> out = new ArrayList<>();
        for (int[] w : folded.words()) {
            // The filter rules out nearly every word before it is cut out of the text.
            if (!TRIGGER_FILTER.mayContain(f, w[0], w[1])
                    && !(w[1] - w[0] > 3 && TRIGGER_FILTER.mayContain(f, w[0] + 1, w[1]))) {
                continue;
            }
            String word = f.substring(w[0], w[1]);
            if (TRIGGERS.contains(word) || (word.length() > 3 && "وفب".indexOf(word.charAt(0)) >= 0 && TRIGGERS.contains(word.substring(1)))) {
                out.add(w);
            }
        }
        return out;
    }

    /** Matches of {@code p} near each trigger word, one window after the other (a weekday may follow يوم or اليوم). */
    private static void collectNear(Pattern p, String f, List<int[]> triggers, FoldedText folded, List<TimeMention> out,
            TimeMatches.Resolver resolver) {
        if (triggers.isEmpty()) {
            return;
        }
        Matcher m = p.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] t : triggers) {
            m.region(Math.max(0, t[0] - 12), Math.min(f.length(), t[1] + 24));
            TimeMatches.collect(m, folded, out, resolver);
        }
    }

    static LocalDate weekday(LocalDate published, DayOfWeek day, boolean today, String direction) {
        if (direction != null && (direction.startsWith("المقبل") || direction.startsWith("القادم"))) {
            return published.with(TemporalAdjusters.next(day));
        }
        if (direction != null) {
            return published.with(TemporalAdjusters.previous(day));
        }
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    static LocalDate relativeDay(LocalDate published, String word) {
        return switch (word) {
            case "امس" -> published.minusDays(1);
            case "اول امس" -> published.minusDays(2);
            case "غدا" -> published.plusDays(1);
            default -> published;
        };
    }

    static String period(LocalDate published, String unit, String direction) {
        int step = direction.equals("المقبل") || direction.equals("القادم") ? 1 : -1;
        return switch (unit) {
            case "الشهر" -> published.plusMonths(step).toString().substring(0, 7);
            case "العام" -> String.valueOf(published.getYear() + step);
            default -> published.plusWeeks(step).toString();
        };
    }

    /**
     * A day and month without a year: in the publication year, or with المقبل/القادم the next such day after
     * publication and with الماضي/المنصرم the latest one before it ({@code 13 يناير المقبل} on 31 December).
     */
    static Optional<String> dayMonth(LocalDate published, String day, String month, String direction) {
        return MonthNames.lookup(month).flatMap(m -> {
            try {
                LocalDate date = LocalDate.of(published.getYear(), m.month(), Integer.parseInt(day));
                boolean future = direction != null && (direction.equals("المقبل") || direction.equals("القادم"));
                boolean past = direction != null && (direction.equals("الماضي") || direction.equals("المنصرم"));
                if (future && !date.isAfter(published)) {
                    date = date.plusYears(1);
                } else if (past && !date.isBefore(published)) {
                    date = date.minusYears(1);
                }
                return Optional.of(date.toString());
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code أمس السبت}, {@code غدا الخميس}: the relative day decides; otherwise the weekday rule. */
    private static LocalDate weekdayOrRelative(LocalDate published, Matcher m, String f) {
        String today = m.group("today");
        if (today != null && !today.equals("اليوم")) {
            return relativeDay(published, today);
        }
        DayOfWeek day = WEEKDAYS.get(m.group("day"));
        if (today == null && m.group("dir") == null && futureBefore(f, m.start())) {
            return published.with(TemporalAdjusters.next(day)); // سيعقد المجلس جلسة يوم الأربعاء
        }
        return weekday(published, day, today != null, m.group("dir"));
    }

    /**
     * Future verbs of news prose (س + an imperfect: سيعقد، ستبدأ، سنواصل), folded. A closed list: the form alone
     * cannot tell them from names and nouns that start the same way (سيرغي، سيول، سيارة).
     */
    private static final java.util.Set<String> FUTURE_VERBS = futureVerbs();

    private static java.util.Set<String> futureVerbs() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String stem : new String[] {"عقد", "صل", "بدأ", "لتقي", "نطلق", "تم", "جري", "جرى", "زور", "توجه", "شارك",
            "لقي", "علن", "جتمع", "كون", "قام", "عود", "صوت", "ناقش", "وقع", "حضر", "ستضيف", "نظم", "فتتح", "ختتم",
            "غادر", "صدر", "عرض", "طلق", "ستأنف", "لعب", "واجه", "خوض", "ستقبل", "حتفل", "دخل", "نتهي", "ستمر",
            "عقدون", "جتمعون", "لتقون", "واصل", "صبح", "قدم", "علق"}) {
            for (String prefix : new String[] {"سي", "ست", "سن"}) {
                out.add(dev.marsad.text.ArabicNormalizer.fold(prefix + stem));
            }
        }
        out.add("سوف");
        return java.util.Set.copyOf(out);
    }

    /**
     * True when a future verb ({@link #FUTURE_VERBS}) or سوف stands in the same sentence within eight words
     * before {@code at}: the weekday that follows is then the next one, not the last (past tense is the default).
     */
    static boolean futureBefore(String f, int at) {
        int end = at;
        for (int words = 0; words < 8 && end > 0; words++) {
            int stop = end - 1;
            while (stop >= 0 && !Character.isLetter(f.charAt(stop))) {
                if (".!?؟\n".indexOf(f.charAt(stop)) >= 0) {
                    return false;
                }
                stop--;
            }
            if (stop < 0) {
                return false;
            }
            int start = stop;
            while (start > 0 && Character.isLetter(f.charAt(start - 1))) {
                start--;
            }
            String w = f.substring(start, stop + 1);
            if (w.startsWith("و") || w.startsWith("ف")) {
                w = w.length() > 4 ? w.substring(1) : w;
            }
            if (FUTURE_VERBS.contains(w)) {
                return true;
            }
            end = start;
        }
        return false;
    }

    /** Prepositions after which a bare four-digit number is a year: {@code في 2024}, {@code منذ 2019}. */
    private static final java.util.Set<String> YEAR_PREPOSITIONS = java.util.Set.of("في", "وفي", "منذ", "حتي", "خلال",
            "مطلع", "نهايه", "بدايه", "اواخر", "اوائل", "قبل", "بعد");

    /** A year 1900–2099 standing alone after one of {@link #YEAR_PREPOSITIONS}, not followed by a unit or digit. */
    private static void yearsAfterPrepositions(FoldedText folded, List<TimeMention> out) {
        String f = folded.folded();
        List<int[]> words = folded.words();
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
    private static String wordBefore(String f, List<int[]> words, int at) {
        int j = at;
        while (j > 0 && f.charAt(j - 1) == ' ') {
            j--;
        }
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int end = words.get(mid)[1];
            if (end == j) {
                return f.substring(words.get(mid)[0], end);
            }
            if (end < j) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return "";
    }

    static Optional<String> monthDirection(LocalDate published, String month, String direction) {
        return MonthNames.lookup(month).map(m -> {
            boolean future = direction.equals("المقبل") || direction.equals("القادم");
            LocalDate first = LocalDate.of(published.getYear(), m.month(), 1);
            if (future && !first.isAfter(published.withDayOfMonth(1))) {
                first = first.plusYears(1);
            } else if (!future && !first.isBefore(published.withDayOfMonth(1))) {
                first = first.minusYears(1);
            }
            return first.toString().substring(0, 7);
        });
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
