package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Who goes on, and names that end where a time or a manner begins (issue 17, survey round of stop 38): one who spoke
 * in the sentence just before without being quoted; a verb followed by its topic (حول، بشأن) and no subject; a body's
 * name before للمرة الأولى; a one-word name before عشية; دكتور after a rank. Sentences written for the test.
 */
class SpeakerGoingOnTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extract(text, "2026-12-04");
    }

    @Test
    void onWhoSpokeInTheSentenceBeforeWithoutAQuotationGoesOn() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال وزير الدفاع البريطاني غافن ويليامسن إن الضربات كانت محدودة ومدروسة بعناية شديدة.

                وأكد الرئيس الفرنسي إيمانويل ماكرون مشاركة بلاده في العملية العسكرية.

                وقال بشأن الهجوم الأخير إن عشرات المدنيين قتلوا بالأسلحة الكيميائية في المدينة.""", "2026-12-04");
        assertThat(quoteStarting(r, "عشرات المدنيين").speaker()).hasValue("إيمانويل ماكرون");
        // A continuation verb (وأضاف) after a sentence between whose verb is no speech verb: the one quoted before goes on.
        // (With وقال, the subject of the sentence between, whatever its verb: QuoteFormsTest, stop 49.)
        Extraction quoted = ExtractTestSupport.extractWithModel("""
                وقال وزير الدفاع البريطاني غافن ويليامسن إن الضربات كانت محدودة ومدروسة بعناية شديدة.

                ووصل الرئيس الفرنسي إيمانويل ماكرون إلى العاصمة مساء اليوم.

                وأضاف بشأن الهجوم الأخير إن عشرات المدنيين قتلوا بالأسلحة الكيميائية في المدينة.""", "2026-12-04");
        assertThat(quoteStarting(quoted, "عشرات المدنيين").speaker()).hasValue("غافن ويليامسن");
    }

    @Test
    void aVerbFollowedByItsTopicNamesNoSubject() {
        Extraction r = extract("""
                وأكد الأمير متعب بن عبدالله أن زيارته جاءت لتفقد القوات في المنطقة، وأضاف حول تثبيت القوة في المدينة بأن الحرس كان سابقا في المنطقة.""");
        assertThat(quoteStarting(r, "الحرس كان").speaker()).hasValue("متعب بن عبدالله");
    }

    @Test
    void aBodysNameEndsBeforeForTheFirstTime() {
        Extraction r = extract("""
                اعترفت منظمة الصحة العالمية للمرة الأولى بألعاب الفيديو كإدمان في قائمتها الجديدة.

                وقالت المنظمة إن الجدل العلمي ما زال دائرا بشأن المسألة كلها.""");
        assertThat(r.entities()).extracting(dev.marsad.model.Entity::text).doesNotContain("منظمة الصحة العالمية للمرة الأولى");
        assertThat(quoteStarting(r, "الجدل العلمي").speaker()).hasValue("منظمة الصحة العالمية");
    }

    @Test
    void aOneWordNameEndsBeforeOnTheEveOf() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقد أعد المدرب الأرجنتيني جورج سامباولي تشكيلة أساسية جديدة للمواجهة الحاسمة.

                وأمام هذا الوضع، قال سامباولي عشية المباراة إن "بطولة كأس العالم تبدأ الثلاثاء للأرجنتين".

                وتابع المباراة أكثر من أربعين ألف متفرج في ملعب سان بطرسبورغ.""", "2026-12-04");
        // (تابع is a speech verb too: a word after it may be a surname said alone, but عشية between is no middle name.)
        assertThat(quoteStarting(r, "بطولة كأس").speaker()).hasValue("جورج سامباولي");
    }

    @Test
    void aTitleWithoutTheArticleAfterARankOpensNoName() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وأوضح الناطق الإعلامي باسم شرطة المنطقة العقيد دكتور سالم بن عطية الزهراني أن الجناة قبض عليهم خلال ساعات.""",
                "2026-12-04");
        assertThat(quoteStarting(r, "الجناة قبض").speaker()).hasValue("سالم بن عطية الزهراني");
    }
}
