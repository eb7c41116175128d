package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learnt speaker ranker: scoring, ties, training on made-up examples, its file format and the committed model. */
class SpeakerRankerTest {

    private static SpeakerOption option(String name, String... features) {
        return new SpeakerOption(name, null, List.of(features));
    }

    @Test
    void picksTheOptionWithTheHighestSumOfWeightsAndTiesGoToTheFirst() {
        SpeakerRanker ranker = SpeakerRanker.parse(List.of("pos=verb_that\t1.5", "pos=earlier\t-0.5", "none\t0.25"));
        List<SpeakerOption> options = List.of(option("", "none"), option("أحمد سالم", "pos=earlier"),
                option("ليلى حسن", "pos=verb_that", "unknown-feature"));
        assertThat(ranker.score(options.get(2))).isEqualTo(1.5);
        assertThat(ranker.pick(options)).isEqualTo(2);
        SpeakerRanker empty = SpeakerRanker.parse(List.of());
        assertThat(empty.pick(options)).isZero(); // no weights: the first option, the rules' own
    }

    @Test
    void trainingLearnsWhichFeatureMarksTheSpeakerAndIsDeterministic() {
        List<SpeakerRanker.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // The right speaker stands between the verb and إن/أن; a name from an earlier sentence is a distractor,
            // sometimes put first so that "the first option" is not what is learnt.
            List<SpeakerOption> options = new ArrayList<>(List.of(option("", "none"), option("a" + i, "pos=earlier", "type=PERSON")));
            SpeakerOption right = option("b" + i, "pos=verb_that", "type=PERSON");
            options.add(i % 2 == 0 ? 1 : 2, right);
            examples.add(new SpeakerRanker.Example(options, options.indexOf(right)));
        }
        SpeakerRanker ranker = SpeakerRanker.train(examples, SpeakerRanker.Settings.DEFAULT);
        List<SpeakerOption> unseen = List.of(option("", "none"), option("x", "pos=earlier", "type=PERSON"),
                option("y", "pos=verb_that", "type=PERSON"));
        assertThat(ranker.pick(unseen)).isEqualTo(2);
        assertThat(SpeakerRanker.train(examples, SpeakerRanker.Settings.DEFAULT).lines()).isEqualTo(ranker.lines());
    }

    @Test
    void linesRoundTripAndBadLinesAreRefused() {
        SpeakerRanker ranker = SpeakerRanker.parse(List.of("b\t-0.5", "a\t1.25", "zero\t0"));
        assertThat(ranker.lines()).containsExactly("a\t1.250000", "b\t-0.500000");
        assertThat(SpeakerRanker.parse(ranker.lines()).lines()).isEqualTo(ranker.lines());
        assertThatThrownBy(() -> SpeakerRanker.parse(List.of("no weight here"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no weight here");
        assertThatThrownBy(() -> new SpeakerRanker.Example(List.of(option("", "none")), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommittedModelLoads() {
        assertThat(SpeakerRanker.committed().size()).isPositive();
    }
}
