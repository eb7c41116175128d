package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/** وأضاف + a statement with no أن, colon or marks continues the last speaker; its subject or object opens none. */
class BareContinuationTest {

    @Test
    void aStatementRightAfterTheContinuationVerbIsTheLastSpeakers() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وأوضح سامي العتيبي مدير الجمعية الخيرية أن الحملة توزع الطعام على ألفي أسرة كل أسبوع.
                وأضاف وصلت الشحنة الثانية إلى المستودعات في جدة صباح أمس.""", "2015-08-09");
        assertThat(ExtractTestSupport.quoteStarting(result, "وصلت الشحنة الثانية").speaker()).hasValue("سامي العتيبي");
    }

    @Test
    void aSubjectOrObjectAfterTheVerbOpensNoStatement() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وأضاف الفريق هدفا ثانيا في الدقيقة الأخيرة من المباراة.
                وأضاف هدفا ثالثا بعد دقائق من ركلة حرة مباشرة.
                وأضاف في تصريحه للصحفيين عقب المباراة الكثير من التفاصيل.""", "2015-08-09");
        assertThat(result.quotes()).extracting(Quote::text).isEmpty();
    }
}
