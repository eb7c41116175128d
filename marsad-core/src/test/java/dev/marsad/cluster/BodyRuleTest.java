package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The body rule ({@link ClusterConfig.BodyRule}): an opinion column on a big event, whose headline and first paragraph
 * name nothing of it, joins the event's story when its text names the story's concentrated signature. Arabic columns
 * written for these tests in the style of the Saudi papers' columns on the Asir mosque bombing (the reports of
 * {@link EventRuleTest}); the rule's size floor is lowered to the three reports a test can hold.
 */
public class BodyRuleTest {
    // A column: its headline and first paragraph are the writer's own words; the event is named further on.
    static final String COLUMN_TITLE = "سحقا لمن يستبيح بيوت الله";
    static final String COLUMN = "ليس في ديننا ما يبيح الدم الحرام، ولا في أعرافنا ما يبرر الغدر بمن يقف على الصلاة خاشعا، "
            + "ومن يقرأ التاريخ يعرف أن الفتن تبدأ بكلمة وتنتهي بخراب.\n\n"
            + "لقد كان التفجير الانتحاري في مسجد قوات الطوارئ بمنطقة عسير جريمة مكتملة الأركان، استهدف رجالا "
            + "يحرسون أمننا وهم سجود، وأراد منفذه أن يزرع الخوف في قلوبنا. إن تفجير المسجد في عسير لم يكن "
            + "حادثا عابرا، فالطوارئ هم أبناؤنا، ودماؤهم أمانة في أعناقنا حتى يلقى من خطط للتفجير جزاءه.";
    // A column on another subject of the same day: it names a mosque once, nothing of the bombing.
    static final String OTHER_COLUMN_TITLE = "أبناؤنا والشاشات الصغيرة";
    static final String OTHER_COLUMN = "يقضي أطفالنا ساعات طويلة أمام الشاشات الصغيرة، ولا يكاد الأب يجد وقتا للحديث مع ابنه.\n\n"
            + "وفي الحي الذي أسكنه يجتمع الفتيان بعد صلاة العشاء أمام المسجد، كل منهم مطرق الرأس إلى هاتفه، "
            + "ولا يلتفت أحدهم إلى الآخر. إن التربية مسؤولية البيت والمدرسة معا، وليست مهمة الألعاب الإلكترونية.";

    /** The rule with a story of three articles enough (the shipped floor needs fifteen: see ClusterConfig). */
    private static final ClusterConfig SMALL_STORIES = ClusterConfig.DEFAULT.withBodyRule(new ClusterConfig.BodyRule(3, 4, 0.02));

    private static int add(OnlineClusterer clusterer, String title, String text) {
        return clusterer.add(ClusterInput.of(article(title, "outlet", "2015-08-09", text)));
    }

    /** The three reports of the bombing: their headlines repeat تفجير، مسجد، الطوارئ، عسير. */
    private static int reports(OnlineClusterer clusterer) {
        int story = add(clusterer, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", EventRuleTest.REPORT_1);
        assertThat(add(clusterer, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", EventRuleTest.REPORT_2)).isEqualTo(story);
        assertThat(add(clusterer, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", EventRuleTest.REPORT_3)).isEqualTo(story);
        return story;
    }

    @Test
    void aColumnWhoseTextNamesTheEventJoinsItsStory() {
        // Without the rule the column starts a story: it scores under the threshold and its headline and lead name
        // none of the signature terms (the event rule's second chance).
        OnlineClusterer off = OnlineClusterer.inMemory(SMALL_STORIES.withBodyRule(null));
        int story = reports(off);
        assertThat(add(off, COLUMN_TITLE, COLUMN)).isNotEqualTo(story);
        // With it, its text names the four terms of the story's signature.
        OnlineClusterer on = OnlineClusterer.inMemory(SMALL_STORIES);
        story = reports(on);
        assertThat(add(on, COLUMN_TITLE, COLUMN)).isEqualTo(story);
        assertThat(on.state().story(story).size()).isEqualTo(4);
    }

    @Test
    void aColumnOnAnotherSubjectStaysAlone() {
        OnlineClusterer on = OnlineClusterer.inMemory(SMALL_STORIES);
        int story = reports(on);
        assertThat(add(on, OTHER_COLUMN_TITLE, OTHER_COLUMN)).isNotEqualTo(story);
    }

    @Test
    void aStoryUnderTheSizeFloorTakesNoColumn() {
        // The shipped floor (fifteen articles): three reports' signature is not yet an event the day's columns answer.
        OnlineClusterer shipped = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);
        int story = reports(shipped);
        assertThat(add(shipped, COLUMN_TITLE, COLUMN)).isNotEqualTo(story);
        assertThat(ClusterConfig.DEFAULT.bodyRule().minMembers()).isEqualTo(15);
    }

    @Test
    void aColumnNamingTooFewOfTheSignatureStaysAlone() {
        // Five terms needed: the column names four.
        OnlineClusterer strict = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withBodyRule(new ClusterConfig.BodyRule(3, 5, 0.02)));
        int story = reports(strict);
        assertThat(add(strict, COLUMN_TITLE, COLUMN)).isNotEqualTo(story);
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatThrownBy(() -> new ClusterConfig.BodyRule(1, 4, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.BodyRule(15, 0, 0.02)).isInstanceOf(IllegalArgumentException.class);
    }
}
