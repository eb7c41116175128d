package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's name set off by commas after its title (issue 17, after the names merge: the retrained tagger no
 * longer finds these, and the speaker rules need the name). Sentences written for the test.
 */
class ApposedNameTest {

    private static List<String> persons(String text) {
        return RuleNameFinder.find(Words.of(text)).stream().filter(s -> s.type() == EntityType.PERSON)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void twoNameWordsBetweenCommasAfterATitleAreItsHolder() {
        assertThat(persons("وصفت رئيسة الوزراء النيوزيلندية، جاسيندا أرديرن، الثلاثاء، الهجوم بأنه \"يوم أسود\"."))
                .containsExactly("جاسيندا أرديرن");
    }

    @Test
    void aHashtagNameAfterTheCommaGivesItsFirstWord() {
        assertThat(persons("قال وزير النقل التونسي، #سمير_الماجري، أمس، إن الطريق فتح.")).containsExactly("سمير");
    }

    @Test
    void theTitlesComplementMayRunToTheComma() {
        assertThat(persons("وقال مدير مستشفى المدينة بولاية كسلا، حامد عثمان، للصحفيين إن الجرحى نقلوا."))
                .containsExactly("حامد عثمان");
    }

    @Test
    void aDistrictGovernorsTitleIntroducesHisName() {
        assertThat(persons("وقال قائممقام قضاء الزبير بمحافظة البصرة، عباس ماهر، إن الطريق فتح."))
                .containsExactly("عباس ماهر");
    }

    @Test
    void anEnvoysPostingWithLadaRunsToTheComma() {
        // مندوبة … لدى …، الاسم،: an envoy's title, its country and its posting (survey, stop 34).
        assertThat(persons("واتهمت مندوبة الإمارات لدى الأمم المتحدة، لانا نسيبة، الحوثيين بالتصعيد."))
                .containsExactly("لانا نسيبة");
        assertThat(persons("وقالت سفيرة فرنسا، ماري دوبوا، إن بلادها دعمت الاتفاق.")).containsExactly("ماري دوبوا");
    }

    @Test
    void aTitlesPlaceComplementIsNoNameButTheApposedOneIs() {
        // قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت (quotes-fresh f23, stop 34): منطقة opens a place, not a name.
        String text = "وقال قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت، في تصريحات هاتفية إن القوات أقامت خنادق.";
        assertThat(persons(text)).containsExactly("كرمانج عزت");
        assertThat(RuleNameFinder.find(Words.of(text))).filteredOn(s -> s.type() == EntityType.PERSON)
                .allSatisfy(s -> assertThat(s.score()).isEqualTo(PersonRules.APPOSED_SCORE));
        // and through the extract stage, where the tagger types the foreign name as a place
        assertThat(ExtractTestSupport.extractWithModel(text, "2018-04-20").quotes()).singleElement()
                .satisfies(q -> assertThat(q.speaker()).hasValue("كرمانج عزت"));
    }

    @Test
    void oneWordOrWordsRunningOnAreNotTaken() {
        // a day between commas, and words that run on into the sentence, are not an apposed name
        assertThat(persons("قال وزير النقل التونسي، الاثنين، إن الطريق فتح.")).isEmpty();
        assertThat(persons("قال وزير النقل التونسي، تونس، إن الطريق فتح.")).isEmpty();
        assertThat(persons("قال وزير النقل التونسي، ومن جهته سيعلن القرار.")).isEmpty();
        // a verb before the comma ends the title's complement
        assertThat(persons("قال وزير النقل إنه سافر، حامد عثمان، أمس.")).doesNotContain("حامد عثمان");
    }
}
