package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/** Institutions and places named after a titled person, on sentences written for this test, as analyze runs. */
class NamesakeInstitutionsTest {

    @Test
    void aHospitalNamedAfterAKingIsOneOrganisationAndSpeaksForItself() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                قالت مدينة الأمير سلطان الطبية العسكرية إن المصابين الثلاثة غادروا المستشفى مساء الأحد.
                ونقل طفل آخر إلى مستشفى الملك خالد الجامعي لاستكمال علاجه.""", "2016-03-02");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .contains("مدينة الأمير سلطان الطبية العسكرية", "مستشفى الملك خالد الجامعي");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
        assertThat(result.quotes()).extracting(q -> q.speaker().orElse("")).containsExactly("مدينة الأمير سلطان الطبية العسكرية");
    }

    @Test
    void theNameRunsThroughBinAndAComplementWithLam() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وأعلنت جائزة الأمير محمد بن فهد للتفوق العلمي أسماء الفائزين في دورتها الجديدة.
                كما وقع مركز الملك عبدالعزيز للحوار الوطني اتفاقية مع إحدى الجامعات.""", "2016-03-02");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .contains("جائزة الأمير محمد بن فهد للتفوق العلمي", "مركز الملك عبدالعزيز للحوار الوطني");
    }

    @Test
    void anAirportIsAPlaceAndTheObjectAfterTheNameIsLeftOut() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                هبطت الطائرة في مطار الملك فهد الدولي بالدمام بعد رحلة استغرقت ساعتين.
                وسلّم صندوق الأمير سلطان المساعدات إلى الأسر المحتاجة.""", "2016-03-02");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::text)
                .contains("مطار الملك فهد الدولي");
        assertThat(result.entities()).extracting(Entity::text).contains("صندوق الأمير سلطان")
                .noneMatch(t -> t.contains("المساعدات"));
    }

    @Test
    void aPrepositionOnTheHeadLeavesTheNameWhole() {
        // Stop 49 (quotes-fresh14): المتحدث الرسمي لمركز الملك سلمان … رأفت الصباغ أن: سلمان للإغاثة was a person and the speaker.
        Extraction result = ExtractTestSupport.extractWithModel("""
                وأكد المتحدث الرسمي لمركز الأمير نايف للأعمال الإنسانية حامد الزهراني أن السفينة تحمل ثلاثة آلاف طن من الأدوية.
                وقال طبيب يعمل بمستشفى الملك فيصل التخصصي إن المريض غادر العناية المركزة.
                وتحدث رئيس مدينة الملك عبدالعزيز للعلوم والتقنية الأمير تركي بن سعود عن الأقمار الصناعية.
                وقتل جنديان في هجوم بمدينة الشيخ زويد شمال سيناء.""", "2016-03-02");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::text)
                .contains("مركز الأمير نايف للأعمال الإنسانية", "مستشفى الملك فيصل التخصصي",
                        "مدينة الملك عبدالعزيز للعلوم والتقنية");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .noneMatch(t -> t.contains("نايف") || t.contains("فيصل") || t.contains("عبدالعزيز"));
        assertThat(result.quotes()).extracting(q -> q.speaker().orElse("")).first().isEqualTo("حامد الزهراني");
        // A town whose name opens with a title stays the town.
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::text).contains("الشيخ زويد");
    }

    @Test
    void aTitledPersonWithoutAHeadStaysAPerson() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                استقبل الملك سلمان بن عبدالعزيز في الرياض أمس رئيس الوزراء الباكستاني.""", "2016-03-02");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .anyMatch(t -> t.contains("سلمان بن عبدالعزيز"));
    }
}
