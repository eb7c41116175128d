package dev.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-09-15T09:40:00+03:00|2023-09-15T06:40:00Z",
        "2018-02-18T18:00Z|2018-02-18T18:00:00Z",
        "2015-07-21T02:51:32|2015-07-21T02:51:32Z",
        "2015-07-21T02:51|2015-07-21T02:51:00Z",
        "2023-09-15|2023-09-15T00:00:00Z"})
    void readsIsoDateTimesAndDays(String published, String instant) {
        assertThat(PublicationTime.instant(published)).hasValue(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-09-15 10:30|2023-09-15T00:00:00Z",
        "2023-09-15T10:30:00+0300|2023-09-15T00:00:00Z",
        "2023-09-15, الجمعة|2023-09-15T00:00:00Z"})
    void takesTheDayOfWhatOnlyBeginsWithAnIsoDay(String published, String instant) {
        assertThat(PublicationTime.instant(published)).hasValue(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2023-09", "2023", "أمس", "15/09/2023", "2023-02-30"})
    void readsNothingElse(String published) {
        assertThat(PublicationTime.instant(published)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anAbsentTimeIsNone() {
        assertThat(PublicationTime.instant(Optional.empty())).isEmpty();
        assertThat(PublicationTime.instant(Optional.of("2023-09-15"))).hasValue(Instant.parse("2023-09-15T00:00:00Z"));
    }
}
