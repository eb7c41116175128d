package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import org.junit.jupiter.api.Test;

/** Descriptions a tagger put at the front of a person's name. */
class LeadingDescriptorsTest {
    private static String trimmed(String text, String surface, EntityType type) {
        NameSpan s = LeadingDescriptors.withoutLeadingDescriptor(text, RuleSpans.span(text, surface, type));
        return s.type() + ":" + text.substring(s.start(), s.end());
    }

    @Test
    void aNationalityAdjectiveWithTheArticleIsNoFirstName() {
        String text = "وقال المتحدث باسم الهلال الأحمر الليبي توفيق الشكري إن الفرق ما زالت تبحث";
        assertThat(trimmed(text, "الليبي توفيق الشكري", EntityType.PERSON)).isEqualTo("PERSON:توفيق الشكري");
    }

    @Test
    void aTitleIsNoFirstName() {
        String text = "واستقبل الرئيس فلاديمير بوتين ضيفه";
        assertThat(trimmed(text, "الرئيس فلاديمير بوتين", EntityType.PERSON)).isEqualTo("PERSON:فلاديمير بوتين");
    }

    @Test
    void aListedOrganisationBeforeTheNameIsWhomThePersonSpeaksFor() {
        String text = "وقالت مديرة اليونسكو أودري أزولاي إن التراث مهدد";
        assertThat(trimmed(text, "اليونسكو أودري أزولاي", EntityType.PERSON)).isEqualTo("PERSON:أودري أزولاي");
    }

    @Test
    void anOrganisationsHeadNounBeforeANameMakesThatNameAPerson() {
        String text = "وقال الأمين العام للمنظمة بيتيري تالاس إن معظم الضحايا كان يمكن تجنبهم";
        assertThat(trimmed(text, "للمنظمة بيتيري تالاس", EntityType.ORGANIZATION)).isEqualTo("PERSON:بيتيري تالاس");
        String organisation = "وقالت المنظمة العالمية للأرصاد الجوية";
        assertThat(trimmed(organisation, "المنظمة العالمية", EntityType.ORGANIZATION))
                .isEqualTo("ORGANIZATION:المنظمة العالمية");
    }

    @Test
    void aSurnameWithTheArticleAndOtherTypesStay() {
        String text = "وقال توفيق الشكري إن الفرق وصلت إلى درنة";
        assertThat(trimmed(text, "توفيق الشكري", EntityType.PERSON)).isEqualTo("PERSON:توفيق الشكري");
        assertThat(trimmed(text, "درنة", EntityType.LOCATION)).isEqualTo("LOCATION:درنة");
    }
}
