package dev.marsad.cluster;

import static dev.marsad.fixtures.ArabicStories.article;
import static dev.marsad.fixtures.ArabicStories.entities;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The name rule ({@link NameRule}): an article under the threshold joins a story whose first paragraphs name the same
 * person in full, when the name is rare (its rarest word's IDF) and concentrated in that story. Arabic text written for
 * these tests in the style of the labelled week's reports (March 2018) on the Russian chemist who said he helped make
 * the nerve agent of the Skripal poisoning: an interview, his apology, his account of the programme, which share
 * little beyond his name; and two reports that name a figure of the news (بوتين) up front about different events.
 */
class NameRuleTest {
    static final String INTERVIEW = "قال الكيميائي الروسي فيل ميرزايانوف في مقابلة من منزله في ولاية نيوجيرسي إنه لا "
            + "يشك في أن الغاز المستخدم صنع في مختبرات بلاده.\n\nوأضاف أن عددا قليلا من العلماء كان يعرف تركيبته، وأن "
            + "الأجهزة الأمنية كانت تراقبهم طوال سنوات عملهم. وتحدث عن حياته في الضواحي الهادئة، حيث يقضي وقته في "
            + "القراءة وزراعة الحديقة وتعليم أحفاده الشطرنج، ويستقبل الصحفيين في مطبخ صغير تزين جدرانه صور قديمة "
            + "لرحلات الصيد على نهر الفولغا ولقاءات الجامعة في قازان.";
    static final String APOLOGY = "اعتذر فيل ميرزايانوف عن مساهمته قبل عقود في إنتاج أخطر سم عرفته البشرية، وقال إنه "
            + "يشعر بالذنب كلما سمع بضحية جديدة.\n\nوكان العالم قد هاجر إلى الولايات المتحدة في تسعينيات القرن الماضي بعد "
            + "أن سجن بسبب كشفه أسرار البرنامج للصحافة. وتلقى رسائل تضامن من منظمات حقوقية وأكاديميين في أوروبا، ودعا "
            + "المنظمة الدولية لحظر الأسلحة الكيميائية إلى تشديد التفتيش، مطالبا البرلمانات بتمويل أبحاث الترياق "
            + "وتدريب الأطباء في المستشفيات على علاج المصابين.";
    static final String ACCOUNT = "روى فيل ميرزايانوف تفاصيل البرنامج السري الذي عمل فيه في معهد أبحاث بموسكو، مؤكدا "
            + "أن التجارب جرت في مدينة نوكوس.\n\nوأوضح أن العينات كانت تنقل تحت حراسة مشددة، وأن الوثائق أتلفت بعد "
            + "انهيار الاتحاد السوفيتي. وذكر أن الميزانية كانت تفوق ميزانيات معاهد مدنية عديدة، وأن المهندسين صمموا "
            + "أجهزة تبريد خاصة وخزانات فولاذية، وأن الحافلات كانت تقل الموظفين فجرا إلى بوابة محاطة بالأسلاك الشائكة "
            + "وأبراج المراقبة في سهوب أوزبكستان الجافة.";

    private static int add(OnlineClusterer clusterer, String title, String text, String name, String key) {
        Extraction extraction = new Extraction(entities(text, name, key, EntityType.PERSON), List.of(), List.of());
        return clusterer.add(ClusterInput.of(article(Role.MAIN, title, "outlet", "2018-03-15", text, extraction)));
    }

    private static int[] chemist(ClusterConfig config) {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(config);
        String name = "فيل ميرزايانوف";
        String key = "person:fl-mrzaanf";
        return new int[] {
            add(clusterer, "كيميائي روسي: الغاز صنع في مختبرات بلادي", INTERVIEW, name, key),
            add(clusterer, "عالم سابق يعتذر عن المساهمة في إنتاج أخطر سم", APOLOGY, name, key),
            add(clusterer, "أسرار البرنامج السري في نوكوس", ACCOUNT, name, key)};
    }

    @Test
    void reportsThatNameTheSameRarePersonInFullUpFrontFormOneStory() {
        // By their text the three reports are under the threshold: three stories without the rule ...
        assertThat(chemist(ClusterConfig.DEFAULT.withNameRule(null))).containsExactly(0, 1, 2);
        // ... one with it: each names the chemist in its first paragraph.
        assertThat(chemist(ClusterConfig.DEFAULT)).containsExactly(0, 0, 0);
    }

    @Test
    void aFigureOfTheNewsNamedUpFrontLinksNothing() {
        // Every word of فلاديمير بوتين is common in the background: the name is no evidence of one story.
        OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);
        String name = "فلاديمير بوتين";
        String key = "person:fladmr-btn";
        String missile = "أعلن الرئيس الروسي فلاديمير بوتين أن بلاده اختبرت بنجاح صاروخا جديدا يفوق سرعة الصوت.\n\n"
                + "وقال إن الصاروخ قادر على تجاوز أنظمة الدفاع الجوي كلها.";
        String remarks = "تعرض الرئيس الروسي فلاديمير بوتين لانتقادات بعد تصريحات قال فيها إن اليهود ربما تدخلوا في "
                + "الانتخابات الأمريكية.\n\nووصفت منظمات يهودية التصريحات بأنها معادية للسامية.";
        int first = add(clusterer, "روسيا تختبر صاروخا يفوق سرعة الصوت", missile, name, key);
        assertThat(add(clusterer, "بوتين يتعرض للانتقاد بعد تصريحاته عن اليهود", remarks, name, key)).isNotEqualTo(first);
    }

    // Reports of a Saudi broadcaster's death (after the Saudi day's, August 2015): the news, the funeral, the tributes.
    // سعود and الدوسري are each common in the background; the pair is rare.
    static final String DEATH = "توفي الإعلامي السعودي سعود الدوسري في العاصمة الفرنسية باريس إثر أزمة قلبية مفاجئة "
            + "عن عمر ناهز الثالثة والأربعين.\n\nوكان الراحل قد عمل مذيعا في عدد من القنوات الفضائية العربية، واشتهر "
            + "ببرامجه الحوارية التي استضاف فيها كتابا وفنانين ورجال أعمال من مختلف الدول، وعرف بهدوئه ولباقته أمام "
            + "الكاميرا.";
    static final String FUNERAL = "أديت صلاة الجنازة على جثمان سعود الدوسري عصر اليوم في جامع بالرياض بحضور جموع "
            + "غفيرة من المصلين.\n\nووري الجثمان الثرى في مقبرة النسيم، وتقبل ذوو الفقيد التعازي في منزل الأسرة حيث "
            + "توافد المعزون من الأقارب والأصدقاء والزملاء حتى ساعة متأخرة من الليل.";
    static final String TRIBUTES = "نعى فنانون ودعاة الإعلامي سعود الدوسري بعبارات مؤثرة على مواقع التواصل "
            + "الاجتماعي.\n\nوتصدر وسم باسمه قائمة الأكثر تداولا، وكتب مغردون أنهم فقدوا صوتا هادئا رافقهم سنوات، "
            + "واستعاد آخرون مقاطع من حلقاته القديمة مع ضيوفه.";

    private static int[] broadcaster(boolean pairs) {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(ClusterConfig.DEFAULT);
        String[][] reports = {
            {"الموت يغيب الإعلامي السعودي اللامع", DEATH},
            {"مواراة جثمان الفقيد في الرياض", FUNERAL},
            {"رحيل مذيع يوحد الفنانين والدعاة في نعي حزين", TRIBUTES}};
        int[] out = new int[reports.length];
        for (int i = 0; i < reports.length; i++) {
            String text = reports[i][1];
            Extraction extraction = new Extraction(entities(text, "سعود الدوسري", "person:s3ad-aldsri", EntityType.PERSON),
                    List.of(), List.of());
            ClusterInput input = ClusterInput.of(article(Role.MAIN, reports[i][0], "outlet", "2015-08-09", text, extraction));
            if (!pairs) {
                // The name's words alone, as before word pairs were counted.
                input = new ClusterInput(input.body(), input.title(), input.lead(), input.entities(), input.day(),
                        Map.of("person:s3ad-aldsri", Set.of("سعود", "دوسر")));
            }
            out[i] = clusterer.add(input);
        }
        return out;
    }

    @Test
    void aFullNameOfCommonWordsIsRareAsAPair() {
        // Each word is common (سعود in a sixth of the background's articles): by its rarest word the name is no evidence ...
        assertThat(broadcaster(false)).containsExactly(0, 1, 2);
        // ... but the background has not seen the pair 40 times: the reports form one story.
        assertThat(broadcaster(true)).containsExactly(0, 0, 0);
    }

    @Test
    void aPatronymicNameAlsoStandsUnderTheGivenAndFamilyName() {
        assertThat(ClusterInput.withoutPatronymic("person:s3ad-bn-3bdlh-aldsri")).isEqualTo("person:s3ad-aldsri");
        // A name that is given name and patronymic only stays whole.
        assertThat(ClusterInput.withoutPatronymic("person:mhmd-bn-slman")).isEqualTo("person:mhmd-bn-slman");
        String text = "وصل جثمان الإعلامي سعود بن عبدالله الدوسري فجر اليوم إلى الرياض.";
        Map<String, Set<String>> names = ClusterInput.leadNames(text,
                entities(text, "سعود بن عبدالله الدوسري", "person:s3ad-bn-3bdlh-aldsri", EntityType.PERSON));
        assertThat(names).containsKeys("person:s3ad-bn-3bdlh-aldsri", "person:s3ad-aldsri");
    }

    @Test
    void aOneWordMentionUnderAFullNamesKeyNamesNoOne() {
        // الذباب (flies) misread as a surname and keyed to a full name: not a person named in full.
        String text = "تكدست النفايات في مركز العطيف وانتشر البعوض والذباب في أحيائه.";
        assertThat(ClusterInput.leadNames(text, entities(text, "الذباب", "person:bndr-alzb", EntityType.PERSON))).isEmpty();
    }
}
