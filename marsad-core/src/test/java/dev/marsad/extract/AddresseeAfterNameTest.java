package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The one spoken to, written with ل right after the speaker's name (stop 40 survey): the tagger runs the name on
 * over it, and it must not become part of the speaker. Sentences written for the test, through the committed model.
 */
class AddresseeAfterNameTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void aDefiniteWordWithLamAfterAPersonIsTheAddressee() {
        Extraction r = extract("""
                وبعث وزير النفط الكويتي علي العمير رسالة إلى نظيره السعودي بشأن الحقول المشتركة.

                وقال العمير للنعيمي إن الحكومة الكويتية لا تقبل استمرار هذا الوضع.""");
        assertThat(quoteStarting(r, "الحكومة الكويتية").speaker()).hasValue("علي العمير");
    }

    @Test
    void anOutletWithLamAfterABodyIsWhereItWasSaid() {
        Extraction r = extract("""
                أعلن الاتحاد الأفريقي لكرة القدم فرض غرامة على النادي بسبب ما صدر من جماهيره في المباراة.

                وقال الناطق باسم النادي الأهلي لبي بي سي إن إدارة النادي لم تتلق حتى الآن إخطارا رسميا بالعقوبات.""");
        assertThat(quoteStarting(r, "إدارة النادي").speaker()).isNotEqualTo(java.util.Optional.of("لبي بي سي"));
        assertThat(r.entities()).noneMatch(e -> e.text().contains("بي بي سي"));
    }

    @Test
    void lamAloneBeforeAnOutletInMarksIsWhereTheWordsWent() {
        Extraction r = extract("""
                أشار الدكتور سامر الخطيب الخبير الدولي إلى أن تهريب المخدرات يحظى بأولوية مرتفعة.

                وفي نفس السياق، أوضح لـ”عين اليوم” أن أجهزة مكافحة المخدرات تعمل بجهد كبير.

                وقال لـ«الشرق الأوسط» في وقت سابق إن التعاون بين الأجهزة يتزايد.""");
        assertThat(quoteStarting(r, "أجهزة مكافحة").speaker()).hasValue("سامر الخطيب");
        assertThat(quoteStarting(r, "التعاون بين").speaker()).hasValue("سامر الخطيب");
    }

    @Test
    void aBodyOrPersonWithLamAfterATitleIsItsComplementNotItsHolder() {
        Extraction r = extract("""
                أعلن الرئيس التنفيذي لنادي فيورنتينا الايطالي لكرة القدم ماريو كونيينيي الاثنين، انه سيتم اطلاق اسم مدافعه الراحل على الملعب.""");
        assertThat(quoteStarting(r, "سيتم اطلاق").speaker()).hasValue("ماريو كونيينيي");
        Extraction h = extract("""
                أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي أنها بسطت سيطرتها على الحي.

                وأكد هذا الناطق باسم القوات الموالية لهادي أن المتمردين ما زالوا ينتشرون على أسطح مبان في الحي.""");
        assertThat(quoteStarting(h, "المتمردين ما زالوا").speaker()).isNotEqualTo(java.util.Optional.of("لهادي"));
    }
}
