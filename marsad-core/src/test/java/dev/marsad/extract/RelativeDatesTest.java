package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.text.ArabicNormalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 27);

    @Test
    void aWeekdayIsTheLastOneOnOrBeforePublicationUnlessToldOtherwise() {
        assertThat(RelativeDates.weekday(PUBLISHED, DayOfWeek.MONDAY, false, null)).isEqualTo("2023-12-25");
        assertThat(RelativeDates.weekday(PUBLISHED, DayOfWeek.WEDNESDAY, false, null)).isEqualTo(PUBLISHED);
        assertThat(RelativeDates.weekday(PUBLISHED, DayOfWeek.MONDAY, false, "المقبل")).isEqualTo("2024-01-01");
        assertThat(RelativeDates.weekday(PUBLISHED, DayOfWeek.WEDNESDAY, false, "الماضي")).isEqualTo("2023-12-20");
    }

    @Test
    void aFutureVerbShortlyBeforeTheWeekdayMakesItTheNextOne() {
        String sentence = ArabicNormalizer.fold("وقال الوزير إن المجلس سيعقد جلسة طارئة يوم الأحد");
        assertThat(RelativeDates.futureBefore(sentence, sentence.indexOf("يوم"))).isTrue();

        String past = ArabicNormalizer.fold("عقد المجلس جلسة طارئة يوم الأحد");
        assertThat(RelativeDates.futureBefore(past, past.indexOf("يوم"))).isFalse();

        // A sentence end stops the look-back: the future verb belongs to the sentence before.
        String twoSentences = ArabicNormalizer.fold("سيعقد المجلس جلسة. وكان قد اجتمع يوم الأحد");
        assertThat(RelativeDates.futureBefore(twoSentences, twoSentences.indexOf("يوم"))).isFalse();
    }

    @Test
    void aDayAndMonthWithoutYearCrossTheYearWhenTheDirectionSaysSo() {
        assertThat(RelativeDates.dayMonth(PUBLISHED, "13", "يناير", "المقبل")).contains("2024-01-13");
        assertThat(RelativeDates.dayMonth(PUBLISHED, "13", "يناير", null)).contains("2023-01-13");
        assertThat(RelativeDates.dayMonth(PUBLISHED, "31", "فبراير", null)).isEmpty();
    }

    @Test
    void relativeDaysAndPeriodsCountFromPublication() {
        assertThat(RelativeDates.relativeDay(PUBLISHED, "امس")).isEqualTo("2023-12-26");
        assertThat(RelativeDates.relativeDay(PUBLISHED, "اول امس")).isEqualTo("2023-12-25");
        assertThat(RelativeDates.period(PUBLISHED, "الشهر", "الماضي")).isEqualTo("2023-11");
        assertThat(RelativeDates.period(PUBLISHED, "العام", "المقبل")).isEqualTo("2024");
        assertThat(RelativeDates.monthDirection(PUBLISHED, "يوليو", "الماضي")).contains("2023-07");
        assertThat(RelativeDates.monthDirection(PUBLISHED, "يناير", "المقبل")).contains("2024-01");
    }
}
