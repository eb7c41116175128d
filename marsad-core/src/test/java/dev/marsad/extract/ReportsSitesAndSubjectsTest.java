package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Speakers the stop-41 survey found unnamed or mangled: a body's report named in construct, a statement an outlet
 * only saw, a site's name whose full stop had ended a sentence, a person before a verb in a report inside a report,
 * a second person's و after a comma, a name's quotation marks, an outlet with ل after a title (whose director he is),
 * a relative's own name in apposition. Sentences written for the test.
 */
class ReportsSitesAndSubjectsTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void aReportInConstructWithABodyIsThatBodys() {
        Extraction r = extract("""
                وتوقعت وكالة "موديز" في تصنيفها نمو الناتج المحلي بنسبة 1.3 في المئة. وأكد تقرير "موديز" أن الإصلاحات المالية تشجع على دعم ترقية التصنيف.""");
        // Named as the article named it most fully (stop 45): وكالة "موديز" before.
        assertThat(quoteStarting(r, "الإصلاحات المالية").speaker()).hasValue("وكالة موديز");
    }

    @Test
    void anOutletThatSawTheStatementIsNeitherItsIssuerNorTheEndOfASentence() {
        Extraction r = extract("""
                قررت الهيئة العامة للطيران المدني إلغاء عقد تشغيل المطار الجديد وطرح المشروع مجددا. وأوضحت الهيئة في بيان اطلعت عليه "العربية.نت"، أن "القرار جاء بعد مراجعة داخلية للاتفاقية الموقعة".""");
        assertThat(quoteStarting(r, "القرار جاء").speaker()).hasValue("الهيئة العامة للطيران المدني");
    }

    @Test
    void thePersonRightBeforeAVerbInAReportInsideAReportSpeaks() {
        Extraction r = extract("""
                وقال وزير الخارجية السوداني إبراهيم غندور إن العلاقات مع مصر تتطور منذ لقاء الرئيس المصري عبد الفتاح السيسي بالرئيس البشير. وأضاف: الرئيس السيسي قال بصراحة إن البلدين يمكنهما تحقيق نهضة اقتصادية كبرى.""");
        assertThat(quoteStarting(r, "البلدين يمكنهما").speaker()).hasValue("عبد الفتاح السيسي");
    }

    @Test
    void aSecondPersonsWawAfterACommaIsNoPartOfHisName() {
        Extraction r = extract("""
                واتفق رئيسا الدولتين، عمر البشير، وعبدالفتاح السيسي، على تعزيز التعاون. وأضاف: الرئيس السيسي قال بصراحة إن البلدين يمكنهما تحقيق نهضة اقتصادية كبرى.""");
        assertThat(r.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("عبدالفتاح السيسي"));
        assertThat(r.entities()).noneSatisfy(e -> assertThat(e.text()).startsWith("وعبدالفتاح"));
        assertThat(quoteStarting(r, "البلدين يمكنهما").speaker()).hasValue("عبدالفتاح السيسي");
    }

    @Test
    void aNamesQuotationMarksAreNoPartOfIt() {
        Extraction r = extract("""
                وتشير إحصاءات منظمة «الفاو» إلى أنه بحلول عام 2030 سيعاني نصف سكان العالم من نقص المياه.""");
        assertThat(quoteStarting(r, "بحلول عام").speaker()).hasValue("منظمة الفاو");
    }

    @Test
    void anOutletWithLamRightAfterATitleIsTheTitlesComplement() {
        Extraction r = extract("""
                وقال المدير العام لشبكة الجزيرة الإخبارية، وضاح خنفر، لبي بي سي: "لم نتلق أي طلب رسمي بإغلاق المكتب في العاصمة".""");
        assertThat(quoteStarting(r, "لم نتلق").speaker()).hasValue("وضاح خنفر");
    }

    @Test
    void aRelativesNameSetOffByCommasIsTheRelativesOwn() {
        Extraction r = extract("""
                وأكد شقيق ولي العهد، خالد بن سلمان، سفير السعودية في الولايات المتحدة، أن "جميع التقارير بشأن اختفائه غير صحيحة ولا أساس لها".

                وقالت والدة نيكي فيرستابن إن ابنها عاد إلى المنزل سالما بعد يومين.""");
        assertThat(quoteStarting(r, "جميع التقارير").speaker()).hasValue("خالد بن سلمان");
        assertThat(quoteStarting(r, "ابنها عاد").speaker()).as("the mother of the child named").isEmpty();
    }
}
