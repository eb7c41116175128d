package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Piece merges ({@link ClusterConfig.PieceMerge}): reports of one event that formed a story of their own before the
 * event's main story had a headline signature are merged into it once it has one, when their own headlines name it.
 * Arabic text written for these tests in the style of Saudi reports of the Asir mosque bombing (the reports of
 * {@link EventRuleTest}), two condolence reports that came first, and pieces that must stay apart.
 */
public class PieceMergeTest {
    // Two condolence reports, published before the main reports: their headlines and leads name the bombing (place,
    // target, event), their bodies speak of mourning and the families, not of the attack.
    public static final String CONDOLENCE_1 = "توافدت وفود من أهالي محايل لتقديم العزاء في شهداء التفجير الانتحاري في مسجد قوات الطوارئ في عسير.\n\n"
            + "واستقبل ذوو الشهيدين المعزين في خيمة العزاء بحي الشروق، وعبر شيوخ القبائل عن مواساتهم للأسرتين، "
            + "ودعوا للشهيدين بالرحمة والمغفرة ولأهلهما بالصبر والسلوان، وقدموا واجب العزاء باسم أبناء المحافظة.";
    public static final String CONDOLENCE_2 = "واصل أهالي محايل تقديم العزاء لذوي شهداء التفجير الانتحاري في مسجد قوات الطوارئ بمنطقة عسير.\n\n"
            + "وازدحمت خيمة العزاء بحي الشروق بالمعزين من شيوخ القبائل وأعيان المحافظة، الذين عبروا عن مواساتهم "
            + "للأسرتين، ودعوا للشهيدين بالرحمة والمغفرة ولأهلهما بالصبر والسلوان.";
    // The second report with a lead of its own that does not name the bombing.
    public static final String CONDOLENCE_2_PLAIN = "واصل أهالي محايل تقديم العزاء لذوي الشهيدين في خيمة العزاء بحي الشروق.\n\n"
            + "وازدحمت خيمة العزاء بالمعزين من شيوخ القبائل وأعيان المحافظة، الذين عبروا عن مواساتهم "
            + "للأسرتين، ودعوا للشهيدين بالرحمة والمغفرة ولأهلهما بالصبر والسلوان.";
    public static final String CONDOLENCE_TITLE_1 = "أهالي محايل يعزون ذوي شهداء التفجير الانتحاري في مسجد الطوارئ بعسير";
    public static final String CONDOLENCE_TITLE_2 = "خيمة عزاء شهداء تفجير مسجد الطوارئ الانتحاري بعسير تستقبل المعزين";

    // The bombing's reports (those of EventRuleTest), for tests of other packages.
    public static final String REPORT_1 = EventRuleTest.REPORT_1;
    public static final String REPORT_2 = EventRuleTest.REPORT_2;
    public static final String REPORT_3 = EventRuleTest.REPORT_3;
    public static final String REACTION = EventRuleTest.REACTION;

    private static final ClusterConfig WITH_MERGES = ClusterConfig.DEFAULT;
    private static final ClusterConfig WITHOUT_MERGES = ClusterConfig.DEFAULT.withPieceMerge(null);

    private static int add(OnlineClusterer clusterer, String title, String text) {
        return clusterer.add(ClusterInput.of(article(title, "outlet", "2015-08-09", text)));
    }

    /** The condolence piece (two reports), then the three main reports: returns the third report's story. */
    private static int condolencesThenReports(OnlineClusterer clusterer) {
        int piece = add(clusterer, CONDOLENCE_TITLE_1, CONDOLENCE_1);
        assertThat(add(clusterer, CONDOLENCE_TITLE_2, CONDOLENCE_2)).isEqualTo(piece);
        add(clusterer, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", EventRuleTest.REPORT_1);
        add(clusterer, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", EventRuleTest.REPORT_2);
        return add(clusterer, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", EventRuleTest.REPORT_3);
    }

    @Test
    void aPieceThatFormedBeforeTheEventHadASignatureIsMergedIntoItsStory() {
        // Without merges the condolence piece and the reports stay two stories: the reports do not score with the
        // condolences, and when the reports' story gets its signature (third report) the piece is already a story.
        OnlineClusterer off = OnlineClusterer.inMemory(WITHOUT_MERGES);
        assertThat(condolencesThenReports(off)).isEqualTo(1);
        assertThat(off.state().story(0).size()).isEqualTo(2);
        assertThat(off.state().story(1).size()).isEqualTo(3);
        // With them, the piece's two headlines name four of the reports' concentrated signature terms (تفجير، مسجد،
        // الطوارئ، عسير): the two stories become one, under the older number (its first article is the story's first).
        OnlineClusterer on = OnlineClusterer.inMemory(WITH_MERGES);
        // The third report joined the reports' story (1), which is then merged into the older one.
        assertThat(condolencesThenReports(on)).isEqualTo(1);
        assertThat(on.holder(1)).isEqualTo(0);
        assertThat(on.state().story(0).size()).isEqualTo(5);
        assertThat(on.drainMerged()).containsExactly(new OnlineClusterer.Merge(1, 0));
        // The absorbed story is closed: nothing joins it any more.
        assertThat(on.open(1, java.util.Optional.empty())).isFalse();
        // The merged story keeps taking the event's reactions.
        assertThat(add(on, "العراق يستنكر تفجير مسجد الطوارئ في عسير", EventRuleTest.REACTION)).isEqualTo(0);
    }

    @Test
    void aPieceOfAnotherEventOfTheSameKindIsNotMerged() {
        // Two reports of a mosque bombing in Kuwait: their headlines name تفجير، مسجد، انتحاري but neither the place nor
        // the target of the Asir bombing, so fewer than four of its signature terms.
        OnlineClusterer on = OnlineClusterer.inMemory(WITH_MERGES);
        String kuwait1 = "قتل 27 مصليا في تفجير انتحاري استهدف مسجد الإمام الصادق في حي الصوابر بمدينة الكويت أثناء صلاة "
                + "الجمعة.\n\nوأعلنت وزارة الداخلية الكويتية القبض على سائق السيارة التي أقلت الانتحاري إلى المسجد.";
        String kuwait2 = "شيع آلاف الكويتيين ضحايا التفجير الانتحاري في مسجد الإمام الصادق بحي الصوابر، وأدى أمير الكويت "
                + "صلاة الجنازة على الضحايا السبعة والعشرين في المسجد الكبير.\n\nوأعلنت الحكومة الكويتية الحداد ثلاثة أيام، "
                + "وتوافد المعزون على مسجد الإمام الصادق في حي الصوابر منذ صلاة الجمعة.";
        int kuwait = add(on, "انتحاري يفجر نفسه في مسجد الإمام الصادق بالكويت", kuwait1);
        assertThat(add(on, "الكويت تشيع ضحايا التفجير الانتحاري في مسجد الإمام الصادق", kuwait2)).isEqualTo(kuwait);
        add(on, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", EventRuleTest.REPORT_1);
        add(on, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", EventRuleTest.REPORT_2);
        int asir = add(on, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", EventRuleTest.REPORT_3);
        assertThat(asir).isNotEqualTo(kuwait);
        assertThat(on.state().story(kuwait).size()).isEqualTo(2);
        assertThat(on.drainMerged()).isEmpty();
    }

    @Test
    void oneMemberNamingTheEventDoesNotCarryItsWholeStory() {
        // A two-article story of which only one headline names the bombing: a single article resembling both stories
        // must not link them (that chained unrelated stories when single articles could link them), so at least two
        // members must name the event.
        OnlineClusterer on = OnlineClusterer.inMemory(WITH_MERGES);
        int piece = add(on, CONDOLENCE_TITLE_1, CONDOLENCE_1);
        assertThat(add(on, "أهالي محايل يستقبلون المعزين في حي الشروق", CONDOLENCE_2_PLAIN)).isEqualTo(piece);
        add(on, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", EventRuleTest.REPORT_1);
        add(on, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", EventRuleTest.REPORT_2);
        assertThat(add(on, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", EventRuleTest.REPORT_3)).isNotEqualTo(piece);
        assertThat(on.state().story(piece).size()).isEqualTo(2);
        assertThat(on.drainMerged()).isEmpty();
    }

    @Test
    void aRestoredCheckpointUndoesAMergeAndMakesItAgain() {
        // A store's engine re-places a day from its checkpoint: the merge must be undone with it and made again.
        OnlineClusterer on = OnlineClusterer.inMemory(WITH_MERGES);
        add(on, CONDOLENCE_TITLE_1, CONDOLENCE_1);
        add(on, CONDOLENCE_TITLE_2, CONDOLENCE_2);
        add(on, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", EventRuleTest.REPORT_1);
        add(on, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", EventRuleTest.REPORT_2);
        OnlineClusterer.Checkpoint before = on.checkpoint();
        assertThat(on.holder(add(on, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", EventRuleTest.REPORT_3))).isEqualTo(0);
        assertThat(on.drainMerged()).hasSize(1);
        on.restore(before);
        assertThat(on.state().story(0).size()).isEqualTo(2);
        assertThat(on.state().story(1).size()).isEqualTo(2);
        assertThat(on.open(1, java.util.Optional.empty())).isTrue();
        assertThat(on.holder(1)).isEqualTo(1);
        assertThat(on.holder(add(on, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", EventRuleTest.REPORT_3))).isEqualTo(0);
        assertThat(on.drainMerged()).isEqualTo(List.of(new OnlineClusterer.Merge(1, 0)));
    }

    @Test
    void aRuleThatCouldNeverFireIsRefused() {
        assertThatThrownBy(() -> new ClusterConfig.PieceMerge(0, 0.5, 2, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.PieceMerge(4, 1.5, 2, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.PieceMerge(4, 0.5, 0, 0.05)).isInstanceOf(IllegalArgumentException.class);
    }
}
