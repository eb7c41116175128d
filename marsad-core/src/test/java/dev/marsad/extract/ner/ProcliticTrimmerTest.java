package dev.marsad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per trimming rule, on words from Arabic news. */
class ProcliticTrimmerTest {
    private static final ProcliticTrimmer TRIMMER = new ProcliticTrimmer(lexicon());

    private static NerLexicon lexicon() {
        NerLexicon lexicon = NerLexicon.empty();
        lexicon.addName(0, NerLexicon.LOCATION, "موسكو");
        lexicon.addName(0, NerLexicon.LOCATION, "واشنطن");
        lexicon.addName(0, NerLexicon.LOCATION, "سلا");
        lexicon.addName(0, NerLexicon.LOCATION, "ليبيا");
        lexicon.addName(0, NerLexicon.LOCATION, "فالنسيا");
        return lexicon;
    }

    @Test
    void conjunctionBeforeArticleGoesArticleStays() {
        assertThat(TRIMMER.leadingClitics("والكرملين")).isEqualTo(1);
    }

    @Test
    void aListedNameThatOnlyLooksLikeAParticleBeforeTheArticleStaysWhole() {
        assertThat(TRIMMER.leadingClitics("فالنسيا")).isZero();
        assertThat(TRIMMER.leadingClitics("فالكرملين")).isEqualTo(1);
    }

    @Test
    void prepositionAndConjunctionBeforeArticleGo() {
        assertThat(TRIMMER.leadingClitics("وبالكرملين")).isEqualTo(2);
    }

    @Test
    void assimilatedArticleKeepsOneLam() {
        assertThat(TRIMMER.leadingClitics("للبيت")).isEqualTo(1);
    }

    @Test
    void bareParticleGoesWhenTheRestIsAListedName() {
        assertThat(TRIMMER.leadingClitics("وموسكو")).isEqualTo(1);
    }

    @Test
    void kafBeforeAShortListedNameIsPartOfAnUnlistedName() {
        // كسلا (Kassala, Sudan) is not ك + سلا (Salé, Morocco), with or without و before it.
        assertThat(TRIMMER.leadingClitics("كسلا")).isZero();
        assertThat(TRIMMER.leadingClitics("وكسلا")).isZero();
    }

    @Test
    void kafBeforeALongerListedNameGoes() {
        // دول كليبيا: "countries like Libya".
        assertThat(TRIMMER.leadingClitics("كليبيا")).isEqualTo(1);
    }

    @Test
    void nameStartingWithParticleLetterIsKept() {
        assertThat(TRIMMER.leadingClitics("واشنطن")).isZero();
    }

    @Test
    void unlistedWordKeepsItsFirstLetter() {
        assertThat(TRIMMER.leadingClitics("بيونغ")).isZero();
    }

    @Test
    void wordWithoutProcliticIsUntouched() {
        assertThat(TRIMMER.leadingClitics("الكرملين")).isZero();
    }
}
