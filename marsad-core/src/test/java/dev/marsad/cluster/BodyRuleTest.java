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

    /** The rule with a story of three articles enough (the shipped floor needs eight: see ClusterConfig). */
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
        // The shipped floor (eight articles): three reports' signature is not yet an event the day's columns answer.
        OnlineClusterer shipped = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);
        int story = reports(shipped);
        assertThat(add(shipped, COLUMN_TITLE, COLUMN)).isNotEqualTo(story);
        assertThat(ClusterConfig.DEFAULT.bodyRule().minMembers()).isEqualTo(8);
    }

    @Test
    void aColumnNamingTooFewOfTheSignatureStaysAlone() {
        // Five terms needed: the column names four.
        OnlineClusterer strict = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withBodyRule(new ClusterConfig.BodyRule(3, 5, 0.02)));
        int story = reports(strict);
        assertThat(add(strict, COLUMN_TITLE, COLUMN)).isNotEqualTo(story);
    }

    // A press review in the style of France 24's (pan-Arab day a157): each paragraph reports what the papers say of one
    // event; one of them is the bombing, named as fully as a column names it.
    static final String REVIEW_TITLE = "مرتزقة يدافعون عن المصالح الروسية";
    static final String REVIEW = "اهتمت الصحف اليوم بتطورات الأوضاع في سوريا وبأسعار النفط وبالانتخابات المقبلة.\n\n"
            + "صحيفة ليبراسيون أعادت نشر تحقيق حول حضور مرتزقة روس في الحرب السورية لأجل الدفاع عن مصالح موسكو.\n\n"
            + "واهتمت الصحف الخليجية بالتفجير الانتحاري في مسجد قوات الطوارئ بمنطقة عسير، وكتبت صحيفة الوطن أن تفجير "
            + "المسجد في عسير استهدف رجال الطوارئ وهم سجود، وأن منفذ التفجير تأثر بالتنظيم.\n\n"
            + "أما صحيفة فاينانشال تايمز فتوقفت عند تراجع أسعار النفط، وقالت صحيفة لوموند إن المفاوضات التجارية متعثرة.";

    /** The rule as shipped but with a story of three articles enough, re-testing the articles it placed nowhere. */
    private static ClusterConfig retesting(boolean retest) {
        return ClusterConfig.DEFAULT.withBodyRule(new ClusterConfig.BodyRule(4, 4, 0.02, 4,
                retest ? new ClusterConfig.BodyRule.Retest(10, 4, 1, 16) : null));
    }

    @Test
    void aColumnThatArrivedBeforeTheStoryReachedTheFloorJoinsItWhenItDoes() {
        // The papers' pages come out together: the column arrives while the bombing's story holds three reports, under
        // the floor of four; a fourth report then takes the story to the floor.
        OnlineClusterer once = OnlineClusterer.inMemory(retesting(false));
        int story = reports(once);
        int column = add(once, COLUMN_TITLE, COLUMN);
        assertThat(column).isNotEqualTo(story);
        assertThat(add(once, "الطوارئ تشيع شهداء تفجير مسجد عسير", EventRuleTest.REPORT_2)).isEqualTo(story);
        assertThat(once.holder(column)).isNotEqualTo(once.holder(story));
        assertThat(once.drainMerged()).isEmpty();

        OnlineClusterer again = OnlineClusterer.inMemory(retesting(true));
        story = reports(again);
        column = add(again, COLUMN_TITLE, COLUMN);
        assertThat(column).isNotEqualTo(story);
        assertThat(add(again, "الطوارئ تشيع شهداء تفجير مسجد عسير", EventRuleTest.REPORT_2)).isEqualTo(story);
        // One story now: the older number (the reports') holds the column's article.
        assertThat(again.holder(column)).isEqualTo(again.holder(story)).isEqualTo(story);
        assertThat(again.state().story(story).size()).isEqualTo(5);
        assertThat(again.drainMerged()).containsExactly(new OnlineClusterer.Merge(column, story));
    }

    @Test
    void aColumnOnAnotherSubjectIsNotMergedByTheRetest() {
        OnlineClusterer again = OnlineClusterer.inMemory(retesting(true));
        int story = reports(again);
        int other = add(again, OTHER_COLUMN_TITLE, OTHER_COLUMN);
        add(again, "الطوارئ تشيع شهداء تفجير مسجد عسير", EventRuleTest.REPORT_2);
        assertThat(again.holder(other)).isEqualTo(other);
        assertThat(again.drainMerged()).isEmpty();
    }

    @Test
    void aPressReviewNamingTheEventStaysAlone() {
        // Counted as the clusterer reads the text: الصحف, صحيفة and the rest, six times.
        assertThat(PressReview.cues(ClusterInput.of(article(REVIEW_TITLE, "outlet", "2015-08-09", REVIEW)).body()))
                .isGreaterThanOrEqualTo(6);
        assertThat(PressReview.cues(ClusterInput.of(article(COLUMN_TITLE, "outlet", "2015-08-09", COLUMN)).body())).isZero();
        // Without the cue the review's text names the bombing's signature and joins its story, as a column does.
        OnlineClusterer any = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withBodyRule(new ClusterConfig.BodyRule(3, 4, 0.02)));
        int story = reports(any);
        assertThat(add(any, REVIEW_TITLE, REVIEW)).isEqualTo(story);
        // With it the review is left alone, on arrival and by the re-test.
        OnlineClusterer guarded = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withBodyRule(new ClusterConfig.BodyRule(3, 4, 0.02, 4, new ClusterConfig.BodyRule.Retest(10, 4, 1, 16))));
        story = reports(guarded);
        int review = add(guarded, REVIEW_TITLE, REVIEW);
        assertThat(review).isNotEqualTo(story);
        add(guarded, "الطوارئ تشيع شهداء تفجير مسجد عسير", EventRuleTest.REPORT_2);
        assertThat(guarded.holder(review)).isEqualTo(review);
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatThrownBy(() -> new ClusterConfig.BodyRule(1, 4, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.BodyRule(15, 0, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.BodyRule(15, 5, 0.02, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.BodyRule.Retest(10, 11, 1, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.BodyRule.Retest(20, 4, 0, 16)).isInstanceOf(IllegalArgumentException.class);
    }
}
