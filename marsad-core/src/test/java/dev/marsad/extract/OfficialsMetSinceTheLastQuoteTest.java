package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * An unnamed official the article brings in after someone was quoted speaks for himself, unnamed, not for the one
 * quoted last: described by a verb right after him (تصريحات مسؤول كبير قال إن) or taken up as المسؤول. Sentences
 * written for the test.
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
