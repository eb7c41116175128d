package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import java.util.Optional;
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

    private static boolean misread(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        NameSpan s = new NameSpan(start, start + name.length(), type, 0.9);
        return new MisreadNames(Optional.empty()).misread(text, s, Words.of(text), new ExtractionRun());
    }

    @Test
    void aNationalityToldAboutSomeoneIsNoPerson() {
        // Stop 48 (quotes-fresh13): شاب سوري الجنسية, tagged a person, then taken for the next quotation's speaker.
        String text = "وقال الناشط إن شرطيا أوقف شابا سوري الجنسية واستجوبه.";
        assertThat(misread(text, "سوري الجنسية", EntityType.PERSON)).isTrue();
        assertThat(misread("وقال جمال الجنسي إن الاجتماع انتهى.", "جمال الجنسي", EntityType.PERSON)).isFalse();
    }

    @Test
    void aClauseOpeningWithAPronounIsNoPerson() {
        String text = "وقال لضيوفه في المطار: \"نحن مستعدون للحوار\"، ثم أضاف: \"أنا متفائل جدا\".";
        assertThat(misread(text, "نحن مستعدون", EntityType.PERSON)).isTrue();
        assertThat(misread(text, "أنا متفائل", EntityType.PERSON)).isTrue();
        String name = "وقال أنور إبراهيم إن المحادثات مستمرة.";
        assertThat(misread(name, "أنور إبراهيم", EntityType.PERSON)).isFalse();
    }

    @Test
    void aPhraseOpeningWithANationalityAdjectiveIsNoPlace() {
        String text = "وركزت المحادثات الأمريكية-الإيرانية الجديدة على الملف النووي، وتحسنت العلاقات المصرية التركية، "
                + "وتعثر الحوار الياباني-الكورية الجنوبية، في السعودية.";
        assertThat(misread(text, "الإيرانية الجديدة", EntityType.LOCATION)).isTrue();
        assertThat(misread(text, "الكورية الجنوبية", EntityType.LOCATION)).isTrue();
        assertThat(misread(text, "المصرية التركية", EntityType.LOCATION)).isTrue();
        assertThat(misread(text, "السعودية", EntityType.LOCATION)).isFalse();
    }
}
