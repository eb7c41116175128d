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

    // A topic of weeks: two stories of one day about COVID-19 (a vaccine trial in Abu Dhabi, a curfew in Jordan), each
    // headline and lead naming the virus, and a third event (Egypt's daily tally) whose headline names it too.
    static final String[][] VACCINE = {
        {"الإمارات تبدأ المرحلة الثالثة من تجارب لقاح فيروس كورونا المستجد",
            "بدأت دولة الإمارات المرحلة الثالثة من التجارب السريرية على لقاح صيني مضاد لفيروس كورونا المستجد (كوفيد-19) "
            + "بمشاركة خمسة عشر ألف متطوع في أبوظبي.\n\nوقالت دائرة الصحة في أبوظبي إن التجارب تجرى بالتعاون بين شركة "
            + "سينوفارم الصينية ومجموعة جي42، وإن أول المتطوعين تلقوا الجرعة الأولى اليوم. "
            + "\n\nويشارك في التجربة مقيمون من أكثر من مئة جنسية تتراوح أعمارهم بين ثمانية عشر وستين عاما، ويخضع كل منهم "
            + "لفحوص مخبرية قبل تلقي جرعتين بفاصل ثلاثة أسابيع، على أن تعلن النتائج الأولية قبل نهاية العام."},
        {"أبوظبي: 15 ألف متطوع في تجارب لقاح كورونا الصيني",
            "أعلنت دائرة الصحة في أبوظبي بدء المرحلة الثالثة من تجارب لقاح شركة سينوفارم الصينية ضد فيروس كورونا المستجد "
            + "(كوفيد-19) على خمسة عشر ألف متطوع.\n\nوأوضحت الدائرة أن التجارب تجرى بالشراكة مع مجموعة جي42، وأن "
            + "المتطوعين سيخضعون للمتابعة الطبية مدة عام. "
            + "\n\nويشارك في التجربة مقيمون من أكثر من مئة جنسية تتراوح أعمارهم بين ثمانية عشر وستين عاما، ويخضع كل منهم "
            + "لفحوص مخبرية قبل تلقي جرعتين بفاصل ثلاثة أسابيع، على أن تعلن النتائج الأولية قبل نهاية العام."},
        {"متطوعو أبوظبي يتلقون الجرعة الأولى من لقاح فيروس كورونا",
            "تلقى أول المتطوعين في أبوظبي الجرعة الأولى من لقاح سينوفارم الصيني ضد فيروس كورونا المستجد (كوفيد-19) في "
            + "المرحلة الثالثة من التجارب السريرية.\n\nوقالت مجموعة جي42 إن خمسة عشر ألف متطوع سجلوا للمشاركة في التجارب "
            + "التي تشرف عليها دائرة الصحة في أبوظبي. "
            + "\n\nويشارك في التجربة مقيمون من أكثر من مئة جنسية تتراوح أعمارهم بين ثمانية عشر وستين عاما، ويخضع كل منهم "
            + "لفحوص مخبرية قبل تلقي جرعتين بفاصل ثلاثة أسابيع، على أن تعلن النتائج الأولية قبل نهاية العام."},
    };
    static final String[][] CURFEW = {
        {"الأردن يفرض حظر تجول شاملا لمواجهة تفشي فيروس كورونا",
            "أعلنت الحكومة الأردنية فرض حظر تجول شامل يوم الجمعة من كل أسبوع لمواجهة ارتفاع الإصابات بفيروس كورونا "
            + "المستجد (كوفيد-19).\n\nوقال وزير الدولة لشؤون الإعلام إن المحلات التجارية ستغلق أبوابها، وإن المخالفين "
            + "سيتعرضون لغرامات مالية، فيما تبقى المستشفيات والصيدليات مفتوحة. "
            + "\n\nوانتشرت دوريات الشرطة والجيش عند مداخل المدن والطرق الرئيسية، وشهدت الأسواق والمخابز ازدحاما كبيرا "
            + "مساء الخميس مع إقبال السكان على شراء الخبز والخضار قبل بدء الحظر عند منتصف الليل."},
        {"حظر تجول يوم الجمعة في الأردن بسبب كورونا",
            "قررت الحكومة الأردنية فرض حظر تجول شامل أيام الجمعة بعد ارتفاع الإصابات بفيروس كورونا المستجد (كوفيد-19) في "
            + "عمان والزرقاء.\n\nوأوضح وزير الدولة لشؤون الإعلام أن المحلات التجارية تغلق خلال الحظر، وأن الصيدليات "
            + "والمستشفيات تبقى مفتوحة، وأن غرامات مالية تنتظر المخالفين. "
            + "\n\nوانتشرت دوريات الشرطة والجيش عند مداخل المدن والطرق الرئيسية، وشهدت الأسواق والمخابز ازدحاما كبيرا "
            + "مساء الخميس مع إقبال السكان على شراء الخبز والخضار قبل بدء الحظر عند منتصف الليل."},
        {"الحكومة الأردنية: غرامات على مخالفي حظر التجول لمواجهة كورونا",
            "حذرت الحكومة الأردنية من غرامات مالية على مخالفي حظر التجول الشامل يوم الجمعة، الذي فرضته لمواجهة ارتفاع "
            + "الإصابات بفيروس كورونا المستجد (كوفيد-19).\n\nوقال وزير الدولة لشؤون الإعلام إن المحلات التجارية تغلق "
            + "أبوابها خلال الحظر، وإن الصيدليات والمستشفيات تبقى مفتوحة في عمان وسائر المحافظات. "
            + "\n\nوانتشرت دوريات الشرطة والجيش عند مداخل المدن والطرق الرئيسية، وشهدت الأسواق والمخابز ازدحاما كبيرا "
            + "مساء الخميس مع إقبال السكان على شراء الخبز والخضار قبل بدء الحظر عند منتصف الليل."},
    };
    static final String TALLY_TITLE = "مصر تسجل 112 حالة جديدة بفيروس كورونا المستجد";
    static final String TALLY = "سجلت وزارة الصحة المصرية 112 حالة جديدة مصابة بفيروس كورونا المستجد و11 وفاة "
            + "خلال الساعات الأربع والعشرين الماضية.\n\nوقال المتحدث باسم الوزارة إن إجمالي الحالات المسجلة بلغ مئة ألف "
            + "وأربعمئة حالة منذ ظهور الوباء في فبراير، وإن عدد المتعافين بلغ ثمانين ألفا بعد خروجهم من مراكز العزل.\n\n"
            + "وتوزعت الحالات الجديدة على محافظات القاهرة والجيزة والإسكندرية والدقهلية والشرقية، فيما دعت الوزارة "
            + "المواطنين إلى ارتداء الكمامات في القطارات ومترو الأنفاق والحافلات، والالتزام بالتباعد في المصالح الحكومية "
            + "والبنوك ومكاتب البريد، وأعلنت زيادة عدد المعامل التي تجري التحاليل في المحافظات إلى سبعة وعشرين معملا.";

    /**
     * A clusterer holding the two COVID stories, each made of its three reports by their text alone; the reports come
     * in turn (vaccine, curfew, vaccine, ...), as a day's stream interleaves its stories.
     */
    private static OnlineClusterer withTwoCovidStories(ClusterConfig config) {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(config);
        for (int i = 0; i < VACCINE.length; i++) {
            assertThat(clusterer.add(ClusterInput.of(article(VACCINE[i][0], "outlet", "2020-07-16", VACCINE[i][1]))))
                    .isEqualTo(0);
            assertThat(clusterer.add(ClusterInput.of(article(CURFEW[i][0], "outlet", "2020-07-16", CURFEW[i][1]))))
                    .isEqualTo(1);
        }
        return clusterer;
    }

    @Test
    void aTopicNamedInTheHeadlinesOfManyStoriesSignsNoneOfThem() {
        // By its text the tally is a story of its own ...
        OnlineClusterer off = withTwoCovidStories(WITHOUT_RULE);
        assertThat(off.add(ClusterInput.of(article(TALLY_TITLE, "outlet", "2020-07-16", TALLY)))).isEqualTo(2);
        // ... and without the concentration test its headline and lead's كورونا، فيروس، المستجد (as rare in a background of
        // years before 2020 as an event's place) sign both stories: the rule would pull it into one of them.
        ClusterConfig unconcentrated = WITH_RULE.withEventRule(new ClusterConfig.EventRule(
                ClusterConfig.EVENT_RULE.minIdf(), ClusterConfig.EVENT_RULE.signatureTerms(), ClusterConfig.EVENT_RULE.minShared(),
                ClusterConfig.EVENT_RULE.minCount(), ClusterConfig.EVENT_RULE.scoreFloor(), ClusterConfig.EVENT_RULE.windowDays(), 0));
        OnlineClusterer loose = withTwoCovidStories(unconcentrated);
        assertThat(loose.add(ClusterInput.of(article(TALLY_TITLE, "outlet", "2020-07-16", TALLY)))).isLessThan(2);
        // With it, those terms are named by the day's headlines in two stories, concentrated in neither: no join.
        OnlineClusterer on = withTwoCovidStories(WITH_RULE);
        assertThat(on.add(ClusterInput.of(article(TALLY_TITLE, "outlet", "2020-07-16", TALLY)))).isEqualTo(2);
    }

    @Test
    void anEventsPlaceStillSignsItsStoryWhenOtherArticlesOfTheDayNameItAlone() {
        // Two other articles of the day name عسير (a festival, rain): each alone in its story, they do not make the
        // place a topic, so the reaction still joins the bombing's story.
        OnlineClusterer on = withBombingStory(WITH_RULE);
        int festival = add(on, "انطلاق مهرجان أبها للتسوق في عسير", "افتتح أمير منطقة عسير مهرجان أبها للتسوق والترفيه في "
                + "حديقة أبو خيال بمشاركة مئة وعشرين عارضا.\n\nويستمر المهرجان ثلاثة أسابيع ويشمل عروضا شعبية وألعابا للأطفال.");
        int rain = add(on, "أمطار غزيرة على مرتفعات عسير", "هطلت أمطار غزيرة مصحوبة بالبرد على مرتفعات منطقة عسير مساء أمس، "
                + "وجرت السيول في عدد من الأودية.\n\nوحذر الدفاع المدني من الاقتراب من مجاري السيول.");
        assertThat(festival).isNotEqualTo(0);
        assertThat(rain).isNotEqualTo(0);
        assertThat(add(on, "العراق يستنكر تفجير مسجد الطوارئ في عسير", REACTION)).isEqualTo(0);
    }

    @Test
    void aRestoredCheckpointKeepsTheSignaturesAndTheRecentHeadlines() {
        // A store's story engine re-places a late article's day from the day's checkpoint: the event rule must decide
        // then as it did the first time, so the copies hold each open story's signature and the window's counts.
        OnlineClusterer on = withBombingStory(WITH_RULE);
        OnlineClusterer.Checkpoint day = on.checkpoint();
        String title = "العراق يستنكر تفجير مسجد الطوارئ في عسير";
        assertThat(add(on, title, REACTION)).isEqualTo(0);
        on.restore(day);
        assertThat(on.state().story(0).size()).isEqualTo(3);
        assertThat(add(on, title, REACTION)).isEqualTo(0);
        // And again from the same checkpoint, after other articles changed the window.
        on.restore(day);
        add(on, "انطلاق مهرجان أبها للتسوق في عسير", "افتتح أمير منطقة عسير مهرجان أبها للتسوق والترفيه في حديقة أبو خيال.");
        assertThat(add(on, title, REACTION)).isEqualTo(0);
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
        assertThatThrownBy(() -> new ClusterConfig.EventRule(4.5, 10, 3, 3, 0.05, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterConfig.EventRule(4.5, 10, 3, 3, 0.05, 3, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
