package dev.marsad.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericDateRuleTest {
    private static List<DateMatch> find(String text) {
        return NumericDateRule.find(FoldedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقع الانفجار في 15.09.2023 قرب المعبر|15.09.2023|2023-09-15",
        "أعلنت الوزارة في 3-7-2022 عن خطة جديدة|3-7-2022|2022-07-03",
        "صدر القرار بتاريخ ١٥/٠٩/٢٠٢٣ عن مجلس الوزراء|١٥/٠٩/٢٠٢٣|2023-09-15",
        "نشر التقرير في 2023/09/15 على موقع الهيئة|2023/09/15|2023-09-15"})
    void readsDayFirstAndYearFirstDatesAsDays(String text, String span, String iso) {
        assertThat(find(text)).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(span);
            assertThat(d.iso()).isEqualTo(iso);
            assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(d.hijri()).isFalse();
            assertThat(d.time()).isEmpty();
        });
    }

    @Test
    void keepsTheTimeOfAnIsoDateTimeAsWritten() {
        String text = "حدّث الموقع الخبر في 2023-09-15T10:30:00+03:00 بعد البيان";
        assertThat(find(text)).singleElement().satisfies(d -> {
            assertThat(d.iso()).isEqualTo("2023-09-15");
            assertThat(d.time()).hasValue("T10:30:00+03:00");
            assertThat(text.substring(d.start(), d.end())).isEqualTo("2023-09-15T10:30:00+03:00");
        });
    }

    @Test
    void needsOneSeparatorThroughout() {
        assertThat(find("وصل الوفد في 15/09-2023 إلى العاصمة")).isEmpty();
    }

    @Test
    void refusesDaysTheMonthDoesNotHave() {
        assertThat(find("قال البيان إن الاجتماع عقد في 31/02/2023")).isEmpty();
        assertThat(find("موعد الانتخابات 2024-13-01 بحسب المسودة")).isEmpty();
    }

    @Test
    void leavesNamedMonthsAndLongNumbersToOthers() {
        assertThat(find("اليوم الجمعة 15 سبتمبر 2023 عقب القمة")).isEmpty();
        assertThat(find("رقم الهاتف 115/09/20231 لا يجيب")).isEmpty();
    }

    @Test
    void listsIsoDatesBeforeYearFirstBeforeDayFirst() {
        List<DateMatch> found = find("بين 20/10/2021 و2021/10/25 و2021-10-30 تغير الموقف");
        assertThat(found).extracting(DateMatch::iso).containsExactly("2021-10-30", "2021-10-25", "2021-10-20");
    }
}
