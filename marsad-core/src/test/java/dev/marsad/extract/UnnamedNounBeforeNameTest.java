package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import org.junit.jupiter.api.Test;

/** A tagger's person span that opens with an unnamed speaker's noun (after the names merge); sentences written for the test. */
class UnnamedNounBeforeNameTest {

    private static String trimmed(String text, String span) {
        int at = text.indexOf(span);
        NameSpan s = LeadingDescriptors.withoutLeadingDescriptor(text, new NameSpan(at, at + span.length(), EntityType.PERSON, 1.0));
        return text.substring(s.start(), s.end());
    }

    @Test
    void anUnnamedSpeakersNounWithTheArticleIsNoFirstName() {
        String text = "وقال الشاهد خالد ناصر إن النيران اندلعت ليلا.";
        assertThat(trimmed(text, "الشاهد خالد ناصر")).isEqualTo("خالد ناصر");
    }

    @Test
    void aNameThatMerelyStartsLikeOneStays() {
        String text = "وقال شاهد خالد ناصر إن النيران اندلعت ليلا.";
        // without the article the word is no descriptor here: the span is left as the tagger gave it
        assertThat(trimmed(text, "خالد ناصر")).isEqualTo("خالد ناصر");
    }
}
