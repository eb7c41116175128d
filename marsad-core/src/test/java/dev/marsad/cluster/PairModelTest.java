package dev.marsad.cluster;

import static dev.marsad.cluster.JoinRulesTest.BOMBING_1;
import static dev.marsad.cluster.JoinRulesTest.BOMBING_2;
import static dev.marsad.cluster.JoinRulesTest.BOMBING_3;
import static dev.marsad.cluster.JoinRulesTest.MARKETS;
import static dev.marsad.cluster.JoinRulesTest.OTHER_ATTACK;
import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pair model's join rule (an article joins the story whose best-matching members a learnt model says most
 * probably report the same story), on the Arabic reports of {@link JoinRulesTest}. Off in the shipped
 * configuration; these tests pin what it does when set.
 */
class PairModelTest {
    /**
     * The weights {@code ./marsad train pairs} fitted on the pan-Arab development day (docs/EVALUATION.md), in
     * {@link PairFeatures#NAMES} order: a fixed, realistic model, so the tests do not depend on a training run.
     */
    static final PairModel PAN_ARAB = new PairModel(new double[] {-8.363, 2.552, 3.682, 2.913, 0.0, -0.093, 2.379, 0.841,
        1.289, -1.548});

    private static ClusterInput input(String title, String date, String text) {
        return ClusterInput.of(article(title, "outlet", date, text));
    }

    private static final List<ClusterInput> STREAM = List.of(
            input("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1),
            input("ارتفاع ضحايا تفجير مسجد الطوارئ", "2015-08-06", BOMBING_2),
            input("مقتل ثلاثة جنود في هجوم بالعريش", "2015-08-06", OTHER_ATTACK),
            input("الداخلية تكشف هوية منفذ تفجير عسير", "2015-08-07", BOMBING_3),
            input("الأسهم السعودية تغلق مرتفعة", "2015-08-07", MARKETS));

    @Test
    void twoReportsOfOneBombingShareMoreSpecificTermsThanABombingAndAnotherAttack() {
        double[][][] f = PairTraining.features(STREAM, ClusterConfig.DEFAULT);
        int shared = PairFeatures.NAMES.indexOf("shared-specific");
        // Stream order: 0, 1 and 3 are the bombing reports, 2 the other attack. The reports share specific words
        // (مسجد، الطوارئ، الانتحاري …); the other attack shares only everyday ones (قتل، مدينة) with them.
        assertThat(f[1][0][shared]).isGreaterThan(f[2][0][shared]);
        assertThat(f[3][0][shared]).isGreaterThan(f[3][2][shared]);
        assertThat(f[2][0][shared]).isZero();
        assertThat(f[1][0].length).isEqualTo(PairFeatures.NAMES.size());
    }

    @Test
    void withThePairModelTheBombingReportsFormOneStoryAndTheOtherAttackAndMarketsStandAlone() {
        // These short reports score 0.09–0.15 with each other and under 0.001 with the other attack and the markets
        // report: a threshold of 0.05 separates them (the real days' longer articles call for higher ones).
        OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withPairModel(PAN_ARAB).withThreshold(0.05));
        int first = clusterer.add(STREAM.get(0));
        int second = clusterer.add(STREAM.get(1));
        int other = clusterer.add(STREAM.get(2));
        int third = clusterer.add(STREAM.get(3));
        int markets = clusterer.add(STREAM.get(4));
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(markets).isNotIn(first, other);
    }

    @Test
    void aHigherThresholdLeavesTheWeaklyMatchingReportsApart() {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withPairModel(PAN_ARAB).withThreshold(0.5));
        int first = clusterer.add(STREAM.get(0));
        assertThat(clusterer.add(STREAM.get(1))).isNotEqualTo(first);
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedFeatures() {
        double[] features = new double[PairFeatures.NAMES.size()];
        features[0] = 1;
        features[1] = 0.5;
        double z = PAN_ARAB.weights()[0] + 0.5 * PAN_ARAB.weights()[1];
        assertThat(PAN_ARAB.probability(features)).isCloseTo(1 / (1 + Math.exp(-z)), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aModelFileRoundTripsAndOneMissingAWeightIsRefusedByName() throws IOException {
        String file = PAN_ARAB.write(List.of("fitted on pan-arab-2018-03-12"));
        assertThat(PairModel.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))).isEqualTo(PAN_ARAB);
        String missing = file.replaceAll("(?m)^day-gap\t.*\n", "");
        assertThatThrownBy(() -> PairModel.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("day-gap");
    }
}
