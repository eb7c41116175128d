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
    void aHeadAndAGenericNounAfterItAreNoName() {
        // Written for n13-15: occupation forces, a company's board, air traffic name no body.
        String forces = "واقتحمت قوات الاحتلال الإسرائيلي البلدة فجرا";
        assertThat(RuleSpans.at(forces, "قوات", OrganisationPattern::organisationPattern)).isEmpty();
        String board = "وأوصى مجلس الإدارة بزيادة رأس المال، ووافق على ذلك لمجلس الإدارة";
        assertThat(RuleSpans.at(board, "مجلس", OrganisationPattern::organisationPattern)).isEmpty();
        String traffic = "وتوقفت حركة الطيران المدني في المطار";
        assertThat(RuleSpans.at(traffic, "حركة", OrganisationPattern::organisationPattern)).isEmpty();
        String unit = "وانتشرت قوات الطوارئ الخاصة في الحي";
        assertThat(RuleSpans.at(unit, "قوات", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:قوات الطوارئ الخاصة");
    }

    @Test
    void aComplementTakesItsAdjectivesButNotTheVerbsObject() {
        String object = "وقدرت المؤسسة الوطنية للنفط الخسائر المالية للخزينة العامة بأكثر من 650 مليون دولار";
        assertThat(RuleSpans.at(object, "المؤسسة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:المؤسسة الوطنية للنفط");
        String weather = "وقالت الهيئة العامة للأرصاد الجوية إن الأمطار ستستمر";
        assertThat(RuleSpans.at(weather, "الهيئة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:الهيئة العامة للأرصاد الجوية");
        String road = "وقالت شركة التشغيل للطريق السريع إن الجسر أغلق";
        assertThat(RuleSpans.at(road, "شركة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:شركة التشغيل للطريق السريع");
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

    @Test
    void aComplementWithTheConstructLamBelongsToTheName() {
        String text = "وقال مجلس التعاون لدول الخليج العربية إن القمة ستعقد";
        assertThat(RuleSpans.at(text, "مجلس", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:مجلس التعاون لدول الخليج العربية");
    }

    @Test
    void aDefiniteHeadNamesABodyWithAComplement() {
        String text = "وأصدرت الهيئة العامة للغذاء والدواء تحذيرا من الدواء";
        assertThat(RuleSpans.at(text, "الهيئة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:الهيئة العامة للغذاء والدواء");
        // Without a complement a definite head and its adjective are left to the tagger (الحزب الحاكم، الهيئة العامة).
        assertThat(RuleSpans.at("وقالت الهيئة العامة إن الدواء آمن", "الهيئة", OrganisationPattern::organisationPattern))
                .isEmpty();
    }

    @Test
    void aPurposeAfterTheBodyIsNoComplement() {
        // لاتخاذ is the verbal noun of a purpose: دعا المجلس الوطني لاتخاذ الإجراءات.
        String text = "ودعا مجلس الأمن لاتخاذ الإجراءات اللازمة";
        assertThat(RuleSpans.at(text, "مجلس", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:مجلس الأمن");
    }

    @Test
    void aRelativePronounOrADescribingParticipleEndsTheName() {
        String text = "ورفض السودان قرار مجلس الأمن الذي يدعو إلى نشر القوات";
        assertThat(RuleSpans.at(text, "مجلس", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:مجلس الأمن");
        String tabi = "وقالت المنظمة العالمية للأرصاد الجوية التابعة للأمم المتحدة إن الوفيات كثيرة";
        assertThat(RuleSpans.at(tabi, "المنظمة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:المنظمة العالمية للأرصاد الجوية");
    }

    @Test
    void aSecondBodyAfterTheConjunctionIsNotPartOfTheName() {
        String text = "الاتفاقيات الموقعة بين منظمة التحرير الفلسطينية والحكومة الإسرائيلية سارية";
        assertThat(RuleSpans.at(text, "منظمة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:منظمة التحرير الفلسطينية");
        // و + a word that is no head noun stays inside the name.
        String party = "فاز حزب العدالة والتنمية بالانتخابات";
        assertThat(RuleSpans.at(party, "حزب", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:حزب العدالة والتنمية");
    }

    @Test
    void aHeadThatLooksLikeTheConjunctionAfterLam() {
        // لوكالة: ل before وكالة, whose و is the noun's own letter.
        String text = "وقال المتحدث لوكالة الأنباء الألمانية إن التحقيق جار";
        assertThat(RuleSpans.at(text, "لوكالة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:وكالة الأنباء الألمانية");
    }

    @Test
    void aRelativePronounWithWawEndsTheName() {
        // واعتبرت الخطوط الجوية الماليزية والتي فقدت إحدى طائراتها (survey, stop 38): والتي opens a relative clause.
        String text = "واعتبرت الخطوط الجوية الماليزية والتي فقدت إحدى طائراتها أن العثور على الحطام مهم";
        assertThat(RuleSpans.at(text, "الخطوط", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:الخطوط الجوية الماليزية");
    }

    @Test
    void aHeadBeforeAPlaceAndItsAdjectivesIsABody() {
        String bank = "وقال بنك أبوظبي التجاري في بيان إن أرباحه ارتفعت";
        assertThat(RuleSpans.at(bank, "بنك", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:بنك أبوظبي التجاري");
        String forces = "وسيطرت قوات سوريا الديمقراطية على القرية";
        assertThat(RuleSpans.at(forces, "قوات", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:قوات سوريا الديمقراطية");
        String channel = "وقالت قناة دبي الرياضية إنها ستنقل المباراة";
        assertThat(RuleSpans.at(channel, "قناة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:قناة دبي الرياضية");
    }

    @Test
    void aHeadBeforeAPlaceAloneOrAWaterwayIsLeftToTheTagger() {
        String alone = "وزار وفد من جامعة دبي المعرض";
        assertThat(RuleSpans.at(alone, "جامعة", OrganisationPattern::organisationPattern)).isEmpty();
        String canal = "وعبرت السفينة قناة بنما أمس";
        assertThat(RuleSpans.at(canal, "قناة", OrganisationPattern::organisationPattern)).isEmpty();
    }

    @Test
    void aWeekdayAfterTheNameIsTheVerbsNotTheBodys() {
        String text = "وأعلنت وزارة الزراعة التونسية الخميس أن المحصول تضاعف";
        assertThat(RuleSpans.at(text, "وزارة", OrganisationPattern::organisationPattern))
                .containsExactly("ORGANIZATION:وزارة الزراعة التونسية");
    }
}
