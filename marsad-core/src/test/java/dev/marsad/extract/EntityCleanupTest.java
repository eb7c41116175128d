package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/** What is left out of, or not grown into, the entities analyze reports (sentences adapted from ANERcorp-style news). */
class EntityCleanupTest {

    @Test
    void headNounOrCommonWordAfterATitleIsNoPerson() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وقال سعيد آل مكتوم رئيس دائرة الطيران المدني في دبي إن المطار جاهز.
                وقال رئيس الأركان الإسرائيلي بحسب ما نقل عنه إن الجيش مستعد.
                وأكد ألفا عمر كوناري رئيس مفوضية الاتحاد الأفريقي دعم الاتفاق.""", "2006-10-01");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .contains("سعيد آل مكتوم")
                .doesNotContain("دائرة", "بحسب", "مفوضية", "دائرة الطيران");
    }

    @Test
    void properlyNamedClubKeepsItsKeyWithoutTheNationalityButAMinistryTakesIt() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وضرب ريال مدريد الإسباني بقوة في دوري أبطال أوروبا.
                وأعلنت وزارة الداخلية المغربية ارتفاع عدد الضحايا.""", "2006-10-01");
        assertThat(result.entities()).extracting(Entity::text)
                .doesNotContain("ريال مدريد الإسباني")
                .contains("وزارة الداخلية المغربية");
    }

    @Test
    void monthNameInsideADateIsNoEntity() {
        Extraction result = ExtractTestSupport.extractWithModel(
                "وكانت القمة الأولى بين الزعيمين قد عقدت في نيسان/ أبريل 2019 في فلاديفوستوك.", "2023-09-12");
        assertThat(result.times()).anySatisfy(t -> assertThat(t.text()).startsWith("نيسان"));
        assertThat(result.entities()).extracting(Entity::text).doesNotContain("نيسان").contains("فلاديفوستوك");
    }

    @Test
    void nationalityAdjectivesAreDerivedFromListedPlaces() {
        assertThat(Lexicon.isNationality(Lexicon.fold("روسي"))).isTrue();
        assertThat(Lexicon.isNationality(Lexicon.fold("المصرية"))).isTrue();
        assertThat(Lexicon.isNationality(Lexicon.fold("الصينية"))).isTrue();
        assertThat(Lexicon.isNationality(Lexicon.fold("ألماني"))).isTrue();
        assertThat(Lexicon.isNationality(Lexicon.fold("رئيسي"))).isFalse();
        assertThat(Lexicon.isNationality(Lexicon.fold("غوتي"))).isFalse();
    }
}
