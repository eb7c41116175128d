package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One test per rule that decides whether an article joins a story, on Arabic news text written for these tests
 * in the style of real wire reports (several outlets' wording of one event, and events of the same kind).
 */
class JoinRulesTest {
    // One event (a mosque bombing in Abha), reported by three outlets in their own words.
    static final String BOMBING_1 = "قتل خمسة عشر شخصا معظمهم من رجال الأمن في تفجير انتحاري استهدف مسجدا داخل مقر قوات "
            + "الطوارئ الخاصة في مدينة أبها بمنطقة عسير أثناء صلاة الظهر. وقال المتحدث الأمني لوزارة الداخلية إن "
            + "الانتحاري فجر حزامه الناسف بين المصلين، وإن فرق الأدلة الجنائية تعمل في موقع التفجير.";
    static final String BOMBING_2 = "ارتفع عدد ضحايا تفجير مسجد قوات الطوارئ في أبها إلى خمسة عشر قتيلا، بينهم اثنا عشر "
            + "من رجال الأمن. وأوضحت وزارة الداخلية أن الانتحاري فجر نفسه أثناء صلاة الظهر، وأن المصابين نقلوا إلى "
            + "مستشفى عسير المركزي.";
    static final String BOMBING_3 = "كشفت وزارة الداخلية هوية منفذ تفجير مسجد قوات الطوارئ في عسير، وقالت إنه مواطن في "
            + "الحادية والعشرين من عمره فجر حزامه الناسف بين المصلين في أبها، وإن الأجهزة الأمنية تلاحق من ساعده.";
    // Another attack of the same kind on the same day, elsewhere: the same topic, a different story.
    static final String OTHER_ATTACK = "قتل ثلاثة جنود وأصيب سبعة آخرون في هجوم بسيارة مفخخة استهدف نقطة تفتيش للجيش قرب "
            + "مدينة العريش في شمال سيناء. وقال مصدر عسكري إن المهاجمين أطلقوا النار على الجنود قبل أن تنفجر السيارة.";
    // Market news: shares only everyday words (قال، وزارة، مدينة) with the bombing reports.
    static final String MARKETS = "أغلق مؤشر سوق الأسهم السعودية مرتفعا بنسبة واحد في المئة بدعم من أسهم البنوك والبتروكيماويات، "
            + "وقال محللون إن السيولة تحسنت مع صعود أسعار النفط في الأسواق العالمية.";

    private final OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);

    private int add(String title, String date, String text) {
        return clusterer.add(ClusterInput.of(article(title, "outlet", date, text)));
    }

    @Test
    void anotherOutletsReportOfTheSameEventJoinsItsStory() {
        int first = add("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1);
        int second = add("ارتفاع ضحايا تفجير مسجد الطوارئ", "2015-08-06", BOMBING_2);
        int third = add("الداخلية تكشف هوية منفذ تفجير عسير", "2015-08-07", BOMBING_3);
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void anEventOfTheSameKindIsAStoryOfItsOwnEvenBesideABigStory() {
        int bombing = add("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1);
        add("ارتفاع ضحايا تفجير مسجد الطوارئ", "2015-08-06", BOMBING_2);
        add("الداخلية تكشف هوية منفذ تفجير عسير", "2015-08-06", BOMBING_3);
        // A centroid summed over three bombing reports would hold قتل، تفجير، انتحاري، الأمن and draw this in;
        // compared member by member it stays apart.
        int other = add("مقتل ثلاثة جنود في هجوم بالعريش", "2015-08-06", OTHER_ATTACK);
        assertThat(other).isNotEqualTo(bombing);
    }

    @Test
    void everydayWordsAloneDoNotJoinUnrelatedArticles() {
        int bombing = add("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1);
        int markets = add("الأسهم السعودية ترتفع", "2015-08-06", MARKETS);
        assertThat(markets).isNotEqualTo(bombing);
    }

    @Test
    void aFollowUpWithinTheGraceJoinsAndTheSameWordsAMonthLaterDoNot() {
        int first = add("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1);
        int twoDaysLater = add("ارتفاع ضحايا تفجير مسجد الطوارئ", "2015-08-08", BOMBING_2);
        int monthLater = add("الداخلية تكشف هوية منفذ تفجير عسير", "2015-09-20", BOMBING_3);
        assertThat(twoDaysLater).isEqualTo(first);
        assertThat(monthLater).isNotEqualTo(first);
    }

    @Test
    void anUndatedArticleIsJudgedOnItsTextAlone() {
        int first = add("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1);
        int undated = add("ارتفاع ضحايا تفجير مسجد الطوارئ", null, BOMBING_2);
        int undatedOther = add("مقتل ثلاثة جنود في هجوم بالعريش", null, OTHER_ATTACK);
        assertThat(undated).isEqualTo(first);
        assertThat(undatedOther).isNotEqualTo(first);
    }

    @Test
    void aStorysScoreIsTheMeanOfItsTwoBestMembersTimesTheDecay() {
        StoryScorer scorer = new StoryScorer(ClusterConfig.DEFAULT.withWeights(0, 0));
        StoryState story = new StoryState(0);
        // Unit vectors over terms 1..3: the newcomer (term 1) meets members with cosines 1, 0.6 and 0.
        story.add(profile(new int[] {1}, new double[] {1}, 0), 16);
        story.add(profile(new int[] {1, 2}, new double[] {0.6, 0.8}, 0), 16);
        story.add(profile(new int[] {3}, new double[] {1}, 0), 16);
        ArticleProfile newcomer = profile(new int[] {1}, new double[] {1}, 0);
        assertThat(scorer.score(newcomer, story)).isCloseTo((1 + 0.6) / 2, org.assertj.core.data.Offset.offset(1e-6));
        ArticleProfile fiveDaysLater = profile(new int[] {1}, new double[] {1}, 5);
        assertThat(scorer.score(fiveDaysLater, story))
                // five days on, past the three-day grace by two
                .isCloseTo((1 + 0.6) / 2 * Math.exp(-2 / ClusterConfig.DEFAULT.decayDays()), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aMissingLeadOrMissingEntitiesHandTheirWeightToTheText() {
        StoryScorer scorer = new StoryScorer(ClusterConfig.DEFAULT);
        ArticleProfile textOnly = new ArticleProfile(TermVector.of(new int[] {1}, new double[] {1}, 10), TermVector.EMPTY,
                TermVector.EMPTY, Optional.empty());
        ArticleProfile full = new ArticleProfile(TermVector.of(new int[] {1}, new double[] {1}, 10),
                TermVector.of(new int[] {2}, new double[] {1}, 10), TermVector.of(new int[] {9}, new double[] {1}, 10),
                Optional.empty());
        assertThat(scorer.similarity(textOnly, full)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void onlyTheMostRecentMembersAreKeptForComparison() {
        StoryState story = new StoryState(0);
        for (int i = 0; i < 20; i++) {
            story.add(profile(new int[] {i}, new double[] {1}, i), 16);
        }
        assertThat(story.members()).hasSize(16);
        assertThat(story.size()).isEqualTo(20);
        assertThat(story.lastDay).isEqualTo(19);
    }

    @Test
    void aStoryQuietForLongerThanTheCloseDaysTakesNoOneAndReleasesItsMembers() {
        ClusterConfig slowDecay = ClusterConfig.DEFAULT.withDecayDays(10_000).withCloseDays(30);
        OnlineClusterer patient = OnlineClusterer.inMemory(slowDecay);
        int first = patient.add(ClusterInput.of(article("مقتل 15 في تفجير مسجد بأبها", "outlet", "2015-08-06", BOMBING_1)));
        // Without decay the same event 20 days on still joins; 40 days on the story is closed.
        assertThat(patient.add(ClusterInput.of(article("ارتفاع ضحايا تفجير مسجد الطوارئ", "outlet", "2015-08-26", BOMBING_2))))
                .isEqualTo(first);
        assertThat(patient.add(ClusterInput.of(article("الداخلية تكشف هوية منفذ تفجير عسير", "outlet", "2015-10-05", BOMBING_3))))
                .isNotEqualTo(first);
        // The clock moved on a day: the sweep closed it, and says so once.
        assertThat(patient.state().story(first).closed()).isTrue();
        assertThat(patient.state().story(first).members()).isEmpty();
        assertThat(patient.state().story(first).size()).isEqualTo(2);
        assertThat(patient.drainClosed()).containsExactly(first);
        assertThat(patient.drainClosed()).isEmpty();
    }

    @Test
    void aCopyCannotJoinAStoryThatIsQuietOnItsDay() {
        OnlineClusterer patient = OnlineClusterer.inMemory(ClusterConfig.DEFAULT.withCloseDays(30));
        int first = patient.add(ClusterInput.of(article("مقتل 15 في تفجير مسجد بأبها", "outlet", "2015-08-06", BOMBING_1)));
        Optional<java.time.LocalDate> later = Optional.of(java.time.LocalDate.of(2015, 10, 5));
        // Quiet on the copy's day even before the clock moved there: a copy would bring a final story back.
        assertThat(patient.open(first, Optional.of(java.time.LocalDate.of(2015, 8, 20)))).isTrue();
        assertThat(patient.open(first, later)).isFalse();
        assertThat(patient.open(first, Optional.empty())).isTrue();
        ClusterInput copy = ClusterInput.of(article("مقتل 15 في تفجير مسجد بأبها", "outlet", "2015-10-05", BOMBING_1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> patient.addTo(first, copy))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptyArticleStartsItsOwnStory() {
        int bombing = add("مقتل 15 في تفجير مسجد بأبها", "2015-08-06", BOMBING_1);
        int empty = clusterer.add(new ClusterInput(Map.of(), Map.of(), Map.of(), Set.of(), Optional.empty()));
        assertThat(empty).isNotEqualTo(bombing);
    }

    private static ArticleProfile profile(int[] terms, double[] weights, long day) {
        return new ArticleProfile(TermVector.of(terms, weights, 100), TermVector.EMPTY, TermVector.EMPTY, Optional.of(day));
    }
}
