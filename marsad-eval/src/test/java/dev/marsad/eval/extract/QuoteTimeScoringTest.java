package dev.marsad.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import dev.marsad.eval.extract.LabelledPassage.GoldTime;
import dev.marsad.model.Quote;
import dev.marsad.model.TimeMention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteTimeScoringTest {
    private static Quote quote(String speaker, String text) {
        return new Quote(Optional.ofNullable(speaker), Optional.empty(), text, false);
    }

    private static TimeMention time(String fullText, String text, String value) {
        int start = fullText.indexOf(text);
        return new TimeMention(text, Optional.ofNullable(value), start, start + text.length());
    }

    @Test
    void parsesBlocks() {
        List<LabelledPassage> ps = LabelledPassage.parse("# header\n===\npublished: 2023-09-15\nقال الوزير أمس إن الاجتماع انتهى.\n"
                + "سطر ثان.\nQ\tأحمد علي\tالاجتماع انتهى\nQ\t\tشيء آخر\nT\tأمس\t2023-09-14\n===\npublished: 2024-01-01\nنص.\n");
        assertThat(ps).hasSize(2);
        LabelledPassage p = ps.get(0);
        assertThat(p.published()).isEqualTo("2023-09-15");
        assertThat(p.text()).isEqualTo("قال الوزير أمس إن الاجتماع انتهى.\n\nسطر ثان.");
        assertThat(p.quotes()).containsExactly(new GoldQuote("أحمد علي", "الاجتماع انتهى"), new GoldQuote("", "شيء آخر"));
        assertThat(p.quotes().get(1).named()).isFalse();
        assertThat(p.times()).containsExactly(new GoldTime("أمس", "2023-09-14"));
        assertThat(ps.get(1).quotes()).isEmpty();
    }

    @Test
    void rejectsMalformedLabels() {
        assertThatThrownBy(() -> LabelledPassage.parse("published: 2023-01-01\nنص.\nQ\tفقط\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passage 1");
        assertThatThrownBy(() -> LabelledPassage.parse("نص بلا تاريخ.\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedFixturesParse() {
        List<LabelledPassage> ps = LabelledPassage.load();
        assertThat(ps).hasSizeGreaterThanOrEqualTo(40);
        assertThat(ps).allSatisfy(p -> p.times().forEach(t -> assertThat(p.text()).contains(t.text())));
    }

    @Test
    void quoteMatchingByFirstWordsAndSpeakerAccuracy() {
        QuoteTally t = new QuoteTally();
        List<GoldQuote> gold = List.of(
                new GoldQuote("سيرغي لافروف", "موسكو مستعدة لاستئناف"),
                new GoldQuote("سيرغي لافروف", "لا نرى حتى الآن"),
                new GoldQuote("", "القرى معزولة تماما"));
        List<Quote> predicted = List.of(
                quote("سيرغى لافروف", "إن موسكو مستعدة لاستئناف المحادثات"), // contains; speaker equal after folding
                quote("لافروف", "«لا نرى حتى الآن أي خطوات»"),            // starts with (marks dropped); wrong speaker
                quote("مسؤول", "شيء لم يقله أحد"));                        // spurious
        t.add("#1", gold, predicted);
        assertThat(t.gold()).isEqualTo(3);
        assertThat(t.predicted()).isEqualTo(3);
        assertThat(t.matched()).isEqualTo(2);
        assertThat(t.speakerCorrect()).isEqualTo(1);
        assertThat(t.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(t.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(t.f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(t.speakerAccuracy()).isEqualTo(0.5);
        assertThat(t.namedSpeakerAccuracy()).isEqualTo(0.5);
        assertThat(t.unnamedSpeakerAccuracy()).isEqualTo(0.0);
        assertThat(t.attributionRecall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(t.misses()).hasSize(3)
                .anyMatch(m -> m.startsWith("#1 wrong speaker"))
                .anyMatch(m -> m.startsWith("#1 missed quote"))
                .anyMatch(m -> m.startsWith("#1 spurious quote"));
    }

    @Test
    void unnamedGoldWantsNoSpeakerAndEachPredictionMatchesOnce() {
        QuoteTally t = new QuoteTally();
        // One long prediction contains both gold openings: it can pair with one gold quote only, and a
        // prediction starting with the gold words is preferred over one that merely contains them.
        t.add("#2", List.of(new GoldQuote("", "الهدنة قد تمدد"), new GoldQuote("", "المفاوضات ستستأنف غدا")),
                List.of(quote(null, "الهدنة قد تمدد يومين والمفاوضات ستستأنف غدا")));
        assertThat(t.matched()).isEqualTo(1);
        assertThat(t.speakerCorrect()).isEqualTo(1);
        assertThat(t.unnamedSpeakerAccuracy()).isEqualTo(1.0);
        assertThat(t.precision()).isEqualTo(1.0);
        assertThat(t.recall()).isEqualTo(0.5);
    }

    @Test
    void timeMatchingByExactSpanThenValue() {
        String text = "قال الوزير يوم الخميس إن الاجتماع عقد أمس وفي 5 أكتوبر 2023 وأول أمس.";
        TimeTally t = new TimeTally();
        t.add("#1", text,
                List.of(new GoldTime("يوم الخميس", "2023-09-14"), new GoldTime("أمس", "2023-09-14"),
                        new GoldTime("5 أكتوبر 2023", "2023-10-05"), new GoldTime("أول أمس", "2023-09-13")),
                List.of(time(text, " يوم الخميس ", "2023-09-14"), // trimmed before comparing
                        time(text, "أمس", "2023-09-13"),          // matched, wrong value
                        time(text, "5 أكتوبر", "2023-10-05"),     // overlaps gold, not an exact match
                        time(text, "الاجتماع", null)));           // spurious
        assertThat(t.gold()).isEqualTo(4);
        assertThat(t.predicted()).isEqualTo(4);
        assertThat(t.matched()).isEqualTo(2);
        assertThat(t.valueCorrect()).isEqualTo(1);
        assertThat(t.overlapping()).isEqualTo(1);
        assertThat(t.precision()).isEqualTo(0.5);
        assertThat(t.recall()).isEqualTo(0.5);
        assertThat(t.f1()).isEqualTo(0.5);
        assertThat(t.valueAccuracy()).isEqualTo(0.5);
        assertThat(t.misses()).containsExactly(
                "#1 wrong value: أمس want 2023-09-14 got 2023-09-13",
                "#1 span differs: want [5 أكتوبر 2023] = 2023-10-05 got [5 أكتوبر] = 2023-10-05",
                "#1 missed time: أول أمس = 2023-09-13",
                "#1 spurious time: [الاجتماع] = (none)");
    }

    @Test
    void emptyInputsScoreZeroWithoutDividingByZero() {
        QuoteTally q = new QuoteTally();
        q.add("#1", List.of(), List.of());
        assertThat(q.f1()).isEqualTo(0.0);
        assertThat(q.speakerAccuracy()).isEqualTo(0.0);
        TimeTally t = new TimeTally();
        t.add("#1", "", List.of(), List.of());
        assertThat(t.valueAccuracy()).isEqualTo(0.0);
    }
}
