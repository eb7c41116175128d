package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A relative's noun right before a name (والدة، شقيق، محامي): the relative speaks, unnamed, and the name is a
 * genitive; a name after another word is the relative's own; a title whose country is a pronoun (رئيس وزرائها) is
 * no part of the name either. Sentences written for this test.
 */
class RelativeOfNamedTest {
    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-10");
    }

    @Test
    void theMotherOfANamedChildSpeaksUnnamed() {
        Extraction e = extract("عثرت الشرطة على الطفلة سالمة بعد يومين من البحث. وقالت والدة ليلى الحربي إن العائلة لم تفقد الأمل لحظة.");
        assertThat(ExtractTestSupport.quoteStarting(e, "العائلة لم تفقد").speaker()).isEmpty();
    }

    @Test
    void aDirectQuoteOfTheFatherOfANamedBoyIsUnnamedToo() {
        Extraction e = extract("انتهت عملية البحث في الوادي مساء أمس. وقال والد سامي العتيبي: \"لم نفقد الأمل لحظة واحدة\".");
        assertThat(ExtractTestSupport.quoteStarting(e, "لم نفقد الأمل").speaker()).isEmpty();
    }

    @Test
    void theFamilyOfAPersonNamedByTheSurnameOnlySpeaksUnnamed() {
        // عائلة أبوالفتوح: the name written is the surname of the full name it resolves to (survey, stop 32).
        Extraction e = extract("""
                أعلنت وزارة الداخلية القبض على ستة أشخاص في مزرعة قالت إنها ملك عبدالمنعم أبوالفتوح. وقالت عائلة أبوالفتوح، في بيان لها، إن المزرعة مؤجرة منذ سنوات.""");
        assertThat(ExtractTestSupport.quoteStarting(e, "المزرعة مؤجرة").speaker()).isEmpty();
    }

    @Test
    void aNameAfterTheRelativesOwnNounIsTheirs() {
        Extraction e = extract("وقال شقيق الضحية خالد المطيري إن الأسرة تطالب بمحاسبة المسؤولين عن الحادث.");
        assertThat(ExtractTestSupport.speakerOf(e, "الأسرة تطالب")).contains("خالد المطيري");
    }

    @Test
    void aNamedPersonWithoutARelativesNounStillSpeaks() {
        Extraction e = extract("وقالت ليلى الحربي إن العائلة لم تفقد الأمل لحظة.");
        assertThat(ExtractTestSupport.speakerOf(e, "العائلة لم تفقد")).contains("ليلى الحربي");
    }

    @Test
    void aTitleWhoseCountryIsAPronounIsNoPartOfTheName() {
        Extraction e = extract("وصلت السفينة إلى الميناء بعد أسبوع في البحر. وكتب رئيس وزرائها يوسف الكعبي على تويتر أن المهاجرين سينقلون إلى عدة دول.");
        assertThat(ExtractTestSupport.speakerOf(e, "المهاجرين سينقلون")).contains("يوسف الكعبي");
    }
}
