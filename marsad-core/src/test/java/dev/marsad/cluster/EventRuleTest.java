package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The event rule ({@link ClusterConfig.EventRule}, {@link EventSignature}): an article that scores under the join
 * threshold with every story joins the one whose headline signature its own headline and lead name. Arabic text
 * written for these tests in the style of Saudi wire reports of one event (a mosque bombing in Asir), its reactions
 * and follow-ups, and events of the same kind elsewhere. The rule is on in the shipped configuration
 * ({@link ClusterConfig#EVENT_RULE}).
 */
class EventRuleTest {
    // Three reports of the bombing: each headline and first paragraph names the place and the target.
    static final String REPORT_1 = "قتل خمسة عشر شخصا معظمهم من رجال الأمن في تفجير انتحاري استهدف مسجدا داخل مقر قوات "
            + "الطوارئ الخاصة في مدينة أبها بمنطقة عسير أثناء صلاة الظهر.\n\nوقال المتحدث الأمني لوزارة الداخلية إن "
            + "الانتحاري فجر حزامه الناسف بين المصلين، وإن فرق الأدلة الجنائية تعمل في موقع التفجير.";
    static final String REPORT_2 = "كشفت وزارة الداخلية هوية منفذ التفجير الانتحاري في مسجد قوات الطوارئ الخاصة بمنطقة "
            + "عسير، وقالت إنه مواطن في الحادية والعشرين من عمره.\n\nوأوضح المتحدث الأمني أن المنفذ أوقف عام 2013 ثم "
            + "أطلق سراحه، وأن الأجهزة الأمنية تلاحق من ساعده في التخطيط للعملية ومن وفر له الحزام الناسف.";
    static final String REPORT_3 = "قدم أمير منطقة عسير التعازي لأسر شهداء التفجير الانتحاري الذي استهدف مسجد قوات "
            + "الطوارئ في أبها، ووجه بتسمية شوارع في المنطقة بأسمائهم.\n\nوزار الأمير المصابين في مستشفى عسير المركزي "
            + "واطمأن على حالتهم الصحية، ونقل إليهم تحيات القيادة.";
    // A reaction: its headline and lead name the event, its body speaks of other things (solidarity, financing, recruits).
    static final String REACTION = "أدانت الحكومة العراقية التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير.\n\n"
            + "وقالت وزارة الخارجية العراقية في بيان إن بغداد تقف إلى جانب الرياض، ودعت دول الجوار إلى تنسيق جهودها "
            + "لتجفيف منابع التمويل وملاحقة الشبكات التي تستدرج الشباب عبر مواقع التواصل الاجتماعي، مؤكدة أن استقرار "
            + "المنطقة مسؤولية مشتركة. وأضاف البيان أن العراق عانى طويلا من هذه الجماعات وقدم آلاف الضحايا في مواجهتها "
            + "في الموصل والأنبار وصلاح الدين، وأن التعاون وتبادل المعلومات بين البلدين سيتعزز في المرحلة المقبلة، "
            + "وأن لجنة مشتركة ستجتمع في بغداد الشهر المقبل لبحث أمن الحدود والمنافذ وعودة النازحين إلى مدنهم. "
            + "وكان رئيس الوزراء العراقي قد تلقى اتصالا من نظيره الأردني بحثا فيه تطورات المعارك في محافظة الأنبار "
            + "وفتح معبر طريبيل أمام حركة الشاحنات والمسافرين. وفي سياق متصل، استقبل وزير الخارجية العراقي سفراء "
            + "دول الخليج المعتمدين في بغداد، وأكد لهم حرص حكومته على توسيع التبادل التجاري واستئناف الرحلات الجوية "
            + "المباشرة وتسهيل منح التأشيرات لرجال الأعمال والطلاب، وبحث معهم ترتيبات القمة الاقتصادية المقررة في "
            + "الخريف وملف الديون والتعويضات ومشاريع الربط الكهربائي وخطوط نقل النفط عبر الموانئ الجنوبية.";
    // An attack of the same kind elsewhere: its headline names a bombing, but not this one's place or target.
    static final String OTHER_BOMBING = "قتل ثلاثة جنود وأصيب سبعة آخرون في تفجير سيارة مفخخة استهدف نقطة تفتيش للجيش "
            + "قرب مدينة العريش في شمال سيناء.\n\nوقال مصدر عسكري إن المهاجمين أطلقوا النار على الجنود قبل أن تنفجر "
            + "السيارة، وإن قوات الأمن طوقت المنطقة وبدأت عمليات تمشيط واسعة بحثا عن المتورطين.";

    private static final ClusterConfig WITH_RULE = ClusterConfig.DEFAULT;
    private static final ClusterConfig WITHOUT_RULE = ClusterConfig.DEFAULT.withEventRule(null);

    private static int add(OnlineClusterer clusterer, String title, String text) {
        return clusterer.add(ClusterInput.of(article(title, "outlet", "2015-08-09", text)));
    }

    /** A clusterer holding the three reports, which must form one story by their text alone. */
    private static OnlineClusterer withBombingStory(ClusterConfig config) {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(config);
        int first = add(clusterer, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", REPORT_1);
        assertThat(add(clusterer, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", REPORT_2)).isEqualTo(first);
        assertThat(add(clusterer, "أمير عسير يعزي أسر شهداء تفجير مسجد الطوارئ", REPORT_3)).isEqualTo(first);
        return clusterer;
    }

    @Test
    void aReactionWhoseHeadlineNamesTheEventJoinsItsStoryThoughItsBodyGoesElsewhere() {
        OnlineClusterer on = withBombingStory(WITH_RULE);
        OnlineClusterer off = withBombingStory(WITHOUT_RULE);
        String title = "العراق يستنكر تفجير مسجد الطوارئ في عسير";
        // By its text the reaction is under the threshold (it starts a story of its own without the rule) ...
        assertThat(add(off, title, REACTION)).isEqualTo(1);
        // ... but its headline names the bombing's place, target and event: it joins the bombing's story.
        assertThat(add(on, title, REACTION)).isEqualTo(0);
    }

    @Test
    void anAttackOfTheSameKindElsewhereDoesNotJoinOnTheEventNounAlone() {
        OnlineClusterer on = withBombingStory(WITH_RULE);
        assertThat(add(on, "مقتل ثلاثة جنود في تفجير سيارة مفخخة بالعريش", OTHER_BOMBING)).isEqualTo(1);
    }

    @Test
    void aMosqueBombingElsewhereDoesNotJoinOnTheKindOfEvent() {
        // Same kind of event, same words for it (انتحاري، تفجير، مسجد), another place and target: its headline and lead
        // name fewer than three of the terms this story's three headlines all hold.
        OnlineClusterer on = withBombingStory(WITH_RULE);
        String text = "قتل 27 مصليا في تفجير انتحاري استهدف مسجد الإمام الصادق في حي الصوابر بمدينة الكويت أثناء صلاة "
                + "الجمعة.\n\nوأعلنت وزارة الداخلية الكويتية القبض على سائق السيارة التي أقلت الانتحاري إلى المسجد، وقالت "
                + "إن التحقيقات مستمرة.";
        assertThat(add(on, "انتحاري يفجر نفسه في مسجد الإمام الصادق بالكويت", text)).isEqualTo(1);
    }

    @Test
    void aStoryOfTwoArticlesHasNoSignatureYet() {
        // Two headlines sharing words is as often a topic (two traffic accidents) as an event: three are needed.
        OnlineClusterer clusterer = OnlineClusterer.inMemory(WITH_RULE);
        int first = add(clusterer, "مقتل 15 في تفجير انتحاري بمسجد قوات الطوارئ في عسير", REPORT_1);
        assertThat(add(clusterer, "الداخلية تكشف هوية منفذ تفجير مسجد الطوارئ في عسير", REPORT_2)).isEqualTo(first);
        assertThat(add(clusterer, "العراق يستنكر تفجير مسجد الطوارئ في عسير", REACTION)).isNotEqualTo(first);
    }

    @Test
    void aHeadlineThatDoesNotNameTheEventGetsNoSecondChance() {
        // A column on the bombing under a headline of its own: its text must carry it, the rule does not.
        OnlineClusterer on = withBombingStory(WITH_RULE);
        assertThat(add(on, "بغداد والرياض: صفحة جديدة", REACTION)).isEqualTo(1);
    }

    @Test
    void theSignatureIsTheTermsMostHeadlinesHoldTheRarerFirst() {
        EventSignature signature = new EventSignature();
        // Term 1 in four headlines, terms 2 and 3 in three (3 the rarer), term 4 in two, term 5 in one.
        signature.add(RareTerms.of(new int[] {1, 2, 3, 4, 5}, new double[] {5, 5, 6, 7, 8}));
        signature.add(RareTerms.of(new int[] {1, 2, 3, 4}, new double[] {5, 5, 6, 7}));
        signature.add(RareTerms.of(new int[] {1, 2, 3}, new double[] {5, 5, 6}));
        signature.add(RareTerms.of(new int[] {1}, new double[] {5}));
        assertThat(signature.terms(10, 3)).containsExactly(1, 3, 2);
        assertThat(signature.terms(2, 3)).containsExactly(1, 3);
        assertThat(signature.terms(10, 2)).containsExactly(1, 3, 2, 4);
        assertThat(signature.matched(RareTerms.of(new int[] {2, 4, 5}, new double[] {5, 7, 8}), 10, 3)).isEqualTo(1);
        // A new member changes the signature (the cached one is dropped).
        signature.add(RareTerms.of(new int[] {4}, new double[] {7}));
        assertThat(signature.terms(10, 3)).containsExactly(1, 4, 3, 2);
    }

    @Test
    void aRuleThatCouldNeverFireIsRefused() {
        assertThatThrownBy(() -> new ClusterConfig.EventRule(4.5, 3, 4, 3, 0.05, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.EventRule(4.5, 10, 3, 1, 0.05, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
