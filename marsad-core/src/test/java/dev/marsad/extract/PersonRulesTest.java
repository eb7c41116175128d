package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name after a title or role, set off by commas after it, or after an attribution verb. */
class PersonRulesTest {

    @Test
    void aNameAfterATitleAndItsNationality() {
        String text = "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري";
        assertThat(RuleSpans.at(text, "الرئيس", PersonRules::personAfterTitle)).containsExactly("PERSON:فلاديمير بوتين");
    }

    @Test
    void theBodySpokenForComesBeforeTheName() {
        String text = "وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين";
        assertThat(RuleSpans.at(text, "المتحدث", PersonRules::personAfterTitle)).containsExactly("PERSON:دميتري بيسكوف");
    }

    @Test
    void aNameSetOffByCommasAfterTheTitle() {
        String text = "قالت رئيسة الوزراء البريطانية، تيريزا ماي، الاثنين إن";
        assertThat(RuleSpans.at(text, "رئيسة", PersonRules::personAfterTitle)).containsExactly("PERSON:تيريزا ماي");
    }

    @Test
    void aGivenAndAFamilyNameSetOffAfterATitleWithItsConstituency() {
        String text = "أما النائب عن الحزب الديمقراطي الكردستاني، شيروان الدوبرداني، فيرى أن";
        assertThat(RuleSpans.at(text, "النائب", PersonRules::personAfterTitle)).containsExactly("PERSON:شيروان الدوبرداني");
        // Only the title is taken: the complement's words are read by the other rules (a body, a place).
        assertThat(RuleSpans.taken(text, "النائب", PersonRules::personAfterTitle)).isEqualTo(1);
    }

    @Test
    void noNameFromAListItemOrAClauseAboutTheBody() {
        String list = "وشارك اللاعب في الشوط الأول، ومنصور الحربي، وفهد الحمد";
        assertThat(RuleSpans.at(list, "اللاعب", PersonRules::personAfterTitle)).isEmpty();
        String clause = "وقال المحلل في شركة يوانتا، ومقرها تايبيه، سام كاو إن";
        assertThat(RuleSpans.at(clause, "المحلل", PersonRules::personAfterTitle)).isEmpty();
    }

    @Test
    void aShortThirdWordBelongsToTheNameALongOneDoesNot() {
        String text = "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا";
        assertThat(RuleSpans.at(text, "الزعيم", PersonRules::personAfterTitle)).containsExactly("PERSON:كيم جونغ أون");
        String longThird = "وأكد الرئيس محمد سالم ضرورة الحوار";
        assertThat(RuleSpans.at(longThird, "الرئيس", PersonRules::personAfterTitle)).containsExactly("PERSON:محمد سالم");
    }

    @Test
    void aTitleWithoutANameConsumesTheTitleOnly() {
        String text = "أكد الرئيس أن الحكومة ماضية في خطتها";
        assertThat(RuleSpans.at(text, "الرئيس", PersonRules::personAfterTitle)).isEmpty();
        assertThat(RuleSpans.taken(text, "الرئيس", PersonRules::personAfterTitle)).isEqualTo(1);
    }

    @Test
    void aNameRightAfterAnAttributionVerbClosedByAFunctionWord() {
        String text = "قال ماتسونو إن طوكيو قدمت احتجاجا شديدا";
        assertThat(RuleSpans.at(text, "قال", PersonRules::personAfterVerb)).containsExactly("PERSON:ماتسونو");
        String open = "وقال مسؤولون كثيرون في الوزارة";
        assertThat(RuleSpans.at(open, "وقال", PersonRules::personAfterVerb)).isEmpty();
    }

    @Test
    void noNameAfterAVerbWhenATitleOrAListedPlaceFollows() {
        assertThat(RuleSpans.at("قال الرئيس إن", "قال", PersonRules::personAfterVerb)).isEmpty();
        assertThat(RuleSpans.at("وأعلنت موسكو أن الوفد وصل", "وأعلنت", PersonRules::personAfterVerb)).isEmpty();
    }

    @Test
    void aNameWordIsALetterWordWithoutTheArticleThatIsNoFunctionWordVerbOrTitle() {
        Words w = Words.of("قال الرئيس إن بوتين 2023 وزير");
        assertThat(PersonRules.isNameWord(w, RuleSpans.index(w, "بوتين"))).isTrue();
        assertThat(PersonRules.isNameWord(w, RuleSpans.index(w, "الرئيس"))).isFalse();
        assertThat(PersonRules.isNameWord(w, RuleSpans.index(w, "إن"))).isFalse();
        assertThat(PersonRules.isNameWord(w, RuleSpans.index(w, "قال"))).isFalse();
        assertThat(PersonRules.isNameWord(w, RuleSpans.index(w, "2023"))).isFalse();
        assertThat(PersonRules.isNameWord(w, RuleSpans.index(w, "وزير"))).isFalse();
    }

    @Test
    void titleLengthReadsTheLongestTitleThroughAConjunctionOrAPreposition() {
        Words w = Words.of("ووزير الخارجية قال للرئيس المتحدث باسم");
        // وزير الخارجية is a title of its own, longer than وزير.
        assertThat(PersonRules.titleLength(w, RuleSpans.index(w, "ووزير"))).isEqualTo(2);
        assertThat(PersonRules.titleLength(w, RuleSpans.index(w, "للرئيس"))).isEqualTo(1);
        assertThat(PersonRules.titleLength(w, RuleSpans.index(w, "المتحدث"))).isEqualTo(2);
        assertThat(PersonRules.titleLength(w, RuleSpans.index(w, "قال"))).isZero();
    }

    @Test
    void aSecondTitleAfterTheConjunctionEndsTheName() {
        String text = "واستقبل الملك عبدالله والرئيس المصري الوفد الزائر";
        assertThat(RuleSpans.at(text, "الملك", PersonRules::personAfterTitle)).containsExactly("PERSON:عبدالله");
    }

    @Test
    void theOfficesComplementIsNoName() {
        String text = "وكانت تشغل منصب وزيرة شؤون المرأة في الحكومة السابقة";
        assertThat(RuleSpans.at(text, "وزيرة", PersonRules::personAfterTitle)).isEmpty();
        String withLam = "وقال وزير الدولة لشؤون الإعلام في مؤتمر صحفي";
        assertThat(RuleSpans.at(withLam, "وزير", PersonRules::personAfterTitle)).isEmpty();
    }

    @Test
    void aSpeakersTitleAfterTheNameClosesIt() {
        // أمين is also a first name: without the title the rule saw a third name word and no closing.
        String text = "وأكد وليد منصور أمين عام الجمعية أن التبرعات زادت هذا العام";
        assertThat(RuleSpans.at(text, "وأكد", PersonRules::personAfterVerb)).containsExactly("PERSON:وليد منصور");
    }

    @Test
    void theKingsTitleAfterAnEnvoysIsNoName() {
        String text = "واستقبل سفير خادم الحرمين الشريفين لدى اليونان الوفد";
        assertThat(RuleSpans.at(text, "سفير", PersonRules::personAfterTitle)).isEmpty();
    }
}
