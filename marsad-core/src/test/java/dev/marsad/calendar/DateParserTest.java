package dev.marsad.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private static void check(String text, String expectedIso) {
        assertThat(DateParser.parseFirst(text)).as(text).hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo(expectedIso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-09-15|2023-09-15",
        "نشر في 2023-09-15T10:30:00+03:00|2023-09-15",
        "15/09/2023|2023-09-15",
        "15-9-2023|2023-09-15",
        "2023/09/15|2023-09-15",
        "١٥/٠٩/٢٠٢٣|2023-09-15"})
    void readsNumericDates(String text, String iso) {
        check(text, iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "اليوم الجمعة 15سبتمبر2023، عقب قمته|2023-09-15",
        "15 كانون الثاني 2024|2024-01-15",
        "الأحد 3 تموز/ يوليو 2022|2022-07-03",
        "11th, September 2023 GMT|2023-09-11",
        "September 11, 2023|2023-09-11",
        "٥ أيار ٢٠٢١|2021-05-05",
        "12 جانفي 2023|2023-01-12",
        "1 ماي 2023|2023-05-01",
        "20 أوت 2022|2022-08-20",
        "الثلاثاء 14 أبريل 2020|2020-04-14",
        "14 ابريل 2020|2020-04-14",
        "يوم 5 من ديسمبر عام 2019|2019-12-05"})
    void readsNamedMonthsOfEverySystem(String text, String iso) {
        check(text, iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 أكتوبر 2023م|2023-10-02",
        "الاثنين 17 ربيع الأول 1445هـ - 2 أكتوبر 2023م|2023-10-02",
        "15 سبتمبر 2023 م|2023-09-15"})
    void readsGregorianEraLetter(String text, String iso) {
        assertThat(DateParser.find(text)).as(text)
                .anySatisfy(d -> assertThat(d.iso()).isEqualTo(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أيلول (سبتمبر) 2023|2023-09",
        "15 أيلول (سبتمبر) 2023|2023-09-15",
        "يوم 3 من شهر يوليو 2023|2023-07-03",
        "في شهر آب 2022|2022-08"})
    void readsDoubleNamedMonthsAndMonthAfterShahr(String text, String iso) {
        assertThat(DateParser.find(text)).as(text).first().satisfies(d -> assertThat(d.iso()).isEqualTo(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"في عام 2019|2019|2019", "خلال العام ٢٠٢٢ المنصرم|٢٠٢٢|2022", "وبعام 2010|2010|2010",
        "منذ سنة 1990م|1990م|1990", "وللعام 2024|2024|2024"})
    void readsYearAfterAmAsYearPrecision(String text, String span, String iso) {
        assertThat(DateParser.find(text)).singleElement().satisfies(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(d.iso()).isEqualTo(iso);
            assertThat(text.substring(d.start(), d.end())).isEqualTo(span);
        });
    }

    @Test
    void bareNumberIsNoYear() {
        assertThat(DateParser.find("تضم 2019 سيارة")).isEmpty();
    }

    @Test
    void readsMonthAndYearAsMonthPrecision() {
        check("والتقى كيم جونغ ايل في بيونغ يانغ في يوليو 2000، بعد وقت قصير", "2000-07");
    }

    @Test
    void convertsHijriDates() {
        // 1 Ramadan 1444 AH began on 23 March 2023 (Umm al-Qura).
        List<DateMatch> found = DateParser.find("الخميس 1 رمضان 1444 هـ");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.hijri()).isTrue();
            assertThat(d.iso()).isEqualTo("2023-03-23");
        });
    }

    @Test
    void spanPointsIntoOriginalText() {
        String text = "زار مصنعا اليوم الجمعة 15سبتمبر2023، عقب قمته";
        DateMatch d = DateParser.find(text).get(0);
        assertThat(text.substring(d.start(), d.end())).isEqualTo("15سبتمبر2023");
    }

    @Test
    void keepsIsoTime() {
        assertThat(DateParser.find("2023-09-15T10:30:00Z").get(0).time()).hasValue("T10:30:00Z");
    }

    @Test
    void ignoresInvalidDatesAndBareMonths() {
        assertThat(DateParser.find("31/02/2023")).isEmpty();
        assertThat(DateParser.find("في مايو")).isEmpty();
        assertThat(DateParser.find("")).isEmpty();
    }

    @Test
    void theLongestOfOverlappingDatesWins() {
        // The named-month date and the year after عام overlap: the whole date stays.
        assertThat(DateParser.find("وصلت البعثة يوم 5 من ديسمبر عام 2019 إلى المدينة")).singleElement()
                .satisfies(d -> assertThat(d.iso()).isEqualTo("2019-12-05"));
    }
}
