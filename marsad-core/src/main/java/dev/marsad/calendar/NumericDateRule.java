package dev.marsad.calendar;

import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Dates written in digits only (after digit folding, so Arabic-Indic digits count). Thread-safe.
 * <ul>
 *   <li>ISO dates and date-times: {@code 2023-09-15}, {@code 2023-09-15T10:30:00+03:00} (the time kept as
 *       written);</li>
 *   <li>day first, the Arab convention: {@code 15/09/2023}, {@code 15-9-2023}, {@code 15.09.2023} (one separator
 *       throughout);</li>
 *   <li>year first with slashes: {@code 2023/09/15}.</li>
 * </ul>
 * A day the month does not have ({@code 31/02/2023}) is no date.
 */
final class NumericDateRule {
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(?<y>(?:19|20)\\d{2})-(?<m>[01]?\\d)-(?<d>[0-3]?\\d)"
                    + "(?<t>[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.-])(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)\\k<sep>(?<y>(?:19|20)\\d{2})(?![\\d])");
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d/])(?<y>(?:19|20)\\d{2})/(?<m>[01]?\\d)/(?<d>[0-3]?\\d)(?![\\d])");

    private NumericDateRule() {
    }

    /** The numeric dates of {@code folded}: ISO ones first, then year-first, then day-first (overlaps kept). */
    static List<DateMatch> find(FoldedText folded) {
        // Each form starts a run of digits; trying the patterns only there finds what a scan of every position
        // would, since elsewhere they fail at once.
        int[] digitRuns = digitRunStarts(folded.folded());
        List<DateMatch> found = new ArrayList<>(DateScan.at(ISO, folded, digitRuns, NumericDateRule::read));
        found.addAll(DateScan.at(NUMERIC_YMD, folded, digitRuns, NumericDateRule::read));
        found.addAll(DateScan.at(NUMERIC_DMY, folded, digitRuns, NumericDateRule::read));
        return found;
    }

    /** Offsets where a run of ASCII digits begins (a digit not preceded by one). */
    private static int[] digitRunStarts(String f) {
        IntStream.Builder starts = IntStream.builder();
        for (int i = 0; i < f.length(); i++) {
            if (isDigit(f.charAt(i)) && (i == 0 || !isDigit(f.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        return starts.build().toArray();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<DateMatch> read(Matcher m, FoldedText text) {
        Optional<String> time = m.pattern() == ISO && m.group("t") != null
                ? Optional.of(m.group("t").strip()) : Optional.empty();
        return DateScan.gregorian(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")))
                .map(d -> new DateMatch(text.originalStart(m.start()), text.originalEnd(m.end()), d, DatePrecision.DAY,
                        false, time));
    }
}
