package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A statement as the subject speaks for whoever issued it (issue 17, survey, stop 34): after صادر عن، after a verb of
 * issuing, or as its complement; البيان alone stays the statement of the one quoted before. Sentences written for the
 * test; run with the committed name-finder model.
 */
class StatementIssuersTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-01");
    }

    @Test
    void aStatementIssuedByABodySpeaksForIt() {
        Extraction palace = extract("""
                وقال بيان صادر عن القصر الملكي في هولندا إن الملكة ستزور المستشفى غدا.""");
        assertThat(quoteStarting(palace, "الملكة ستزور").speaker()).hasValue("القصر الملكي");
        Extraction army = extract("""
                وقال بيان صادر عن قيادة الجيش اللبناني، الجمعة، إن الوحدات أوقفت عشرين مسلحا.""");
        assertThat(quoteStarting(army, "الوحدات أوقفت").speaker()).hasValue("قيادة الجيش اللبناني");
    }

    @Test
    void aStatementsComplementIsItsIssuer() {
        Extraction result = extract("""
                وقال بيان المنسقية العامة لرئاسة الوزراء إن الاجتماع تأجل إلى الأسبوع المقبل.""");
        assertThat(quoteStarting(result, "الاجتماع تأجل").speaker()).hasValue("المنسقية العامة لرئاسة الوزراء");
    }

    @Test
    void theIssuerAfterTheStatementsLamSpeaksAsSourceOrSubject() {
        Extraction said = extract("""
                وقال بيان لوزارة الداخلية التركية إن الرجل كان عنصرا مهما في عصابة كبيرة.""");
        assertThat(quoteStarting(said, "الرجل كان").speaker()).hasValue("وزارة الداخلية التركية");
        Extraction cited = extract("""
                وتتهم السلطات الرجل بتأسيس منظمة إجرامية. وبحسب بيان لمكتب النائب العام في إزمير، فإن الرجل كان عنصرا مهما في عصابة كبيرة.""");
        assertThat(quoteStarting(cited, "الرجل كان").speaker()).hasValue("مكتب النائب العام");
    }

    @Test
    void theDefiniteStatementStaysWithTheOneQuotedBefore() {
        Extraction result = extract("""
                وقالت وزارة الصحة في بيان إن الإصابات تراجعت كثيرا خلال الأسبوع الماضي. وأشار البيان إلى أن اللقاحات تصل الأسبوع المقبل.""");
        assertThat(quoteStarting(result, "اللقاحات تصل").speaker()).hasValue("وزارة الصحة");
    }

    @Test
    void aBareStatementRightAfterABodySpokeIsThatBodys() {
        Extraction result = extract("""
                قالت الرئاسة في جنوب السودان اليوم الأحد إن النائب السابق للرئيس سيعود لمنصبه في إطار اتفاق سلام. وأفاد بيان أن الاتفاق تم التوصل إليه خلال محادثات جرت في أوغندا.""");
        assertThat(quoteStarting(result, "الاتفاق تم").speaker()).hasValue("الرئاسة");
    }

    @Test
    void aStatementRelayedByAnAgencyIsItsIssuers() {
        // Stop 45 (quotes-fresh10): the agency relays; the ministry whose statement it is speaks.
        dev.marsad.model.Extraction direct = ExtractTestSupport.extractWithModel(
                "فرضت الوزارة عقوبات على وكيل مبيعات. ونقلت رويترز عن بيان لوزارة الخزانة الأميركية \"نتيجة للإجراء الذي اتخذ اليوم، يتم تجميد كل ممتلكات الشركة\".", "2018-07-10");
        assertThat(ExtractTestSupport.speakerOf(direct, "نتيجة للإجراء")).contains("وزارة الخزانة الأميركية");
        dev.marsad.model.Extraction reported = ExtractTestSupport.extractWithModel(
                "فرضت الوزارة عقوبات على وكيل مبيعات. ونقلت رويترز عن بيان لوزارة الخزانة الأميركية أن كل ممتلكات الشركة ستجمد.", "2018-07-10");
        assertThat(ExtractTestSupport.speakerOf(reported, "كل ممتلكات")).contains("وزارة الخزانة الأميركية");
    }
}
