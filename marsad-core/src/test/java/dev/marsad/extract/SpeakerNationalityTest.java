package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body quoted under a proper name and its nationality is named without the adjective (issue 17, the q17-13 round:
 * the labelling rule leaves an outlet's, a club's or a company's nationality out). Sentences written for the test.
 */
class SpeakerNationalityTest {

    @Test
    void theNationalityAfterAProperNameIsLeftOut() {
        assertThat(SpeakerNameParts.withoutNationality("نادي برشلونة الإسباني")).isEqualTo("نادي برشلونة");
        assertThat(SpeakerNameParts.withoutNationality("صحيفة ديلي ميل البريطانية")).isEqualTo("صحيفة ديلي ميل");
        assertThat(SpeakerNameParts.withoutNationality("إيني الإيطالية")).isEqualTo("إيني");
        // A listed agency's name written with the article is a proper name too (stop 40).
        assertThat(SpeakerNameParts.withoutNationality("وكالة أنباء الأناضول التركية")).isEqualTo("وكالة أنباء الأناضول");
    }

    @Test
    void theNationalityAfterADefiniteCommonNounMakesTheName() {
        assertThat(SpeakerNameParts.withoutNationality("وزارة العدل الفرنسية")).isEqualTo("وزارة العدل الفرنسية");
        assertThat(SpeakerNameParts.withoutNationality("الحكومة النيجيرية")).isEqualTo("الحكومة النيجيرية");
        assertThat(SpeakerNameParts.withoutNationality("وكالة الأنباء الفرنسية")).isEqualTo("وكالة الأنباء الفرنسية");
        assertThat(SpeakerNameParts.withoutNationality("الجيش الإسرائيلي")).isEqualTo("الجيش الإسرائيلي");
        assertThat(SpeakerNameParts.withoutNationality("هيئة الإغاثة والطوارئ التركية")).isEqualTo("هيئة الإغاثة والطوارئ التركية");
    }

    @Test
    void aQuotedClubIsNamedWithoutItsNationality() {
        var result = ExtractTestSupport.extractWithModel("""
                أعلن نادي برشلونة الإسباني في بيان رسمي أنه تعاقد مع المدرب الجديد لمدة ثلاثة مواسم.""", "2018-06-01");
        assertThat(quoteStarting(result, "تعاقد مع المدرب").speaker()).hasValue("نادي برشلونة");
    }
}
