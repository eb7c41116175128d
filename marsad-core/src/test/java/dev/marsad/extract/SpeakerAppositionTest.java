package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Speakers' names the tagger cuts where an apposition marks the whole name (issue 17, the q17-12 round): the words
 * between a speech verb and a comma opening a role, and a given name that is also a rank word right after a rank. Sentences written for the test; run with the committed
 * name-finder model, as analyze runs.
 */
class SpeakerAppositionTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-01");
    }

    @Test
    void theWordsBetweenTheVerbAndARoleAfterACommaAreTheName() {
        Extraction result = extract("""
                تعمل شركات الاتصالات على بطاقات جديدة. وقالت آن موريل، المديرة التنفيذية لرابطة المشغلين، إن الاتفاق سيعلن قريبا.""");
        assertThat(quoteStarting(result, "الاتفاق سيعلن").speaker()).hasValue("آن موريل");
    }

    @Test
    void aTitleThatRunsOnIntoTheWordLeavesItOutOfTheName() {
        Extraction result = extract("""
                وقال المتحدث باسم دونالد ترامب إن الرئيس سيزور المنطقة الشهر المقبل.""");
        assertThat(quoteStarting(result, "الرئيس سيزور").speaker().orElse("")).doesNotContain("باسم");
    }

    @Test
    void aRankWordAfterARankIsTheGivenName() {
        Extraction result = extract("""
                وأكد قائد القوات البرية الفريق رائد ناصر الجبوري، أن القوات استعادت السيطرة على الجسر. وأضاف ناصر الجبوري أن المعارك مستمرة في الأحياء الشرقية.""");
        assertThat(quoteStarting(result, "القوات استعادت").speaker()).hasValue("رائد ناصر الجبوري");
        assertThat(quoteStarting(result, "المعارك مستمرة").speaker()).hasValue("رائد ناصر الجبوري");
    }
}
