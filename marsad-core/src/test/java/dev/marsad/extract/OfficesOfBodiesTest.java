package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Offices and other parts of bodies as speakers (stop 43): مكتب opens a body's name, العام after its noun is no year,
 * and a part's head before an organisation's name names the part; a branch (فرع) is no person (stop 45). Sentences written for the test.
 */
class OfficesOfBodiesTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void anOfficeIsABodyAndGeneralIsNoYear() {
        Extraction r = extract("""
                ونشر مكتب الأمن العام في المدينة هذه التفاصيل عبر وسائل التواصل الاجتماعي أمس الأحد. وقال المكتب إن المجموعة أقامت المصنع بست خطوط إنتاج في يناير الماضي.""");
        assertThat(r.entities()).extracting(Entity::text, Entity::type).contains(org.assertj.core.groups.Tuple.tuple("مكتب الأمن العام", EntityType.ORGANIZATION));
        assertThat(quoteStarting(r, "المجموعة أقامت").speaker()).hasValue("مكتب الأمن العام");
    }

    @Test
    void anOfficeBeforeATitleIsNoPerson() {
        Extraction r = extract("وقال مكتب النائب العام إن الرجل كان عنصرا مهما في عصابة تتخذ من المدينة مقرا لها.");
        assertThat(r.entities()).extracting(Entity::text).doesNotContain("مكتب");
        assertThat(quoteStarting(r, "الرجل كان").speaker()).hasValue("مكتب النائب العام");
    }

    @Test
    void aLibraryAfterATitleIsItsComplementAndTheDirectorSpeaks() {
        Extraction r = extract("""
                عثر باحثون في جامعة برمنجهام على مخطوطة قديمة. وقالت مديرة مكتبة كادبوري البحثية في الجامعة سوزان ورال إن هذا الكشف يعد إسهاما مهما في فهم النسخ الأولى.""");
        assertThat(r.entities()).extracting(Entity::text).doesNotContain("مكتبة كادبوري البحثية");
        assertThat(quoteStarting(r, "هذا الكشف").speaker()).hasValue("سوزان ورال");
    }

    @Test
    void theYearAfterABodyIsStillCut() {
        Extraction r = extract("وقالت وزارة الصحة العام الماضي إن عدد الإصابات تراجع إلى النصف في المدن الكبرى.");
        assertThat(quoteStarting(r, "عدد الإصابات").speaker()).hasValue("وزارة الصحة");
    }

    @Test
    void theCommissionOfTheUnitedNationsSpeaksForItself() {
        Extraction r = extract("""
                وأكد رئيس الحكومة أن الحل النهائي للاجئين هو عودتهم إلى بلدهم. فيما تقول مفوضية الأمم المتحدة لشؤون اللاجئين إن عدد اللاجئين المسجلين لديها أقل من مليون لاجئ.""");
        assertThat(quoteStarting(r, "عدد اللاجئين").speaker()).hasValue("مفوضية الأمم المتحدة لشؤون اللاجئين");
    }

    @Test
    void anAdjectiveBeforeTheCommissionsComplementStaysInItsName() {
        // Stop 49 (quotes-fresh14): مفوضية الأمم المتحدة السامية لشؤون اللاجئين was cut to مفوضية الأمم المتحدة.
        Extraction r = extract("""
                اتهمت مفوضية الأمم المتحدة السامية لشؤون اللاجئين مليشيات ليبية بإجبار ألفي شخص على الفرار. وقالت المفوضية إن عدد النازحين في ليبيا بلغ 192 ألفا.""");
        assertThat(quoteStarting(r, "عدد النازحين").speaker()).hasValue("مفوضية الأمم المتحدة السامية لشؤون اللاجئين");
    }

    @Test
    void aBranchOfABodyIsNoPersonAndAFamilyNameWithAllahIsWhole() {
        // Stop 45 (quotes-fresh10): فرع وزارة had been taken for a person, and the director's name cut before العطا الله.
        Extraction r = extract("""
                وأكد ذلك مدير عام فرع وزارة الزراعة بالمنطقة سعد بن فهد العطا الله، مشيرا إلى أن الفرق ضبطت عشرين مخالفة في الأسواق خلال الأسبوع.""");
        assertThat(r.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.text().startsWith("فرع"));
        assertThat(r.entities()).extracting(Entity::text, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("سعد بن فهد العطا الله", EntityType.PERSON));
        assertThat(quoteStarting(r, "الفرق ضبطت").speaker()).hasValue("سعد بن فهد العطا الله");
    }
}
