package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Where words were said is not who said them: an outlet after مع, ل, عبر or a publishing verb is the medium; a name
 * that is also a speech verb (روي) is no verb; the name after a naming word (يدعى) is the person's. Sentences written
 * for this test, as analyze runs them.
 */
class MediumSpeakersTest {
    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-07-16");
    }


    @Test
    void anOutletInterviewingTheSpeakerIsNotTheSpeaker() {
        Extraction result = extract("""
                أكد وزير الطاقة الجزائري مصطفى قيطوني أن الإنتاج سيرتفع العام المقبل.
                وأوضح في مقابلة مع قناة «فرانس 24» الفرنسية، أن الاستثمارات الأجنبية عادت إلى القطاع.""");
        assertThat(ExtractTestSupport.speakerOf(result, "الاستثمارات الأجنبية")).contains("مصطفى قيطوني");
    }

    @Test
    void aSocialNetworkThePlayerWroteOnIsNotTheSpeaker() {
        // وكتب اللاعب على (تويتر): the network is where he wrote (survey, stop 32).
        Extraction result = extract("""
                أعلن لاعب الوسط إيلكاي غندوغان أنه يتطلع إلى العودة. وكتب اللاعب على (تويتر): "ما زلنا نشعر بالحزن الشديد".""");
        assertThat(ExtractTestSupport.speakerOf(result, "ما زلنا نشعر")).contains("إيلكاي غندوغان");
    }

    @Test
    void theOutletThatCarriedTheWordsIsNotTheSpeaker() {
        // وأضاف وفق ما نقلت "يوروسبورت": "…" / وأضاف وفقا لوكالة الأنباء الألمانية أن (survey, stop 32); residents
        // of a place are nobody named.
        Extraction result = extract("""
                أكد خورخي فالدانو أسطورة ريال مدريد أن رحيل رونالدو خسارة كبيرة. وأضاف وفق ما نقلت "يوروسبورت": "لكن الفريق قادر على التعويض". وقال أهالي سياتل في دعوى قضائية إن المدينة تنتهك الخصوصية.""");
        assertThat(ExtractTestSupport.speakerOf(result, "لكن الفريق قادر")).contains("خورخي فالدانو");
        assertThat(ExtractTestSupport.quoteStarting(result, "المدينة تنتهك").speaker()).isEmpty();
    }

    @Test
    void theOutletThatReceivedTheStatementIsNotTheSpeaker() {
        // وقالت خلية الصقور … في بيان تلقت وكالة الأنباء الكويتية (كونا) نسخة منه إنه (survey, stop 33).
        Extraction result = extract("""
                وقالت خلية الصقور الاستخبارية التابعة لوزارة الداخلية العراقية في بيان تلقت وكالة الانباء الكويتية (كونا) نسخة منه انه تم القبض على عناصر الشبكة الإرهابية في بغداد.""");
        assertThat(ExtractTestSupport.quoteStarting(result, "تم القبض على").speaker())
                .isNotEqualTo(java.util.Optional.of("وكالة الانباء الكويتية"));
    }

    @Test
    void anAmericanRankWrittenOutIsATitleNotAName() {
        // البريجادير جنرال، الكولونيل (survey, stop 32).
        Extraction result = extract("""
                وقال البريجادير جنرال الأمريكي كيفين كيليا في البيان إن الغارات ستحد من حركة التنظيم. وأعلن الكولونيل باتريك ستيغر أن العملية العسكرية انتهت بمقتل عشرين مسلحا في المنطقة الحدودية.""");
        assertThat(ExtractTestSupport.speakerOf(result, "الغارات ستحد")).contains("كيفين كيليا");
        assertThat(ExtractTestSupport.speakerOf(result, "العملية العسكرية انتهت")).contains("باتريك ستيغر");
    }

    @Test
    void aJournalNamedInMarksSpeaks() {
        Extraction result = extract("""
                قالت دورية «لانسيت» الطبية إن اللوائح الخاصة بسلامة إجراءات الوشم لا تكفي لحماية المستهلكين.""");
        assertThat(ExtractTestSupport.speakerOf(result, "اللوائح الخاصة")).contains("دورية لانسيت");
    }

    @Test
    void aDirectQuoteGivenOnAChannelIsTheSpeakers() {
        Extraction result = extract("""
                انتقد مدربون سابقون قرار الاتحاد. وقال الهولندي رود خوليت خلال تحليله للمباراة مع شبكة "سكاي سبورتس" البريطانية: "هذا قرار لا يفهمه أحد".""");
        assertThat(ExtractTestSupport.speakerOf(result, "هذا قرار لا يفهمه")).contains("رود خوليت");
    }

    @Test
    void aStatementAnAgencyPublishedIsTheBodysWhoIssuedIt() {
        Extraction result = extract("""
                قالت وزارة الخارجية الصينية الاثنين إن المحادثات التجارية ستستأنف قريبا.
                وقالت الوزارة في بيان نشرته وكالة شينخوا للأنباء إن الجانبين اتفقا على جدول زمني للقاءات.""");
        assertThat(ExtractTestSupport.speakerOf(result, "الجانبين اتفقا")).contains("وزارة الخارجية الصينية");
    }

    @Test
    void anOutletAsAddresseeLeavesTheSpeakerOfTheSentenceBefore() {
        Extraction result = extract("""
                أعلن قائد القوات البحرية البريطانية توني راداكين أن السفن ستبقى في المنطقة.
                وقال لصحيفة التايمز إن المهمة قد تستمر حتى نهاية العام.""");
        assertThat(ExtractTestSupport.speakerOf(result, "المهمة قد تستمر")).contains("توني راداكين");
    }

    @Test
    void roiAfterTheVerbIsTheNameRoyNotTheVerbNarrated() {
        Extraction result = extract("""
                تراجع أداء الفريق في الشوط الثاني. وقال روي هودجسون للصحفيين: "لم نلعب كما خططنا لهذه المباراة".""");
        assertThat(ExtractTestSupport.speakerOf(result, "لم نلعب كما")).hasValueSatisfying(s -> assertThat(s).contains("هودجسون"));
    }

    @Test
    void theNameAfterANamingWordIsThePersons() {
        Extraction result = extract("""
                وقال صاحب متجر يدعى فهد الشمري إن الأسعار ارتفعت كثيرا منذ بداية الشهر.""");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .noneMatch(t -> t.contains("يدعى"));
        assertThat(ExtractTestSupport.speakerOf(result, "الأسعار ارتفعت")).contains("فهد الشمري");
    }

    @Test
    void anOutletAfterFiIsWhereHeSpokeAndAnOutletAsSubjectSpeaks() {
        Extraction radio = extract("""
                انقطعت الكهرباء عن عدة مدن ساحلية. وقال وزير الطاقة الأسترالي أنغوس تايلور في إذاعة أيه بي سي إن الشبكة ستعود للعمل خلال ساعات.""");
        assertThat(ExtractTestSupport.speakerOf(radio, "الشبكة ستعود")).contains("أنغوس تايلور");
        Extraction channel = extract("""
                وقالت قناة العربية إن طاقمها غادر المنطقة بعد تصاعد الاشتباكات فيها.""");
        assertThat(ExtractTestSupport.speakerOf(channel, "طاقمها غادر")).hasValueSatisfying(s -> assertThat(s).contains("العربية"));
    }

    @Test
    void aBodyBehindAPrepositionInTheCircumstanceIsWhereTheWordsWereSaid() {
        Extraction result = extract("""
                قال وزير الدفاع الأمريكي جيمس ماتيس إن بلاده ستزيد إنفاقها العسكري.
                وأضاف خلال جلسة بالكونغرس في واشنطن إنه لا يرى خطرا وشيكا على البلاد.""");
        assertThat(ExtractTestSupport.speakerOf(result, "لا يرى خطرا")).contains("جيمس ماتيس");
    }
}
