package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCataphoraTest {
    @Test
    void aRestatedTitleIsReadOnlyAfterTheTitledVerb() {
        String text = "حذر رئيس بلدية المدينة من تصاعد المد القومي قائلا إن ذلك يعد تهديدا. وطالب رئيس البلدية هاروتو ناكامورا بنزع السلاح.";
        int from = text.indexOf("قائلا");
        assertThat(TitleCataphora.titleRestated(text, "رييس", "حذر رييس بلديه المدينه", "هاروتو ناكامورا", from, text.length()))
                .isTrue();
        // The next quotation's verb before the titled one (found once in 62,827 articles of train people, which it
        // stopped): no window to read, no exception.
        assertThat(TitleCataphora.titleRestated(text, "رييس", "حذر رييس بلديه المدينه", "هاروتو ناكامورا", from, from - 40))
                .isFalse();
    }
}
