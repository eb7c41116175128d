package dev.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link RecentHeadlines}: which stories the recent headlines name a term in, over a window of days. Term 7 stands
 * for an event's place (عسير), term 9 for a topic of weeks (كورونا).
 */
class RecentHeadlinesTest {
    private static final double SHARE = 2.0 / 3;
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private final IntUnaryOperator sizeOf = s -> sizes.getOrDefault(s, 0);

    private static RareTerms head(int... terms) {
        double[] idf = new double[terms.length];
        java.util.Arrays.fill(idf, 5.0);
        return RareTerms.of(terms, idf, 4.5);
    }

    /** Records an article with {@code terms} in its headline, placed in {@code story} on {@code day}. */
    private void place(RecentHeadlines recent, long day, int story, int... terms) {
        sizes.merge(story, 1, Integer::sum);
        recent.record(day, head(terms), story);
    }

    @Test
    void aTermNamedOnlyInOneStoryAndInArticlesStillAloneIsConcentratedInIt() {
        RecentHeadlines recent = new RecentHeadlines(3);
        // Early in the day an event's reports are a small piece (story 1) and singletons (2, 3, 4).
        place(recent, 100, 1, 7);
        place(recent, 100, 1, 7);
        place(recent, 100, 2, 7);
        place(recent, 100, 3, 7);
        place(recent, 100, 4, 7);
        assertThat(recent.concentrated(7, 1, SHARE, sizeOf)).isTrue();
    }

    @Test
    void aTermNamedInManyStoriesIsConcentratedInNone() {
        RecentHeadlines recent = new RecentHeadlines(3);
        // A topic's term: three stories of two or three articles each name it.
        for (int story = 1; story <= 3; story++) {
            place(recent, 100, story, 9);
            place(recent, 101, story, 9);
        }
        place(recent, 101, 1, 9);
        for (int story = 1; story <= 3; story++) {
            assertThat(recent.concentrated(9, story, SHARE, sizeOf)).isFalse();
        }
        // A share of 0 lets every named term count (the rule without the test).
        assertThat(recent.concentrated(9, 1, 0, sizeOf)).isTrue();
        // A term no recent headline names is evidence of nothing.
        assertThat(recent.concentrated(8, 1, SHARE, sizeOf)).isFalse();
    }

    @Test
    void daysThatLeaveTheWindowAreDroppedWithTheirCounts() {
        RecentHeadlines recent = new RecentHeadlines(3);
        // Story 2 named the term a week ago; today only story 1 does.
        place(recent, 93, 2, 9);
        place(recent, 93, 2, 9);
        place(recent, 93, 2, 9);
        place(recent, 100, 1, 9);
        place(recent, 100, 1, 9);
        assertThat(recent.concentrated(9, 1, SHARE, sizeOf)).isTrue();
        assertThat(recent.daysHeld()).isEqualTo(1);
        // Within the window both days count: story 2 holds 3 of 5 and is a story of two or more articles.
        RecentHeadlines wide = new RecentHeadlines(10);
        sizes.clear();
        place(wide, 93, 2, 9);
        place(wide, 93, 2, 9);
        place(wide, 93, 2, 9);
        place(wide, 100, 1, 9);
        place(wide, 100, 1, 9);
        assertThat(wide.concentrated(9, 1, SHARE, sizeOf)).isFalse();
        assertThat(wide.daysHeld()).isEqualTo(2);
    }

    @Test
    void theClockMovingOnDropsDaysEvenWithoutNewHeadlines() {
        RecentHeadlines recent = new RecentHeadlines(3);
        place(recent, 100, 2, 9);
        place(recent, 100, 2, 9);
        recent.advanceTo(102);
        assertThat(recent.daysHeld()).isEqualTo(1);
        recent.advanceTo(103);
        assertThat(recent.daysHeld()).isZero();
        assertThat(recent.concentrated(9, 1, SHARE, sizeOf)).isFalse();
    }

    @Test
    void aLateArticleOlderThanTheWindowIsNotCounted() {
        RecentHeadlines recent = new RecentHeadlines(2);
        place(recent, 100, 1, 7);
        place(recent, 100, 1, 7);
        place(recent, 98, 2, 7);
        place(recent, 98, 2, 7);
        assertThat(recent.daysHeld()).isEqualTo(1);
        assertThat(recent.concentrated(7, 1, SHARE, sizeOf)).isTrue();
    }

    @Test
    void aCopyIsIndependent() {
        RecentHeadlines recent = new RecentHeadlines(3);
        place(recent, 100, 1, 7);
        place(recent, 100, 1, 7);
        RecentHeadlines copy = recent.copy();
        place(recent, 100, 2, 7);
        place(recent, 100, 2, 7);
        place(recent, 100, 2, 7);
        assertThat(recent.concentrated(7, 1, SHARE, sizeOf)).isFalse();
        assertThat(copy.concentrated(7, 1, SHARE, sizeOf)).isTrue();
    }

    @Test
    void aWindowOfNoDaysIsRefused() {
        assertThatThrownBy(() -> new RecentHeadlines(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
