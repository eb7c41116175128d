package dev.marsad.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.text.FoldedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateScanTest {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(?:19|20)\\d{2}(?![\\d])");

    private static Optional<DateMatch> year(Matcher m, FoldedText text) {
        return Optional.of(new DateMatch(text.originalStart(m.start()), text.originalEnd(m.end()),
                LocalDate.of(Integer.parseInt(m.group()), 1, 1), DatePrecision.YEAR, false, Optional.empty()));
    }

    @Test
    void triesOnlyTheGivenStartsButLooksBehindThem() {
        FoldedText text = FoldedText.of("بين 2019 و12019 و2021");
        String f = text.folded();
        int[] starts = {f.indexOf("2019"), f.indexOf("2019", f.indexOf("2019") + 1), f.indexOf("2021")};
        List<DateMatch> found = DateScan.at(YEAR, text, starts, DateScanTest::year);
        // The second 2019 is the tail of 12019: the lookbehind sees the 1 before the start it was tried at.
        assertThat(found).extracting(DateMatch::iso).containsExactly("2019", "2021");
        assertThat(DateScan.at(YEAR, text, new int[] {f.indexOf("2021")}, DateScanTest::year))
                .extracting(DateMatch::iso).containsExactly("2021");
    }

    @Test
    void windowKeepsAMatcherNearOneMonthName() {
        String text = "2001 " + "ب".repeat(40) + " سبتمبر 2023";
        FoldedText folded = FoldedText.of(text);
        dev.marsad.text.Span month = MonthNames.occurrences(folded).get(0);
        Matcher m = DateScan.window(YEAR.matcher(folded.folded()), month);
        assertThat(DateScan.all(m, folded, DateScanTest::year)).extracting(DateMatch::iso).containsExactly("2023");
    }

    @Test
    void gregorianRefusesDaysTheMonthDoesNotHave() {
        assertThat(DateScan.gregorian(2024, 2, 29)).hasValue(LocalDate.of(2024, 2, 29));
        assertThat(DateScan.gregorian(2023, 2, 29)).isEmpty();
    }
}
