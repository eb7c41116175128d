package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * An unnamed spokesperson (متحدث، الناطق) speaks for the body after باسم even when no list or tagger knows it, and for
 * the body a head noun there refers back to, and after كان for the body written with ل after the noun (stop 44,
 * quotes-fresh9). Sentences written for the test.
 */
class SpokespersonBodiesTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void theSpokesmanOfABodyNoListKnowsSpeaksForIt() {
        Extraction reported = extract("""
                أعلنت وزارة الدفاع العراقية أمس عن مقتل عشرين عنصرا من التنظيم. وقال الناطق باسم الإعلام الحربي، إن طيران التحالف الدولي وجه عددا من الضربات الجوية المؤثرة.""");
        assertThat(quoteStarting(reported, "طيران التحالف").speaker()).hasValue("الإعلام الحربي");
        Extraction direct = extract("""
                أعلنت وزارة الدفاع العراقية أمس عن مقتل عشرين عنصرا من التنظيم. وقال الناطق باسم الإعلام الحربي إن «طيران التحالف الدولي وجه عددا من الضربات الجوية المؤثرة».""");
        assertThat(quoteStarting(direct, "طيران التحالف").speaker()).hasValue("الإعلام الحربي");
    }

    @Test
    void aHeadNounAfterBismIsTheBodyItRefersBackTo() {
        Extraction r = extract("""
                وأكدت وزارة الداخلية الألمانية سقوط أربعة قتلى على الأقل في الحادث. وقالت متحدثة باسم الوزارة إن حصيلة القتلى تتضمن سائق الشاحنة.""");
        assertThat(quoteStarting(r, "حصيلة القتلى").speaker()).hasValue("وزارة الداخلية الألمانية");
    }

    @Test
    void aSpokespersonAfterKanaSpeaksForTheBodyAfterLam() {
        Extraction r = extract("""
                يصل مساء اليوم إلى المدينة جثمان الجندي الذي قتل أمس. وكان الناطق الإعلامي لشرطة المنطقة الشرقية قد صرح بأنه عند الساعة الحادية عشرة من مساء الثلاثاء تعرضت دورية لإطلاق نار من سيارة.""");
        assertThat(quoteStarting(r, "عند الساعة").speaker()).hasValue("شرطة المنطقة الشرقية");
    }
}
