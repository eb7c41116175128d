package dev.marsad.extract;

import dev.marsad.calendar.MonthNames;
import dev.marsad.calendar.Weekdays;
import dev.marsad.text.ResourceLines;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The date arithmetic of relative expressions, against the publication date: weekdays (the last one on or before
 * publication, the next one after a future verb or with المقبل), أمس/غدا, last/next week, month or year, a day and
 * month without a year, a month with الماضي/المقبل. Thread-safe (stateless).
 */
final class RelativeDates {
    private RelativeDates() {
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
    static LocalDate weekdayOrRelative(LocalDate published, Matcher m, String f) {
        String today = m.group("today");
        if (today != null && !today.equals("اليوم")) {
            return relativeDay(published, today);
        }
        DayOfWeek day = Weekdays.of(m.group("day")).orElseThrow();
        if (today == null && m.group("dir") == null && futureBefore(f, m.start())) {
            return published.with(TemporalAdjusters.next(day)); // سيعقد المجلس جلسة يوم الأربعاء
        }
        return weekday(published, day, today != null, m.group("dir"));
    }

    /**
     * Future verbs of news prose (س + an imperfect: سيعقد، ستبدأ، سنواصل), folded; the stems are in
     * {@code future-verb-stems-ar.txt}.
     */
    private static final java.util.Set<String> FUTURE_VERBS = futureVerbs();

    private static java.util.Set<String> futureVerbs() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String stem : ResourceLines.read("/dev/marsad/extract/future-verb-stems-ar.txt")) {
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
}
