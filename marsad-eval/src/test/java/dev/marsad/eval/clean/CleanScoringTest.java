package dev.marsad.eval.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CleanScoringTest {
    @Test
    void parsesLabelsAndExpectedFields() {
        LabelledPage page = LabelledPage.parse("# comment\n@title\tعنوان الخبر\n@agency\tnull\nN|عنوان الخبر\n|\nB|قال الوزير إن الاجتماع انتهى.\n");
        assertThat(page.lines()).extracting(LabelledPage.Labelled::body).containsExactly(false, false, true);
        assertThat(page.lines()).extracting(LabelledPage.Labelled::scored).containsExactly(true, false, true);
        assertThat(page.expected()).containsEntry("title", Optional.of("عنوان الخبر")).containsEntry("agency", Optional.empty());
        assertThat(page.content()).isEqualTo("عنوان الخبر\n\nقال الوزير إن الاجتماع انتهى.\n");
    }

    @Test
    void rejectsUnlabelledLines() {
        assertThatThrownBy(() -> LabelledPage.parse("سطر بلا وسم")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsRemovedLinesAsThePositiveClass() {
        LineScore s = LineScore.of(List.of(false, false, true, true), List.of(false, true, false, true));
        assertThat(s).isEqualTo(new LineScore(1, 1, 1, 1));
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.5);
        assertThat(s.bodyRetention()).isEqualTo(0.5);
    }

    @Test
    void lineTrimmedOfDatelineStillCountsAsKept() {
        BodyLines bodies = new BodyLines(List.of("زار الزعيم الكوري الشمالي مصنعا للطيران اليوم.\n\nوقال بوتين إن الزيارة مهمة."));
        assertThat(bodies.kept("سيول: زار الزعيم الكوري الشمالي مصنعا للطيران اليوم.")).isTrue();
        assertThat(bodies.kept("وقال بوتين إن الزيارة مهمة.")).isTrue();
        assertThat(bodies.kept("اقرأ أيضا: بوتين يستقبل كيم")).isFalse();
    }

    @Test
    void emptyPageScoresNothing() {
        assertThat(LineScore.of(List.of(), List.of())).isEqualTo(LineScore.ZERO);
        assertThat(LabelledPage.parse("").lines()).isEmpty();
    }
}
