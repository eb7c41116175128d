package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnlineClustererTest {
    private final OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);

    private int add(String title, String date, String text) {
        return clusterer.add(ClusterInput.of(article(title, "outlet", date, text)));
    }

    @Test
    void twoInterleavedStoriesSeparate() {
        int k1 = add("كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
        int q1 = add("زلزال يضرب المغرب", "2023-09-15", ArabicStories.QUAKE_1);
        int k2 = add("كيم جونج أون يتفقد مصنعا روسيا", "2023-09-15", ArabicStories.KIM_2);
        int q2 = add("حصيلة زلزال الحوز ترتفع", "2023-09-16", ArabicStories.QUAKE_2);
        int k3 = add("بوتين يقبل دعوة كيم", "2023-09-16", ArabicStories.KIM_3);
        int q3 = add("الملك يزور جرحى الزلزال", "2023-09-16", ArabicStories.QUAKE_3);
        assertThat(List.of(k1, k2, k3)).containsOnly(k1);
        assertThat(List.of(q1, q2, q3)).containsOnly(q1);
        assertThat(k1).isNotEqualTo(q1);
    }

    @Test
    void appendedUnrelatedArticleGetsItsOwnStory() {
        int k1 = add("كيم في مصنع طائرات روسي", "2023-09-15", ArabicStories.KIM_1);
        int appended = clusterer.add(ClusterInput.of(ArabicStories.article(Role.APPENDED, "ريال مدريد يفوز", null,
                "2023-09-15", ArabicStories.FOOTBALL, Extraction.EMPTY)));
        assertThat(appended).isNotEqualTo(k1);
        assertThat(clusterer.state().stories()).isEqualTo(2);
    }

    @Test
    void variantSpellingsWithSharedEntityKeysCluster() {
        String a = "وصل كيم جونغ أون إلى بيونغ يانغ بعد جولته. واستقبله مسؤولون في المحطة.";
        String b = "عاد كيم جونج أون إلى بيونجيانج بالقطار المدرع. وكان في انتظاره قادة الحزب.";
        var first = ArabicStories.article(Role.MAIN, null, null, "2023-09-18", a, new Extraction(ArabicStories.entities(a,
                "كيم جونغ أون", "kim-jong-un", EntityType.PERSON, "بيونغ يانغ", "pyongyang", EntityType.LOCATION),
                List.of(), List.of()));
        var second = ArabicStories.article(Role.MAIN, null, null, "2023-09-18", b, new Extraction(ArabicStories.entities(b,
                "كيم جونج أون", "kim-jong-un", EntityType.PERSON, "بيونجيانج", "pyongyang", EntityType.LOCATION),
                List.of(), List.of()));
        int story = clusterer.add(ClusterInput.of(first));
        assertThat(clusterer.add(ClusterInput.of(second))).isEqualTo(story);
    }

    @Test
    void sameTextFarApartInTimeStartsANewStory() {
        int early = add("زلزال يضرب المغرب", "2023-01-01", ArabicStories.QUAKE_1);
        int late = add("زلزال يضرب المغرب", "2023-09-01", ArabicStories.QUAKE_2);
        assertThat(late).isNotEqualTo(early);
    }

    @Test
    void emptyArticleStartsAStoryWithoutFailing() {
        int story = clusterer.add(new ClusterInput(Map.of(), Map.of(), Map.of(), Set.of(), Optional.empty()));
        assertThat(story).isZero();
        assertThat(clusterer.state().documents()).isEqualTo(1);
    }
}
