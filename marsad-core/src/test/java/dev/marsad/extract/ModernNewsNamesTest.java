package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Error kinds a reader met on modern news (issue 13), each on sentences written for this test, through the extract
 * stage with the committed model as analyze runs it.
 */
class ModernNewsNamesTest {

    @Test
    void aVirusIsNoPerson() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وسجلت السلطات الصحية عشرات الإصابات الجديدة بفيروس كورونا في العاصمة.
                وقال الأطباء إن فيروس كورونا ما زال ينتشر بين كبار السن.""", "2020-04-02");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .noneMatch(t -> t.contains("كورونا") || t.contains("فيروس"));
    }

    @Test
    void aLabelOpeningWithANumberIsNoName() {
        // الرقم "657 بي بي" (survey, stop 34): a part number the tagger took for a body, then for a speaker.
        Extraction result = ExtractTestSupport.extractWithModel("""
                وتحمل القطعة بصورة خاصة الرقم "657 بي بي" الذي يشير بحسب العديد من الخبراء إلى أنها جزء من جناح طائرة.""",
                "2015-08-01");
        assertThat(result.entities()).extracting(Entity::text).noneMatch(t -> t.contains("657"));
    }

    @Test
    void torrentsAreNotSeoul() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                جرفت السيول عشرات المنازل في مدينة درنة، وقال مسؤول محلي إن السيول قطعت الطرق.
                ووصل الوفد الكوري إلى سيول مساء أمس.""", "2023-09-12");
        String seoul = NameKey.of(EntityType.LOCATION, "سيول");
        assertThat(result.entities()).filteredOn(e -> e.text().contains("السيول")).isEmpty();
        assertThat(result.entities()).filteredOn(e -> e.key().equals(seoul)).extracting(Entity::text).containsOnly("سيول");
    }

    @Test
    void openedItsDoorsIsNoOrganisation() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                فتح المتحف الوطني أبوابه أمام الزوار صباح السبت بعد ترميم دام عامين.
                وفتح المعرض أبوابه للجمهور مجانا.""", "2023-09-12");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .doesNotContain("فتح");
    }

    @Test
    void anOrganisationBeforeAPersonIsReportedApart() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وقالت المديرة العامة لليونسكو أودري أزولاي إن التراث العالمي في خطر.
                وأضافت اليونسكو أودري أزولاي أن الدعم سيصل قريبا.""", "2023-09-12");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .contains("أودري أزولاي").noneMatch(t -> t.contains("يونسكو"));
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .contains("اليونسكو");
    }

    @Test
    void aBodyIsNotCutBeforeItsComplementWithLam() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                قالت المنظمة العالمية للأرصاد الجوية التابعة للأمم المتحدة إن موجة الحر ستستمر أسبوعا.
                وأعلن الاتحاد الآسيوي لكرة القدم موعد القرعة، فيما أصدرت الهيئة العامة للغذاء والدواء تحذيرا.""",
                "2023-09-12");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .contains("المنظمة العالمية للأرصاد الجوية", "الاتحاد الآسيوي لكرة القدم", "الهيئة العامة للغذاء والدواء")
                .doesNotContain("المنظمة العالمية");
    }

    @Test
    void aBodyNamedAfterItsKindIsReportedByItsName() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                ونقلت وكالة رويترز عن مصدر أن حركة الحوثيين أعلنت هدنة، وقال مراسل لـCNN إن القصف توقف.""",
                "2023-09-12");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .contains("رويترز", "الحوثيين", "CNN").doesNotContain("وكالة رويترز", "حركة الحوثيين");
    }

    @Test
    void saudiCitiesArePlacesThroughTheirConjunction() {
        // Stop 49 (quotes-fresh13): رئيس الهيئة الملكية للجبيل وينبع: وينبع was a person, and then a speaker.
        Extraction result = ExtractTestSupport.extractWithModel("""
                زار رئيس الهيئة الملكية للجبيل وينبع مدينة جازان أمس، ثم توجه إلى أبها وبيشة.""", "2015-07-20");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::text)
                .contains("ينبع", "جازان", "أبها", "بيشة");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }
}
