package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A head noun and up to four words with the article after it. */
class OrganisationPatternTest {

    @Test
    void aHeadNounAndTheWordsWithTheArticleAfterIt() {
        String text = "أعلنت وزارة الداخلية المغربية ارتفاع عدد الضحايا";
        assertThat(RuleSpans.at(text, "وزارة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:وزارة الداخلية المغربية");
    }

    @Test
    void atMostFourWordsFollowTheHead() {
        String text = "نقلت وكالة الأنباء الكورية المركزية الرسمية الشمالية عن مسؤول";
        assertThat(RuleSpans.at(text, "وكالة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:وكالة الأنباء الكورية المركزية الرسمية");
    }

    @Test
    void theHeadAloneIsNoName() {
        assertThat(RuleSpans.at("قالت منظمة غير حكومية إن", "منظمة", OrganisationPattern::organisationPattern)).isEmpty();
    }

    @Test
    void aVerbWithHamzaIsNoWordWithTheArticle() {
        // ألغت folds to الغت, which looks like the article; as written it is a verb.
        String text = "قالت حركة ألغت الاجتماع";
        assertThat(RuleSpans.at(text, "حركة", OrganisationPattern::organisationPattern)).isEmpty();
    }

    @Test
    void aHeadThatLooksLikeProcliticsAndTheArticleStaysWhole() {
        // وكالة reads as و + ك + ال… to the proclitic rule; as a head noun it is one word, kept whole.
        String text = "ونقلت وكالة الأنباء الرسمية عن مصدر";
        assertThat(RuleSpans.at(text, "وكالة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:وكالة الأنباء الرسمية");
    }

    @Test
    void theHeadMustOpenTheWord() {
        // A word opening with و is read whole (وزارة، وكالة), never as و + a head noun.
        String text = "وحذرت الحكومة ومنظمة الصحة العالمية من تفشي المرض";
        assertThat(RuleSpans.at(text, "ومنظمة", OrganisationPattern::organisationPattern)).isEmpty();
    }
}
