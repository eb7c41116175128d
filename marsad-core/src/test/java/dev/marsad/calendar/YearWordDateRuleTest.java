package dev.marsad.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearWordDateRuleTest {
    private static List<DateMatch> find(String text) {
        return YearWordDateRule.find(FoldedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "تأسست الشركة في عام 2019 بمدينة جدة|2019|2019",
        "تراجع الإنتاج خلال العام ٢٠٢٢ المنصرم|٢٠٢٢|2022",
        "يعيش اللاجئون في المخيم منذ سنة 1990م دون خدمات|1990م|1990",
        "رصدت الحكومة ميزانية وللعام 2024 خطة أخرى|2024|2024",
        "ارتفعت الأسعار بالعام 2008 بعد الأزمة|2008|2008"})
    void readsTheYearAfterAYearWordAsYearPrecision(String text, String span, String iso) {
        assertThat(find(text)).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(span);
            assertThat(d.iso()).isEqualTo(iso);
            assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
        });
    }

    @Test
    void aNumberWithoutAYearWordIsNoYear() {
        assertThat(find("تضم القافلة 2019 سيارة محملة بالمساعدات")).isEmpty();
    }

    @Test
    void aWordThatOnlyEndsLikeAYearWordIsNone() {
        // طعام ends in عام, but ط is no proclitic.
        assertThat(find("وزعت الجمعية طعام 2019 أسرة في الحي")).isEmpty();
    }

    @Test
    void onlyYearsOfTheLastTwoCenturies() {
        assertThat(find("بني القصر في عام 1850 على ضفاف النيل")).isEmpty();
        assertThat(find("في عام 20190 رقم لا معنى له")).isEmpty();
    }
}
