package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static dev.marsad.fixtures.ArabicStories.entities;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small-story rule ({@link SmallStoryRule}): an article under the threshold joins a story of one or two articles when
 * a member's headline shares an event term with its headline, their headlines and first paragraphs share two specific
 * terms, and the member names one of its places. Arabic text written for these tests: the demo's Morocco earthquake
 * reports (September 2023, also written for this repository) and two road-accident briefs after the Saudi day's.
 */
class SmallStoryRuleTest {
    static final String FIRST = "الرباط: ضرب زلزال بقوة 6.8 درجات على مقياس ريختر منطقة الحوز جنوب غرب مدينة مراكش في وقت "
            + "متأخر من ليل الجمعة، ما أسفر عن سقوط أكثر من 800 قتيل ومئات الجرحى، وفق حصيلة أولية لوزارة الداخلية.\n\n"
            + "وأفادت الوزارة في بيان بأن معظم الضحايا سقطوا في أقاليم الحوز وتارودانت وشيشاوة، حيث انهارت منازل طينية في "
            + "قرى جبلية يصعب الوصول إليها.\n\nوقال المعهد الوطني للجيوفيزياء إن مركز الزلزال يقع في جماعة إيغيل، على عمق "
            + "نحو ثمانية كيلومترات.\n\nوشعر سكان مراكش والدار البيضاء والرباط بالهزة، وخرج آلاف منهم إلى الشوارع خوفا من "
            + "هزات ارتدادية.";
    static final String TOLL = "مراكش: ارتفع عدد ضحايا الزلزال العنيف الذي ضرب المغرب إلى 2012 قتيلا و2059 جريحا، فيما "
            + "تواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض.\n\nوأعلن الديوان الملكي الحداد الوطني ثلاثة أيام، وأمر الملك "
            + "محمد السادس بتوفير المأوى والغذاء للمتضررين.\n\nوعرضت دول عدة، بينها فرنسا وإسبانيا والجزائر، تقديم "
            + "المساعدة، فيما قبل المغرب عروضا من إسبانيا وبريطانيا وقطر والإمارات، ووصلت أولى الطائرات المحملة بالخيام "
            + "والأغطية إلى المطار صباح الأحد.";

    private static int add(OnlineClusterer clusterer, String title, String day, String text, Object... places) {
        Extraction extraction = new Extraction(entities(text, places), List.of(), List.of());
        return clusterer.add(ClusterInput.of(article(Role.MAIN, title, "outlet", day, text, extraction)));
    }

    private static int[] quake(ClusterConfig config) {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(config);
        return new int[] {
            add(clusterer, "زلزال قوي يضرب إقليم الحوز ويخلف مئات الضحايا", "2023-09-09", FIRST,
                    "مراكش", "location:mraksh", EntityType.LOCATION, "الحوز", "location:alhoz", EntityType.LOCATION),
            add(clusterer, "ارتفاع حصيلة زلزال المغرب إلى أكثر من ألفي قتيل", "2023-09-10", TOLL,
                    "مراكش", "location:mraksh", EntityType.LOCATION, "المغرب", "location:almgrb", EntityType.LOCATION)};
    }

    @Test
    void theSecondReportOfAnEventJoinsTheFirstWhileItIsAlone() {
        // By their text the two reports are under the threshold, and a story of one article has no event signature ...
        assertThat(quake(ClusterConfig.DEFAULT.withSmallStoryRule(null))).containsExactly(0, 1);
        // ... but زلزال is in both headlines, مراكش in both first paragraphs, and both name the place: one story.
        assertThat(quake(ClusterConfig.DEFAULT)).containsExactly(0, 0);
    }

    @Test
    void reportsOfOneKindOfEventInDifferentPlacesStayApart() {
        // The same words in both headlines (مصرع، إصابة، حادث) and close texts, but two crashes in two towns.
        OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);
        String first = "لقي شخص مصرعه وأصيب ستة آخرون في حادث تصادم بين سيارتين على طريق القويعية، وباشرت فرق الهلال "
                + "الأحمر نقل المصابين إلى مستشفى المحافظة.\n\nوقال المتحدث باسم المرور إن الحادث وقع بسبب السرعة الزائدة.";
        String second = "توفي مواطن وزوجته وأصيب أربعة من أبنائهما إثر انقلاب مركبتهم بعد اصطدامها بشاحنة في محافظة بارق "
                + "مساء أمس.\n\nونقلت الجثتان إلى ثلاجة المستشفى العام، فيما أحيل الأبناء إلى قسم الطوارئ، وبدأت الجهات "
                + "المختصة التحقيق في ملابسات الاصطدام.";
        int a = add(clusterer, "مصرع شخص وإصابة 6 في حادث تصادم بالقويعية", "2015-08-09", first,
                "القويعية", "location:alkoy3ya", EntityType.LOCATION);
        int b = add(clusterer, "مصرع مواطن وإصابة 6 في حادث تصادم ببارق", "2015-08-09", second,
                "بارق", "location:bark", EntityType.LOCATION);
        assertThat(b).isNotEqualTo(a);
    }
}
