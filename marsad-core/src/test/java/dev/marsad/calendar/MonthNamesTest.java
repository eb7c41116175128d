package dev.marsad.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MonthNamesTest {
    @Test
    void resourceIsAvailable() {
        assertThat(MonthNames.class.getResource(MonthNames.RESOURCE)).isNotNull();
        assertThat(MonthNames.all()).hasSizeGreaterThan(60);
    }

    @ParameterizedTest
    @CsvSource({"يناير,1,false", "كانون الثاني,1,false", "جانفي,1,false", "ماي,5,false", "تموز,7,false",
        "أوت,8,false", "سبتمبر,9,false", "September,9,false", "رمضان,9,true", "ذو الحجة,12,true", "ابريل,4,false"})
    void looksUpEveryMonthSystem(String name, int month, boolean hijri) {
        assertThat(MonthNames.lookup(name)).hasValueSatisfying(m -> {
            assertThat(m.month()).isEqualTo(month);
            assertThat(m.hijri()).isEqualTo(hijri);
        });
    }

    @Test
    void unknownWordIsEmpty() {
        assertThat(MonthNames.lookup("كيم")).isEmpty();
    }
}
