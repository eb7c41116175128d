package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Someone the article brings in after another was quoted speaks for himself, not for the one quoted last: an unnamed
 * official described by a verb right after him (تصريحات مسؤول كبير قال إن) or taken up as المسؤول, a topic set with أما
 * and taken up by ف. Sentences written for the test.
 */
class OfficialsMetSinceTheLastQuoteTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void theOfficialTakenUpIsTheOneIntroducedSince() {
        Extraction r = extract("""
                وقال وزير الخارجية الأميركي مايك بومبيو إنه سيقيم باستمرار ما إذا تحقق تقدم يكفي لمواصلة المحادثات. وتناقضت تصريحاته مع تصريحات مسؤول دفاعي أميركي كبير تحدث مع صحفيين قبل الجولة. وقال المسؤول إن واشنطن ستقدم قريبا جدولا زمنيا للمفاوضات.""");
        assertThat(quoteStarting(r, "سيقيم باستمرار").speaker()).hasValue("مايك بومبيو");
        assertThat(quoteStarting(r, "واشنطن ستقدم").speaker()).isEmpty();
    }

    @Test
    void theOfficialTakenUpWithNoOneNewIsTheOneQuotedLast() {
        Extraction r = extract("""
                وقال وزير الخارجية الأميركي مايك بومبيو إنه سيقيم باستمرار ما إذا تحقق تقدم يكفي لمواصلة المحادثات. وأضاف المسؤول الأميركي أن واشنطن ستقدم قريبا جدولا زمنيا للمفاوضات.""");
        assertThat(quoteStarting(r, "واشنطن ستقدم").speaker()).hasValue("مايك بومبيو");
    }

    @Test
    void theTopicSetWithAmmaSpeaksThroughFa() {
        Extraction r = extract("""
                وقال ربوار طه، النائب عن حزب الاتحاد الوطني الكردستاني، لوكالة رويترز إن حزبه متمسك بمرشحه ولن يتراجع عنه أبدا. أما النائب عن الحزب الديمقراطي الكردستاني، شيروان الدوبرداني، فيرى أن حزبه أحق بمنصب الرئيس لأنه يملك أكبر عدد من المقاعد.""");
        assertThat(quoteStarting(r, "حزبه أحق").speaker()).hasValue("شيروان الدوبرداني");
        Extraction site = extract("""
                وقال المتحدث باسم الحكومة إن الدوحة لم ترد على المطالب حتى الآن رغم انقضاء المهلة. أما وزير الخارجية، أنور قرقاش، فكتب على حسابه بموقع تويتر، أن قطر لم تتعامل بحكمة مع تلك المطالب وأنها ستعيد التفكير.""");
        assertThat(quoteStarting(site, "قطر لم تتعامل").speaker()).hasValue("أنور قرقاش");
    }

    @Test
    void aVerbRightAfterAnUnnamedOfficialIsHis() {
        Extraction r = extract("""
                قال وزير الخارجية مايك بومبيو إنه لن يضع جدولا زمنيا للمفاوضات، في تناقض مع تصريحات مسؤول كبير بوزارة الدفاع قال إن واشنطن ستقدم قريبا جدولا زمنيا للمفاوضات.""");
        assertThat(quoteStarting(r, "واشنطن ستقدم").speaker()).isEmpty();
        // With its own subject after it the verb is that subject's, whoever was named before it.
        Extraction own = extract("""
                وكانت السلطات قد أعلنت أن أغلب التلميذات هربن ولم يختطفهن أحد وبعد ذلك بأسبوع اعترفت السلطات بأن المسلحين اختطفوا البنات من المدرسة.""");
        assertThat(quoteStarting(own, "المسلحين اختطفوا").speaker()).hasValue("السلطات");
    }
}
