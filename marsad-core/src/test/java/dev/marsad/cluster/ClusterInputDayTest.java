package dev.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day an article is clustered on: one instant is one day, whichever outlet's clock wrote it. */
class ClusterInputDayTest {

    @Test
    void aTimeWithAnOffsetIsPlacedOnItsDateInTheNewsroomZone() {
        // 23:30 GMT is already the next day in Riyadh; 01:30 at +04:00 (21:30 GMT) is still the day before.
        assertThat(ClusterInput.day("2018-03-12T23:30:00Z")).contains(LocalDate.of(2018, 3, 13));
        assertThat(ClusterInput.day("2018-03-13T01:30:00+04:00")).contains(LocalDate.of(2018, 3, 13));
        assertThat(ClusterInput.day("2018-03-13T00:30:00+04:00")).contains(LocalDate.of(2018, 3, 12));
        assertThat(ClusterInput.day("2018-03-12T10:00+03:00")).contains(LocalDate.of(2018, 3, 12));
    }

    @Test
    void aDateOrALocalTimeKeepsTheDateWritten() {
        assertThat(ClusterInput.day("2015-08-09")).contains(LocalDate.of(2015, 8, 9));
        assertThat(ClusterInput.day("2015-08-09T23:50:00")).contains(LocalDate.of(2015, 8, 9));
        assertThat(ClusterInput.day("2015-08-09 23:50:00")).contains(LocalDate.of(2015, 8, 9));
    }

    @Test
    void somethingElseHasNoDay() {
        assertThat(ClusterInput.day("yesterday")).isEmpty();
        assertThat(ClusterInput.day("2015-13-40T00:00:00Z")).isEmpty();
        assertThat(ClusterInput.day("")).isEmpty();
    }
}
