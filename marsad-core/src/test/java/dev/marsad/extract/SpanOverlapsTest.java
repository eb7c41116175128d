package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlapping name spans: the longer wins, then the surer; the kept spans come by position. */
class SpanOverlapsTest {
    private static NameSpan span(int start, int end, double score) {
        return new NameSpan(start, end, EntityType.PERSON, score);
    }

    @Test
    void theLongerOfTwoOverlappingSpansIsKept() {
        // "كيم جونغ أون" (0..12) against "كيم" (0..3) and "جونغ أون" (4..12)
        assertThat(SpanOverlaps.resolve(List.of(span(0, 3, 0.9), span(4, 12, 0.9), span(0, 12, 0.5))))
                .containsExactly(span(0, 12, 0.5));
    }

    @Test
    void ofTwoSpansOfOneLengthTheSurerIsKept() {
        assertThat(SpanOverlaps.resolve(List.of(span(2, 8, 0.4), span(0, 6, 0.8)))).containsExactly(span(0, 6, 0.8));
    }

    @Test
    void spansThatDoNotOverlapAreAllKeptInTextOrderAndEmptyOnesDropped() {
        assertThat(SpanOverlaps.resolve(List.of(span(20, 25, 1), span(0, 5, 1), span(5, 9, 1), span(12, 12, 1))))
                .containsExactly(span(0, 5, 1), span(5, 9, 1), span(20, 25, 1));
    }
}
