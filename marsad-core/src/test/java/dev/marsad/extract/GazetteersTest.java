package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Listed places and organisations, longest match, through proclitics. */
class GazetteersTest {

    @Test
    void findsAListedPlaceOfTwoWords() {
        String text = "وصل القطار المصفح إلى بيونغ يانغ مساء الأحد";
        assertThat(RuleSpans.at(text, "بيونغ", Gazetteers::gazetteerAt)).containsExactly("LOCATION:بيونغ يانغ");
        assertThat(RuleSpans.taken(text, "بيونغ", Gazetteers::gazetteerAt)).isEqualTo(2);
    }

    @Test
    void findsAListedOrganisationBehindItsProclitics() {
        String text = "وقالت المتحدثة باسم البيت الأبيض إن الرئيس سيلتقي نظيره";
        assertThat(RuleSpans.at(text, "البيت", Gazetteers::gazetteerAt)).containsExactly("ORGANIZATION:البيت الأبيض");
        String withPreposition = "وقال مسؤول كبير بالبيت الأبيض إن الرئيس سيلتقي نظيره";
        assertThat(RuleSpans.at(withPreposition, "بالبيت", Gazetteers::gazetteerAt))
                .containsExactly("ORGANIZATION:البيت الأبيض");
        // للبيت is ل + البيت with the article's alef unwritten: the span leaves out the preposition only.
        String contracted = "وقالت المتحدثة للبيت الأبيض إن الرئيس سيلتقي نظيره";
        assertThat(RuleSpans.at(contracted, "للبيت", Gazetteers::gazetteerAt)).containsExactly("ORGANIZATION:لبيت الأبيض");
    }

    @Test
    void aOneLetterConjunctionOnAPlaceWithoutTheArticleIsLeftOutOfTheSpan() {
        String text = "تبادلت سيول وبيونغ يانغ الاتهامات بعد إطلاق الصاروخ";
        assertThat(RuleSpans.at(text, "وبيونغ", Gazetteers::gazetteerAt)).containsExactly("LOCATION:بيونغ يانغ");
    }

    @Test
    void aPhraseDoesNotRunAcrossPunctuation() {
        String text = "أعلنت الأمم، المتحدة في بيان لاحق";
        assertThat(RuleSpans.at(text, "الأمم", Gazetteers::gazetteerAt)).isEmpty();
        assertThat(RuleSpans.at("أعلنت الأمم المتحدة في بيان", "الأمم", Gazetteers::gazetteerAt))
                .containsExactly("ORGANIZATION:الأمم المتحدة");
    }

    @Test
    void anUnlistedWordIsNoName() {
        assertThat(RuleSpans.at("وصل الوفد إلى المدينة صباحا", "المدينة", Gazetteers::gazetteerAt)).isEmpty();
    }

    @Test
    void placeLengthCountsOnlyListedPlaces() {
        Words w = Words.of("زار الوفد بيونغ يانغ ثم البيت الأبيض");
        assertThat(Gazetteers.placeLength(w, RuleSpans.index(w, "بيونغ"))).isEqualTo(2);
        assertThat(Gazetteers.placeLength(w, RuleSpans.index(w, "البيت"))).isZero();
        assertThat(Gazetteers.startsGazetteerPhrase(w, RuleSpans.index(w, "البيت"))).isTrue();
        assertThat(Gazetteers.startsGazetteerPhrase(w, RuleSpans.index(w, "الوفد"))).isFalse();
    }
}
