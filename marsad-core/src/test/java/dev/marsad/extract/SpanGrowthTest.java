package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names grown over the words that complete them. */
class SpanGrowthTest {
    private static final SpanGrowth WITH_MODEL = new SpanGrowth(Optional.of(
            RuleSpans.knowing(Set.of("المدني"), Set.of("بدر"))), w -> w.equals("ستيفان"));
    private static final SpanGrowth WITHOUT_MODEL = new SpanGrowth(Optional.empty(), w -> false);

    private static List<String> grown(SpanGrowth growth, String text, NameSpan... spans) {
        return RuleSpans.surfaces(text, growth.grown(List.of(spans), Words.of(text)));
    }

    @Test
    void anOrganisationNamedByAHeadNounGrowsOverItsNationality() {
        String text = "أعلنت وزارة الداخلية المغربية ارتفاع عدد الضحايا";
        assertThat(grown(WITHOUT_MODEL, text, RuleSpans.span(text, "وزارة الداخلية", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:وزارة الداخلية المغربية");
    }

    @Test
    void anOrganisationDoesNotGrowOverTheRankOfThePersonAfterIt() {
        // رئيس مجلس إدارة الشركة السعودية للكهرباء الدكتور صالح العواجي (survey, stop 33).
        String text = "رئيس مجلس إدارة الشركة السعودية للكهرباء الدكتور صالح العواجي";
        assertThat(grown(WITHOUT_MODEL, text, RuleSpans.span(text, "الشركة السعودية", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:الشركة السعودية للكهرباء");
    }

    @Test
    void aProperNameDoesNotGrowOverItsNationality() {
        String text = "فاز ريال مدريد الإسباني على ضيفه";
        assertThat(grown(WITHOUT_MODEL, text, RuleSpans.span(text, "ريال مدريد", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:ريال مدريد");
    }

    @Test
    void anOrganisationDoesNotGrowIntoTheNextName() {
        String text = "أعلنت وزارة الداخلية المغربية ارتفاع عدد الضحايا";
        NameSpan ministry = RuleSpans.span(text, "وزارة الداخلية", EntityType.ORGANIZATION);
        NameSpan next = RuleSpans.span(text, "المغربية", EntityType.LOCATION);
        assertThat(grown(WITHOUT_MODEL, text, ministry, next))
                .containsExactly("ORGANIZATION:وزارة الداخلية", "LOCATION:المغربية");
    }

    @Test
    void aPersonGrowsOverASurnameWithTheArticleThatEndsTheName() {
        String text = "وقال وزير الداخلية مازن الفراية إن الأمن مستتب";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "مازن", EntityType.PERSON)))
                .containsExactly("PERSON:مازن الفراية");
        // Without the model nothing tells a surname from a common word with the article.
        assertThat(grown(WITHOUT_MODEL, text, RuleSpans.span(text, "مازن", EntityType.PERSON)))
                .containsExactly("PERSON:مازن");
    }

    @Test
    void aPersonDoesNotGrowOverACommonWordOrWhenTheNameGoesOn() {
        String common = "والتقى الوزير سالم المدني إن";
        assertThat(grown(WITH_MODEL, common, RuleSpans.span(common, "سالم", EntityType.PERSON)))
                .containsExactly("PERSON:سالم");
        String goesOn = "وقال مازن الفراية الجديد";
        assertThat(grown(WITH_MODEL, goesOn, RuleSpans.span(goesOn, "مازن", EntityType.PERSON)))
                .containsExactly("PERSON:مازن");
    }

    @Test
    void aListedFirstNameRightBeforeThePersonBelongsToIt() {
        String text = "وقال وزير الخارجية المصري بدر عبد العاطي إن";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "عبد العاطي", EntityType.PERSON)))
                .containsExactly("PERSON:بدر عبد العاطي");
        assertThat(grown(WITHOUT_MODEL, text, RuleSpans.span(text, "عبد العاطي", EntityType.PERSON)))
                .containsExactly("PERSON:عبد العاطي");
    }

    @Test
    void anOrganisationCutBeforeItsComplementWithLamGrowsOverIt() {
        String text = "قالت المنظمة العالمية للأرصاد الجوية التابعة للأمم المتحدة إن الوفيات كان يمكن تجنبها";
        assertThat(grown(WITHOUT_MODEL, text, RuleSpans.span(text, "المنظمة العالمية", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:المنظمة العالمية للأرصاد الجوية");
        String football = "وقال الاتحاد الأوروبي لكرة القدم إن المباراة ستقام";
        assertThat(grown(WITHOUT_MODEL, football, RuleSpans.span(football, "الاتحاد الأوروبي", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:الاتحاد الأوروبي لكرة القدم");
    }

    @Test
    void aShortProperNameOrAPurposeTakesNoComplement() {
        String party = "وأعلن إطلاق حزب الله للجنديين الأسيرين";
        assertThat(grown(WITHOUT_MODEL, party, RuleSpans.span(party, "حزب الله", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:حزب الله");
        String purpose = "ويجتمع المجلس الوطني لتعزيز التعاون بين البلدين";
        assertThat(grown(WITHOUT_MODEL, purpose, RuleSpans.span(purpose, "المجلس الوطني", EntityType.ORGANIZATION)))
                .containsExactly("ORGANIZATION:المجلس الوطني");
    }

    @Test
    void aFirstNameAloneGrowsOverThePlainWordBeforeATitle() {
        String text = "وصرح ستيفان باليه المدير التنفيذي لهيئة اليانصيب أن العائدات ستصب في مصلحة التراث";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "ستيفان", EntityType.PERSON)))
                .containsExactly("PERSON:ستيفان باليه");
    }

    @Test
    void aFirstNameAloneDoesNotGrowOverAWordWithoutATitleAfterIt() {
        String text = "وصرح ستيفان أمس المدير التنفيذي للهيئة أن العائدات ستصب في مصلحة التراث";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "ستيفان", EntityType.PERSON)))
                .containsExactly("PERSON:ستيفان");
        String noTitle = "وصرح ستيفان باليه لصحيفة لوموند أن العائدات ستصب في مصلحة التراث";
        assertThat(grown(WITH_MODEL, noTitle, RuleSpans.span(noTitle, "ستيفان", EntityType.PERSON)))
                .containsExactly("PERSON:ستيفان");
        String notAFirstName = "وصف ترامب نظيره الرئيس الصيني بأنه صديق";
        assertThat(grown(WITH_MODEL, notAFirstName, RuleSpans.span(notAFirstName, "ترامب", EntityType.PERSON)))
                .containsExactly("PERSON:ترامب");
    }

    @Test
    void aPersonDoesNotGrowOverAGroupHeAddresses() {
        // حذر آل جرمان الأهالي من التجمهر (survey, stop 38): the residents he warned, not his surname.
        String text = "حذر آل جرمان الأهالي من التجمهر قرب المواقع";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "جرمان", EntityType.PERSON)))
                .containsExactly("PERSON:جرمان");
    }

    @Test
    void aPlainWordRightAfterASpeechVerbIsTheFirstNameOfTheOnePersonAfterIt() {
        // Stop 46 (quotes-fresh11): أليكسيس, unknown to the finder, opens the subject of وأوضح.
        String text = "وأوضح أليكسيس تسيبراس في تصريحات أن الاتفاق سيمنح مقدونيا اسما جديدا";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "تسيبراس", EntityType.PERSON)))
                .containsExactly("PERSON:أليكسيس تسيبراس");
        // Not a noun with a possessive pronoun (her mother), nor بأن, nor after a verb that is not one of speech.
        String mother = "وقالت أمها لويز إن الأشهر الأربعة كانت صعبة";
        assertThat(grown(WITH_MODEL, mother, RuleSpans.span(mother, "لويز", EntityType.PERSON))).containsExactly("PERSON:لويز");
        String fiancee = "وقالت خطيبة خاشقجي إنه دخل القنصلية ولم يخرج";
        assertThat(grown(WITH_MODEL, fiancee, RuleSpans.span(fiancee, "خاشقجي", EntityType.PERSON))).containsExactly("PERSON:خاشقجي");
        String that = "وصرح بأن الحمود لم يحضر الاجتماع";
        assertThat(grown(WITH_MODEL, that, RuleSpans.span(that, "الحمود", EntityType.PERSON))).containsExactly("PERSON:الحمود");
        String met = "والتقى أليكسيس تسيبراس نظيره المقدوني أمس";
        assertThat(grown(WITH_MODEL, met, RuleSpans.span(met, "تسيبراس", EntityType.PERSON))).containsExactly("PERSON:تسيبراس");
    }

    @Test
    void aPlainWordRightAfterATitlesNationalityIsTheFirstNameOfTheOnePersonAfterIt() {
        // Stop 47 (quotes-fresh12): رئيس الوزراء اليوناني أليكسيس تسيبراس, أليكسيس unknown to the finder; اليوناني is a
        // nationality once اليونان is a listed place.
        String text = "من جانبه، أعلن رئيس الوزراء اليوناني أليكسيس تسيبراس أن البلدين توصلا إلى اتفاق";
        assertThat(grown(WITH_MODEL, text, RuleSpans.span(text, "تسيبراس", EntityType.PERSON)))
                .containsExactly("PERSON:أليكسيس تسيبراس");
        // Not after a word with the article that is no nationality (a common noun before the name).
        String club = "وسجل المهاجم الجديد أليكسيس سانشيز هدفا";
        assertThat(grown(WITH_MODEL, club, RuleSpans.span(club, "سانشيز", EntityType.PERSON)))
                .containsExactly("PERSON:سانشيز");
    }
}
