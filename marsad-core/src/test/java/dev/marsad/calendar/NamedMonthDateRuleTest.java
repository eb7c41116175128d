package dev.marsad.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.text.FoldedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedMonthDateRuleTest {
    private static List<DateMatch> find(String text) {
        FoldedText folded = FoldedText.of(text);
        return NamedMonthDateRule.find(folded, MonthNames.occurrences(folded));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وصل الرئيس إلى القاهرة في 15 كانون الثاني 2024 في زيارة رسمية|15 كانون الثاني 2024|2024-01-15",
        "وقّع الاتفاق يوم 3 من شهر يوليو 2023 في الرباط|3 من شهر يوليو 2023|2023-07-03",
        "افتتح المعرض في 20 أوت 2022 بالجزائر العاصمة|20 أوت 2022|2022-08-20",
        "الأحد 3 تموز/ يوليو 2022 انطلقت المفاوضات|3 تموز/ يوليو 2022|2022-07-03",
        "انعقدت القمة في 15 أيلول (سبتمبر) 2023 بحضور الزعماء|15 أيلول (سبتمبر) 2023|2023-09-15",
        "تنتهي المهلة في 2 أكتوبر 2023م وفق القرار|2 أكتوبر 2023م|2023-10-02",
        "The talks opened on September 11, 2023 in Geneva|September 11, 2023|2023-09-11"})
    void readsDaysWithAGregorianMonthName(String text, String span, String iso) {
        assertThat(find(text)).anySatisfy(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(span);
            assertThat(d.iso()).isEqualTo(iso);
            assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(d.hijri()).isFalse();
        });
    }

    @Test
    void readsMonthAndYearAsMonthPrecision() {
        assertThat(find("انضمت البلاد إلى المنظمة في يوليو 2000 بعد مفاوضات طويلة")).singleElement().satisfies(d -> {
            assertThat(d.iso()).isEqualTo("2000-07");
            assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        });
    }

    @Test
    void convertsHijriDaysWithUmmAlQura() {
        // 1 Ramadan 1444 AH began on Thursday 23 March 2023 (Umm al-Qura).
        String text = "أعلنت المحكمة العليا أن الخميس 1 رمضان 1444 هـ أول أيام الشهر";
        assertThat(find(text)).singleElement().satisfies(d -> {
            assertThat(d.iso()).isEqualTo("2023-03-23");
            assertThat(d.hijri()).isTrue();
            assertThat(text.substring(d.start(), d.end())).isEqualTo("1 رمضان 1444 هـ");
        });
    }

    @Test
    void needsAYearAndForAHijriMonthADay() {
        assertThat(find("يصل الوفد يوم 5 سبتمبر إلى بيروت")).isEmpty();
        assertThat(find("ترتفع الأسعار عادة في رمضان 1444 هـ في الأسواق")).isEmpty();
        assertThat(find("تتفتح الأزهار في مايو من كل عام")).isEmpty();
    }

    @Test
    void looksOnlyAroundTheMonthNamesItIsGiven() {
        assertThat(NamedMonthDateRule.find(FoldedText.of("وصل الرئيس في 15 سبتمبر 2023"), List.of())).isEmpty();
    }

    @Test
    void convertsHijriDatesInTheCalendarsRangeOnly() {
        // 29 Safar 1445 AH is 14 September 2023 (Umm al-Qura).
        assertThat(NamedMonthDateRule.hijriToGregorian(1445, 2, 29)).hasValue(LocalDate.of(2023, 9, 14));
        assertThat(NamedMonthDateRule.hijriToGregorian(1445, 13, 1)).isEmpty();
        assertThat(NamedMonthDateRule.hijriToGregorian(1200, 1, 1)).isEmpty();
    }
}
