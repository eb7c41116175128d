package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisation head nouns as written in running text (organization-heads-ar.txt), folded. */
class HeadNounsTest {
    @Test
    void aHeadNounIsOneWithOrWithoutTheArticleOrALeadingLetter() {
        assertThat(HeadNouns.isHeadNoun(Lexicon.fold("وزارة"))).isTrue();
        assertThat(HeadNouns.isHeadNoun(Lexicon.fold("الوزارة"))).isTrue();
        assertThat(HeadNouns.isHeadNoun(Lexicon.fold("بوزارة"))).isTrue();
        assertThat(HeadNouns.isHeadNoun(Lexicon.fold("لمفوضية"))).isTrue();
        assertThat(HeadNouns.isHeadNoun(Lexicon.fold("بوتين"))).isFalse();
    }

    @Test
    void thePrepositionLIsReadAsTheArticle() {
        assertThat(HeadNouns.withArticle(Lexicon.fold("للمنظمة"))).isEqualTo(Lexicon.fold("المنظمة"));
        assertThat(HeadNouns.withArticle(Lexicon.fold("لمنظمة"))).isEqualTo(Lexicon.fold("المنظمة"));
        assertThat(HeadNouns.withArticle(Lexicon.fold("منظمة"))).isEqualTo(Lexicon.fold("منظمة"));
    }

    @Test
    void onlyALongerWordLosesItsLeadingLetter() {
        assertThat(HeadNouns.withoutLetter("بوزاره")).isEqualTo("وزاره");
        assertThat(HeadNouns.withoutLetter("وسط")).isEqualTo("وسط");
    }
}
