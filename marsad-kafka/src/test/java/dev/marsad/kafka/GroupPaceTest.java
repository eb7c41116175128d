package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GroupPaceTest {

    private static GroupPace.Committed at(long offset, long publishedAt) {
        return new GroupPace.Committed(offset, OptionalLong.of(publishedAt));
    }

    @Test
    void theSlowestIsTheLeastCommittedPublishTimeAmongPartitionsWithPagesWaiting() {
        Map<String, GroupPace.Committed> committed = Map.of(
                "p-0", at(10, 5_000), // caught up: nothing waits there, so it holds no one back
                "p-1", at(4, 7_000),
                "p-2", at(6, 6_500),
                "p-3", GroupPace.Committed.of(3, "")); // committed without saying where: unknown, ignored
        Map<String, Long> ends = Map.of("p-0", 10L, "p-1", 9L, "p-2", 9L, "p-3", 9L, "p-4", 9L);
        // p-4 has pages but nothing committed: its pages all expired (begins at its end), so none waits there.
        Map<String, Long> begins = Map.of("p-4", 9L);
        assertThat(GroupPace.slowest(committed, begins, ends)).hasValue(6_500);
        assertThat(GroupPace.slowest(Map.of("p-0", at(10, 5_000)), Map.of(), Map.of("p-0", 10L))).isEmpty();
        assertThat(GroupPace.slowest(Map.of(), Map.of(), Map.of("p-0", 0L))).as("no page anywhere").isEmpty();
    }

    @Test
    void aPartitionWithPagesThatNoWorkerHasLookedAtHoldsTheGroupAtTheStart() {
        Map<String, Long> ends = Map.of("p-0", 10L, "p-1", 9L);
        assertThat(GroupPace.slowest(Map.of("p-0", at(4, 7_000)), Map.of(), ends)).hasValue(Long.MIN_VALUE);
        GroupPace pace = new GroupPace(2_000);
        assertThat(pace.limit(OptionalLong.of(Long.MIN_VALUE))).hasValue(Long.MIN_VALUE + 2_000);
        assertThat(pace.ahead(Map.of("p-0", 7_000L), OptionalLong.of(Long.MIN_VALUE))).containsExactly("p-0");
    }

    @Test
    void theLimitIsTheSlowestPlusTheLead() {
        GroupPace pace = new GroupPace(2_000);
        assertThat(pace.limit(OptionalLong.of(6_500))).hasValue(8_500);
        assertThat(pace.limit(OptionalLong.of(Long.MAX_VALUE - 1))).hasValue(Long.MAX_VALUE);
        assertThat(pace.limit(OptionalLong.empty())).isEmpty();
    }

    @Test
    void onlyPartitionsMoreThanTheLeadAheadOfTheSlowestArePaused() {
        GroupPace pace = new GroupPace(2_000);
        Map<String, Long> taken = Map.of("p-1", 8_000L, "p-2", 8_600L, "p-3", 20_000L);
        assertThat(pace.ahead(taken, OptionalLong.of(6_500))).containsExactlyInAnyOrder("p-2", "p-3");
        assertThat(pace.ahead(taken, OptionalLong.of(18_000))).isEmpty();
        assertThat(pace.ahead(taken, OptionalLong.empty())).as("nothing known of the group: nothing paused").isEmpty();
        assertThat(new GroupPace(0).ahead(Map.of("p-1", 100L), OptionalLong.of(100))).as("the slowest itself").isEmpty();
    }

    @Test
    void metadataThatIsNotAPublishTimeIsUnknown() {
        assertThat(GroupPace.Committed.of(5, "1700000000000").publishedAt()).hasValue(1_700_000_000_000L);
        assertThat(GroupPace.Committed.of(5, "written by someone else").publishedAt()).isEmpty();
        assertThat(GroupPace.Committed.of(5, null).publishedAt()).isEmpty();
    }
}
