package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error kinds of issue 13 left open by the n13-10 round, each fixed after the tagger and tested on sentences written
 * for this test (not the demo's): agencies typed as persons, a common noun taken up with the article keyed like a
 * name, a coordinated unknown place keeping its conjunction, a common noun after لل taken for a person, and storm,
 * virus and missile names typed as persons or places. Through the extract stage with the committed model, and the
 * span rules alone where they need no model.
 */
class PostTaggerCleanupTest {

    private static List<String> ofType(Extraction result, EntityType type) {
        return result.entities().stream().filter(e -> e.type() == type).map(Entity::text).toList();
    }

    /** The extraction of {@code text}, checked to name one person, {@code name}, who speaks its one quote. */
    private static Extraction onePersonSpeaking(String text, String name) {
        Extraction result = ExtractTestSupport.extractWithModel(text, "2018-05-02");
        assertThat(ofType(result, EntityType.PERSON)).containsExactly(name);
        assertThat(result.quotes()).extracting(q -> q.speaker().orElse("")).containsExactly(name);
        return result;
    }

    private static NameSpan span(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new NameSpan(start, start + name.length(), type, 0.9);
    }

    @Test
    void aSurnameOpeningWithACliticLetterKeepsItWhereTheRunKnowsTheName() {
        // كالوخا is not ك + الوخا: the article named بدرو كالوخا first.
        Extraction result = ExtractTestSupport.extractWithModel("""
                أكد بدرو كالوخا رئيس الاتحاد البنمي لكرة القدم أن مباراة منتخب بلاده شهدت تلاعبا في النتيجة.

                وأشار كالوخا إلى أن المستوى المتدني للتحكيم كان سببا وراء الخسارة.""", "2015-07-23");
        assertThat(ofType(result, EntityType.PERSON)).doesNotContain("الوخا");
        assertThat(ExtractTestSupport.quoteStarting(result, "المستوى المتدني").speaker()).hasValue("بدرو كالوخا");
    }

    @Test
    void theStaffRankWithoutTheArticleOpensNoName() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                قال المتحدث باسم قوات التحالف، العقيد ركن سامي الحربي، الخميس، إن القوات تقدمت في الساحل الغربي.

                وقال اللواء ركن تركي المالكي إن العمليات العسكرية مستمرة حتى تحرير مدينة الحديدة بالكامل.""", "2018-06-01");
        assertThat(ofType(result, EntityType.PERSON)).noneMatch(n -> n.startsWith("ركن"));
        assertThat(ExtractTestSupport.quoteStarting(result, "القوات تقدمت").speaker()).hasValue("سامي الحربي");
        assertThat(ExtractTestSupport.quoteStarting(result, "العمليات العسكرية").speaker()).hasValue("تركي المالكي");
    }

    @Test
    void theLieutenantColonelsRankOpensNoName() {
        Extraction result = ExtractTestSupport.extractWithModel(
                "وأكد المتحدث العسكري الإسرائيلي، اللفتنانت كولونيل جوناثان كونريكوس، أن إسرائيل أخطرت روسيا مسبقا بالضربات.",
                "2018-07-15");
        assertThat(ofType(result, EntityType.PERSON)).noneMatch(n -> n.contains("كولونيل"));
        assertThat(ExtractTestSupport.quoteStarting(result, "إسرائيل أخطرت").speaker()).hasValue("جوناثان كونريكوس");
    }

    @Test
    void anAgencyTheTaggerTakesForAPersonIsAnOrganisation() {
        Extraction dateline = ExtractTestSupport.extractWithModel(
                "سبوتنيك. قال وزير الخارجية الروسي إن بلاده مستعدة للحوار.", "2024-03-01");
        Extraction cited = ExtractTestSupport.extractWithModel("""
                نوفوستي. ذكرت مصادر في موسكو أن الرئيس سيزور الصين الشهر المقبل.

                وقال مراسل سبوتنيك إن الوفد وصل إلى بكين، بحسب ما نقلت شينخوا.""", "2024-03-01");
        assertThat(ofType(dateline, EntityType.PERSON)).doesNotContain("سبوتنيك");
        assertThat(ofType(dateline, EntityType.ORGANIZATION)).contains("سبوتنيك");
        assertThat(ofType(cited, EntityType.PERSON)).doesNotContain("شينخوا");
        assertThat(ofType(cited, EntityType.ORGANIZATION)).contains("شينخوا");
        assertThat(dateline.entities()).filteredOn(e -> e.text().equals("سبوتنيك")).extracting(Entity::key)
                .containsOnly(NameKey.of(EntityType.ORGANIZATION, "سبوتنيك"));
    }

    @Test
    void anOutletInLatinLettersAfterThePrepositionIsAnOrganisation() {
        String text = "وقال وزير الطاقة في مقابلة لـCNN إن الأسعار ستنخفض قريبا.";
        NameSpan cnn = span(text, "لـCNN", EntityType.PERSON);
        NameSpan out = NewsAgencies.retyped(text, cnn);
        assertThat(text.substring(out.start(), out.end())).isEqualTo("CNN");
        assertThat(out.type()).isEqualTo(EntityType.ORGANIZATION);
        NameSpan person = span(text, "لـCNN", EntityType.LOCATION);
        assertThat(NewsAgencies.retyped(text, person)).isEqualTo(person);
        String name = "وقال كارلوس لـماركا إن الفريق جاهز.";
        NameSpan carlos = span(name, "كارلوس", EntityType.PERSON);
        assertThat(NewsAgencies.retyped(name, carlos)).isEqualTo(carlos);
    }

    @Test
    void theSpeakerAfterAnOrganisationIsThePersonAlone() {
        // Issue 13 met the speaker "ليونسكو أودري أزولاي"; fixed in the first round, checked here on the quote.
        Extraction result = ExtractTestSupport.extractWithModel(
                "وقالت المديرة العامة لليونسكو أودري أزولاي إن المواقع الأثرية في المدينة تحتاج إلى ترميم عاجل.",
                "2024-03-01");
        assertThat(result.quotes()).extracting(q -> q.speaker().orElse("")).containsOnly("أودري أزولاي");
    }

    @Test
    void aBaseTakenUpWithTheArticleIsNotAlQaeda() {
        Extraction base = ExtractTestSupport.extractWithModel("""
                زار وزير الدفاع قاعدة حميميم الجوية في ريف اللاذقية برفقة قادة الجيش.

                وتفقد الوزير مدرج القاعدة ومستودعاتها قبل أن يغادر مساء.""", "2024-03-01");
        String qaeda = NameKey.of(EntityType.ORGANIZATION, "القاعدة");
        assertThat(base.entities()).extracting(Entity::key).doesNotContain(qaeda);
        assertThat(base.entities()).extracting(Entity::text).doesNotContain("قاعدة", "القاعدة");
    }

    @Test
    void alQaedaNamedFirstStaysWhenABaseIsMentionedAfter() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وتبنى تنظيم القاعدة الهجوم على قاعدة عسكرية في شمال البلاد، وقال بيان للقاعدة إن العملية انتقام.

                وأضاف البيان أن القاعدة ستواصل هجماتها.""", "2024-03-01");
        assertThat(ofType(result, EntityType.ORGANIZATION)).contains("القاعدة");
    }

    @Test
    void aDefiniteNounIsATakeUpOnlyAfterItsIndefiniteForm() {
        String text = "وصل الوفد إلى مدينة حمص صباحا، ثم تجول في المدينة القديمة. وقال إن المدينة هادئة.";
        Words w = Words.of(text);
        java.util.function.Predicate<String> common = "مدينه"::equals;
        CommonNounAnaphors anaphors = new CommonNounAnaphors(w, common);
        int second = text.lastIndexOf("المدينة");
        assertThat(anaphors.refersBack(text, new NameSpan(second, second + 7, EntityType.LOCATION, 0.9))).isTrue();
        String first = "وقال الزائر إن المدينة جميلة، وإن مدينة حمص قديمة. وزار المدينة مرة أخرى.";
        int later = first.lastIndexOf("المدينة");
        assertThat(new CommonNounAnaphors(Words.of(first), common)
                .refersBack(first, new NameSpan(later, later + 7, EntityType.LOCATION, 0.9))).isFalse();
        // A word that is no common noun (ريال of ريال مدريد) opens a name: الريال after it is the club.
        String club = "فاز ريال مدريد على برشلونة، وسجل الريال ثلاثة أهداف.";
        int real = club.indexOf("الريال");
        assertThat(new CommonNounAnaphors(Words.of(club), common)
                .refersBack(club, new NameSpan(real, real + 6, EntityType.ORGANIZATION, 0.9))).isFalse();
        // Persons are not touched (الأمير after أمير is still someone).
        assertThat(anaphors.refersBack(text, new NameSpan(second, second + 7, EntityType.PERSON, 0.9))).isFalse();
    }

    @Test
    void aCoordinatedUnknownPlaceLosesItsConjunction() {
        Extraction result = ExtractTestSupport.extractWithModel(
                "وقالت الحكومة إن المساعدات وصلت إلى مدن أكادير وتارودانت وتيزنيت.", "2024-03-01");
        assertThat(ofType(result, EntityType.LOCATION)).contains("تيزنيت").noneMatch(t -> t.startsWith("و"));
        assertThat(result.entities()).filteredOn(e -> e.text().equals("تيزنيت")).extracting(Entity::key)
                .containsOnly(NameKey.of(EntityType.LOCATION, "تيزنيت"));
    }

    @Test
    void aListedPlaceOrOneAfterNoPlaceKeepsItsFirstLetter() {
        String text = "زار الوفد موسكو واشنطن ثم باريس وهران، ووصل إلى مدينة وجدة.";
        NameSpan moscow = span(text, "موسكو", EntityType.LOCATION);
        NameSpan washington = span(text, "واشنطن", EntityType.LOCATION);
        NameSpan paris = span(text, "باريس", EntityType.LOCATION);
        NameSpan oran = span(text, "وهران", EntityType.LOCATION);
        NameSpan oujda = span(text, "وجدة", EntityType.LOCATION);
        assertThat(PlaceConjunctions.trimmed(List.of(moscow, washington, paris, oran, oujda), text))
                .containsExactly(moscow, washington, paris, oran, oujda);
        String list = "وتضررت قرى شيشاوة وإمنتانوت وأمزميز.";
        NameSpan first = span(list, "شيشاوة", EntityType.LOCATION);
        NameSpan second = span(list, "وإمنتانوت", EntityType.LOCATION);
        assertThat(PlaceConjunctions.trimmed(List.of(first, second), list))
                .extracting(s -> list.substring(s.start(), s.end())).containsExactly("شيشاوة", "إمنتانوت");
    }

    @Test
    void aCommonNounAfterThePrepositionIsNoPerson() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وقال الوزير إن أي تسليم للأسلحة من طهران إلى دمشق يخالف القرار الدولي.

                وأضاف أن أي شحن للأسلحة من موسكو إلى بيونغ يانغ سيقابل بعقوبات.

                وأكد أن نقل للمعدات من بكين إلى كراكاس ممنوع.""", "2024-03-01");
        assertThat(ofType(result, EntityType.PERSON)).isEmpty();
        assertThat(result.quotes()).noneMatch(q -> q.speaker().map(s -> s.contains("المعدات")).orElse(false));
    }

    @Test
    void aPersonMetInFullStaysAfterThePreposition() {
        Extraction result = ExtractTestSupport.extractWithModel(
                "وعقد الرئيس السوري بشار الأسد اجتماعا مع الوفد، وأكد الوفد دعمه للأسد في مواجهة العقوبات.", "2024-03-01");
        assertThat(ofType(result, EntityType.PERSON)).containsExactly("بشار الأسد", "الأسد");
    }

    @Test
    void stormVariantAndMissileNamesAreNeitherPersonsNorPlaces() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وضربت العاصفة إلينا سواحل المدينة ليل الجمعة، فيما يقترب الإعصار إيان من ولاية فلوريدا.

                وأطلقت كوريا الشمالية صاروخ بوكغوكسونغ من غواصة قبالة سواحلها، بعد أيام من إطلاق صواريخ كروز.""",
                "2024-03-01");
        assertThat(result.entities()).extracting(Entity::text).doesNotContain("إيان", "بوكغوكسونغ", "كروز");
        assertThat(ofType(result, EntityType.LOCATION)).contains("فلوريدا", "كوريا الشمالية");
    }

    @Test
    void aListedPlaceAfterAMissileIsItsOwner() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وأعلنت الولايات المتحدة أنها رصدت إطلاق صواريخ إيران نحو إسرائيل.

                وقال الرئيس جو بايدن إن صواريخ إيران لن تمر دون رد.""", "2024-03-01");
        assertThat(ofType(result, EntityType.LOCATION)).filteredOn("إيران"::equals).hasSize(2);
    }

    @Test
    void aNameAfterAThingHeadAndOneAdjectiveIsTheThingsName() {
        String text = "وأطلق الجيش صاروخا من طراز صاروخ باليستي تايفون فوق البحر، وقال الرئيس كارلوس إن التجربة نجحت.";
        Words w = Words.of(text);
        assertThat(NamedThings.namesAThing(text, span(text, "تايفون", EntityType.PERSON), w)).isTrue();
        assertThat(NamedThings.namesAThing(text, span(text, "كارلوس", EntityType.PERSON), w)).isFalse();
        assertThat(NamedThings.namesAThing(text, span(text, "تايفون", EntityType.ORGANIZATION), w)).isFalse();
    }

    @Test
    void aListedBodyAndTheOfficialRightAfterItAreTwoNames() {
        // The tagger took the body and its official for one four-word organisation, and the quote lost its speaker.
        Extraction result = onePersonSpeaking(
                "وقالت مسؤولة العلاقات الخارجية في الاتحاد الأوروبي فيديريكا موغريني إن المفاوضات مع الجانب الإيراني ستستأنف الشهر المقبل.",
                "فيديريكا موغريني");
        assertThat(ofType(result, EntityType.ORGANIZATION)).containsExactly("الاتحاد الأوروبي");
    }

    @Test
    void lettersSpeltOutStayOneChannel() {
        Extraction result = ExtractTestSupport.extractWithModel(
                "وقال مستشار الرئيس في مقابلة مع برنامج صباحي بقناة إيه بي سي التلفزيونية إن الرد سيكون حاسما.", "2018-05-02");
        assertThat(ofType(result, EntityType.PERSON)).doesNotContain("بي سي");
        assertThat(ofType(result, EntityType.ORGANIZATION)).doesNotContain("إيه");
    }

    @Test
    void aFirstNameAndAFamilyNameTaggedApartAreOnePerson() {
        // The tagger opened a second person at the family name, and the quote went to the first name alone.
        onePersonSpeaking("وكان وزير الاقتصاد سامي العلي قال الشهر الماضي إن التضخم سيتراجع في النصف الثاني من العام.",
                "سامي العلي");
    }

    @Test
    void aSubjectAndAnObjectSideBySideStayTwoPeople() {
        String text = "واستقبل بوتين الأسد في سوتشي";
        List<NameSpan> spans = List.of(span(text, "بوتين", EntityType.PERSON), span(text, "الأسد", EntityType.PERSON));
        assertThat(PersonHalves.joined(spans, List.of(), text, w -> false)).isEqualTo(spans);
        assertThat(PersonHalves.joined(spans, List.of(), text, "بوتين"::equals)).hasSize(1);
    }
}
