package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/** New foreign names opened by a listed first name (issue 13, n13-15), on sentences written for this test. */
class ForeignFirstNamesTest {

    @Test
    void aListedFirstNameAndTheNameWordAfterItAreAPerson() {
        String text = "أعلن البيت الأبيض تعيين كارين لوفستروم على رأس الوكالة";
        assertThat(RuleSpans.at(text, "كارين", ForeignFirstNames::personAt)).containsExactly("PERSON:كارين لوفستروم");
        String after = "خلفا لجيفري دانبري الذي استقال";
        assertThat(RuleSpans.at(after, "لجيفري", ForeignFirstNames::personAt)).containsExactly("PERSON:جيفري دانبري");
    }

    @Test
    void noPersonBeforeAFunctionWordAWordWithTheArticleOrAnEverydayNoun() {
        assertThat(RuleSpans.at("وقال جون إن الاجتماع انتهى", "جون", ForeignFirstNames::personAt)).isEmpty();
        assertThat(RuleSpans.at("وكان مارك الأكثر حضورا", "مارك", ForeignFirstNames::personAt)).isEmpty();
        assertThat(RuleSpans.at("عندما مرر كارلوس رمية تماس طويلة", "كارلوس", ForeignFirstNames::personAt)).isEmpty();
    }

    @Test
    void throughTheExtractStageTheNameIsFoundWithoutItsPrepositionAndTheSurnameLater() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                أعلن البيت الأبيض تعيين كارين لوفستروم على رأس الوكالة خلفا لمايك دانبري.

                وقالت لوفستروم إنها ستعمل مع الكونغرس، وأضاف دانبري أن الانتقال سيكون سلسا.""", "2024-03-01");
        assertThat(result.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .contains("كارين لوفستروم", "مايك دانبري", "دانبري").doesNotContain("لمايك دانبري");
    }
}
