package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Coreference by description (issue 17, branch q17-9): a head noun or title with a nationality adjective after the
 * verb refers back to the nearest party of that kind the article named with the same nationality. Sentences written
 * for the test; run with the committed name-finder model, as analyze runs.
 */
class DescribedReferentsTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-01");
    }

    @Test
    void aBodysNounAndNationalityReferToTheBodyNamedWithThatNationality() {
        Extraction r = extract("""
                اشترت شركة "تاتا ستيل" الهندية حصة في مصنع ألماني للصلب بمبلغ مئتي مليون دولار. وقالت الشركة الهندية في بيان أمس إن الصفقة ستزيد إنتاجها في أوروبا خلال العامين المقبلين.""");
        assertThat(quoteStarting(r, "الصفقة ستزيد إنتاجها").speaker().orElse("")).contains("تاتا ستيل");
    }

    @Test
    void theNationalityMustAgree() {
        // Two bodies named; the description's nationality picks the Japanese one, not the nearer Indian one.
        Extraction r = extract("""
                وقعت شركة "سوني" اليابانية اتفاقا مع شركة "ريلاينس" الهندية لبناء مصنع مشترك. وأكدت الشركة اليابانية أن المصنع سيبدأ الإنتاج في العام المقبل بطاقة كاملة.""");
        assertThat(quoteStarting(r, "المصنع سيبدأ الإنتاج").speaker().orElse("")).contains("سوني");
    }

    @Test
    void aTitleAndNationalityReferToThePersonIntroducedWithThatNationality() {
        Extraction r = extract("""
                التقى وزير الخارجية البرازيلي جواو سانتوس نظيره الأرجنتيني ماركوس فيدال في العاصمة. وقال الوزير الأرجنتيني إن البلدين سيوقعان اتفاقا تجاريا جديدا قبل نهاية العام.""");
        assertThat(quoteStarting(r, "البلدين سيوقعان اتفاقا").speaker().orElse("")).contains("فيدال");
    }

    @Test
    void aTitleInConstructWithItsNationalityAfterTheComplementReferToThatPerson() {
        // وزير الخارجية السعودي: the nationality after the title's complement picks the Saudi, not the American quoted
        // before with the same title (survey, stop 32).
        Extraction r = extract("""
                قال وزير الخارجية الأميركي، مايك بومبيو، إن "إيران تزعزع أمن المنطقة". جاء ذلك خلال مؤتمر صحفي مع نظيره السعودي عادل الجبير في الرياض. من جانبه، أكد وزير الخارجية السعودي أن الرياض تؤيد سياسة واشنطن تجاه إيران.""");
        assertThat(quoteStarting(r, "الرياض تؤيد سياسة").speaker()).hasValue("عادل الجبير");
    }

    @Test
    void aNameOpeningAQuotationIsNotDescribedByTheAdjectiveBeforeTheMark() {
        // Stop 46 (quotes-fresh10): الأميركي "بوتين …: the adjective is the speaker's, Putin the first word he quotes.
        Extraction r = extract("""
                أكد الرئيس الأميركي دونالد ترامب استعداده للقاء نظيره الروسي فلاديمير بوتين في هلسنكي الشهر المقبل. وقال الرئيس الأميركي "بوتين مستعد جدا ولكن هل سيكون ترامب مستعدا؟". وأضاف الرئيس الأميركي أمام أنصاره "لقد أعددت نفسي طوال حياتي لهذا النوع من اللقاءات".""");
        assertThat(quoteStarting(r, "لقد أعددت نفسي").speaker()).hasValue("دونالد ترامب");
    }

    @Test
    void aStatementSignedByAPersonIsTheSignatorys() {
        Extraction r = extract("""
                أعلنت شركة "فيرا للطاقة" الإسبانية شراء محطة رياح في المغرب. وقالت الشركة الإسبانية في بيان إن المحطة ستعمل بكامل طاقتها العام المقبل. وأضاف البيان الموقع باسم خوان مارتينيز مدير الشركة أن الصفقة تفتح سوقا جديدة للشركة في أفريقيا.""");
        assertThat(quoteStarting(r, "المحطة ستعمل بكامل").speaker().orElse("")).contains("فيرا");
        assertThat(quoteStarting(r, "الصفقة تفتح سوقا").speaker()).hasValue("خوان مارتينيز");
    }

    @Test
    void aDescriptionWithNoBodyOfThatNationalityNamesNobodyByIt() {
        DescribedReferents none = new DescribedReferents("لا أحد هنا.", null);
        // A noun that names a body itself (الحكومة الهندية) is no description, whatever the article named.
        assertThat(DescribedReferents.kindOf("الحكومه")).isNull();
        assertThat(DescribedReferents.kindOf("الشرطه")).isNull();
        assertThat(DescribedReferents.kindOf("الشركه")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(DescribedReferents.kindOf("المجموعه")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(DescribedReferents.kindOf("الوزير")).isEqualTo(EntityType.PERSON);
        assertThat(DescribedReferents.kindOf("الهنديه")).isNull();
        assertThat(none.referent("ذهب الرجل", 5, null)).isNull(); // no head noun: nothing looked up
    }

    @Test
    void aNationalityStemIsComparedWithoutArticleConjunctionOrEnding() {
        assertThat(DescribedReferents.nationalityStem("الهنديه")).isEqualTo("هند");
        assertThat(DescribedReferents.nationalityStem("والهندي")).isEqualTo("هند");
        assertThat(DescribedReferents.nationalityStem("الروسي")).isEqualTo("روس");
    }
}
