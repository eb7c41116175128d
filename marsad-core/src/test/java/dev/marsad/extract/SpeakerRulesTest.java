package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker-name rules read off modern articles (issue 17, quotes-fresh), each on sentences written for the test and
 * with the entities given by hand, so that the rule is tested whatever the name finder finds.
 */
class SpeakerRulesTest {

    private static Entity person(String text, String name) {
        int at = text.indexOf(name);
        return new Entity(name, EntityType.PERSON, NameKey.of(EntityType.PERSON, name), at, at + name.length());
    }

    @Test
    void surnameAloneTakesTheNameWordsOfItsFirstMention() {
        String text = "وصرح المتحدث باسم الدفاع المدني في المنطقة تركي العنزي أن الفرق أخلت المبنى. وأضاف العنزي أن الحريق طوق.";
        SpeakerChain chain = new SpeakerChain(text, List.of(person(text, "العنزي")));
        assertThat(chain.fullPersonName("العنزي")).isEqualTo("تركي العنزي");
    }

    @Test
    void firstMentionStopsAtPunctuationTitlesAndVerbs() {
        String text = "قال مدير الناحية، سامي الراوي، إن الطريق مغلق. وأضاف الراوي أن العمل مستمر.";
        SpeakerChain chain = new SpeakerChain(text, List.of());
        assertThat(chain.firstMentionName("راوي")).hasValue("سامي الراوي");
        String verbFirst = "وأكد الراوي أن الطريق مغلق.";
        assertThat(new SpeakerChain(verbFirst, List.of()).firstMentionName("راوي")).isEmpty();
        String calledBy = "وقال أحد الشهود ويدعى مروان سليم إنه سمع دويا.";
        assertThat(new SpeakerChain(calledBy, List.of()).firstMentionName("سليم")).hasValue("مروان سليم");
    }

    @Test
    void aWordTheArticleWritesAfterAPlaceNounIsAPlace() {
        String text = "قال مدير ناحية التابعة لقضاء زاخو إن القوات وصلت. وتقع زاخو شمالا.";
        SpeakerChain chain = new SpeakerChain(text, List.of());
        assertThat(chain.writtenAsPlace("زاخو")).isTrue();
        assertThat(chain.writtenAsPlace("القوات")).isFalse();
        assertThat(SpeakerNameParts.isPlaceOrGroupName(text, "بمنطقة الجوف")).isTrue();
        assertThat(SpeakerNameParts.isPlaceOrGroupName(text, "فرقة")).isTrue();
        assertThat(SpeakerNameParts.isPlaceOrGroupName(text, "سامي الراوي")).isFalse();
    }

    @Test
    void aNameAfterOnOrViaIsWhereItWasSaidNotWhoSaidIt() {
        String text = "وقالت الجمعية على صفحتها على فيسبوك إن المعرض أرجئ.";
        assertThat(SpeakerNameParts.afterPlacePreposition(text, text.indexOf("فيسبوك"))).isTrue();
        assertThat(SpeakerNameParts.afterPlacePreposition(text, text.indexOf("الجمعية"))).isFalse();
    }

    @Test
    void nameCutBeforeItsLastPartJoinsItBeforeInnaOrAComma() {
        String text = "وقال رئيس الوزراء سوم تشاي ويرا إنه سيزور المنطقة.";
        int end = text.indexOf("تشاي") + "تشاي".length();
        assertThat(SpeakerNameParts.withLastNamePart(text, end, "سوم تشاي")).isEqualTo("سوم تشاي ويرا");
        String timeAfter = "وقال سوم تشاي اليوم إنه سيزور المنطقة.";
        int end2 = timeAfter.indexOf("تشاي") + "تشاي".length();
        assertThat(SpeakerNameParts.withLastNamePart(timeAfter, end2, "سوم تشاي")).isEqualTo("سوم تشاي");
        String verbAfter = "وقال سوم تشاي في بيان إنه سيزور المنطقة.";
        int end3 = verbAfter.indexOf("تشاي") + "تشاي".length();
        assertThat(SpeakerNameParts.withLastNamePart(verbAfter, end3, "سوم تشاي")).isEqualTo("سوم تشاي");
    }

    @Test
    void outletKeepsItsMediaNounAndABodyLosesOfficial() {
        String text = "وذكرت وكالة رويترز أن المحادثات انتهت.";
        assertThat(SpeakerNameParts.withMediaHead(text, text.indexOf("رويترز"), "رويترز")).isEqualTo("وكالة رويترز");
        String agency = "ونقلت وكالة أنباء بلومبرغ أن المحادثات انتهت.";
        assertThat(SpeakerNameParts.withMediaHead(agency, agency.indexOf("بلومبرغ"), "بلومبرغ")).isEqualTo("وكالة أنباء بلومبرغ");
        String marked = "وكتبت شبكة \"سي إن إن\" على موقعها أن المحادثات انتهت.";
        assertThat(SpeakerNameParts.withMediaHead(marked, marked.indexOf("سي إن إن"), "سي إن إن")).isEqualTo("شبكة سي إن إن");
        String none = "وقالت رويترز إن المحادثات انتهت.";
        assertThat(SpeakerNameParts.withMediaHead(none, none.indexOf("رويترز"), "رويترز")).isEqualTo("رويترز");
        assertThat(SpeakerNameParts.withoutOfficialWord("وكالة الأنباء الموريتانية الرسمية")).isEqualTo("وكالة الأنباء الموريتانية");
        assertThat(SpeakerNameParts.withoutOfficialWord("هيئة الرقابة المالية")).isEqualTo("هيئة الرقابة المالية");
    }

    @Test
    void nameInAppositionBeforeInnaIsTheTitlesHolder() {
        String sentence = "وقال مدير الناحية التابعة لقضاء زاخو، سامي الراوي، إن الطريق مغلق.";
        dev.marsad.text.FoldedText text = dev.marsad.text.FoldedText.of(sentence);
        int from = text.folded().indexOf("مدير");
        int to = text.folded().indexOf(" ان ") + 1;
        assertThat(SpeakerPhrases.appositionName(text, from, to)).extracting(Speaker::name).isEqualTo("سامي الراوي");
        String noName = "وقال مدير الناحية، في المؤتمر الصحفي، إن الطريق مغلق.";
        dev.marsad.text.FoldedText other = dev.marsad.text.FoldedText.of(noName);
        assertThat(SpeakerPhrases.appositionName(other, 0, other.folded().indexOf(" ان ") + 1)).isNull();
    }

    @Test
    void surnameTheTaggerMissedTakesItsFirstMentionOnlyInApposition() {
        String text = "قال مدير الناحية، سامي الراوي، إن الطريق مغلق. وأضاف الراوي أن العمل مستمر.";
        assertThat(new SpeakerChain(text, List.of()).personByWord("الراوي")).hasValue("سامي الراوي");
        String noun = "أظهر استطلاع جديد أن الأغلبية راضية. وأضاف الاستطلاع أن النتائج نهائية.";
        assertThat(new SpeakerChain(noun, List.of()).personByWord("الاستطلاع")).isEmpty();
    }
}
