package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/** Documents that speak for the body that published them, on sentences written for this test. */
class DocumentPublishersTest {

    @Test
    void publishedDocumentsSpeakForThePublisherAndTheContinuationFollows() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                نشرت وزارة الخارجية البريطانية، الثلاثاء، وثائق سرية عن مفاوضات جرت في سبعينيات القرن الماضي.
                وذكرت الوثائق أن الحكومة كانت تخشى انهيار المحادثات في أيامها الأخيرة.
                وأضافت أن الوسطاء اقترحوا تأجيل التوقيع أسبوعين.""", "2018-07-22");
        assertThat(ExtractTestSupport.quoteStarting(result, "الحكومة كانت تخشى").speaker())
                .hasValue("وزارة الخارجية البريطانية");
        assertThat(ExtractTestSupport.quoteStarting(result, "الوسطاء اقترحوا").speaker())
                .hasValue("وزارة الخارجية البريطانية");
    }

    @Test
    void documentsNobodyIsSaidToHavePublishedStayUnattributed() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                عثر باحثون على مخطوطات قديمة في مكتبة الدير.
                وذكرت الوثائق أن الدير بني في القرن الثاني عشر على أنقاض كنيسة أقدم.""", "2018-07-22");
        assertThat(ExtractTestSupport.quoteStarting(result, "الدير بني").speaker().orElse(""))
                .doesNotContain("باحثون").doesNotContain("مكتبة");
    }
}
