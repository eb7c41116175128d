package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * What words in quotation marks are and who put them there (issue 17, survey round of stop 36): acronyms, titles of
 * works and charges, marks that pair wrongly, a name in marks where the subject stands, an agency relaying words a
 * speech verb put in marks. Sentences written for the test.
 */
class QuoteMarksTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extract(text, "2026-12-04");
    }

    @Test
    void anAcronymSpeltInArabicLettersIsNoQuotation() {
        Extraction cited = extract("""
                وبحسب "إن بي سي" فإن المعلومات التي أوردها المسؤولون تنسف تصريحات الرئيس بعد القمة.""");
        assertThat(cited.quotes()).extracting(Quote::text).noneMatch(t -> t.startsWith("إن بي"));
        assertThat(quoteStarting(cited, "المعلومات التي").speaker()).hasValue("إن بي سي");
        Extraction agency = extract("""
                وقال مسؤول في وكالة الاستخبارات المركزية الأميركية "سي أي إيه": "هناك الكثير من الأمور التي نعرفها".""");
        assertThat(agency.quotes()).extracting(Quote::text).containsExactly("هناك الكثير من الأمور التي نعرفها");
    }

    @Test
    void theTitleOfASongOrAChargeInMarksIsNoQuotation() {
        Extraction song = extract("""
                وتمنى الموسيقار صاحب رائعة "ليلة لو باقي ليلة" لو كان هناك متسع من الوقت.""");
        assertThat(song.quotes()).isEmpty();
        Extraction charge = extract("""
                وكان القاضي قد وجه إليه الأسبوع الماضي بتهمة "اختلاس أموال عامة" في القضية.""");
        assertThat(charge.quotes()).isEmpty();
    }

    @Test
    void marksThatPairWronglyMakeNoQuotation() {
        // The first quotation is never closed: its closing mark opens «، وفق ما صرح به …».
        Extraction r = extract("""
                وقال أصحاب المبادرة إنها "تهدف إلى مساندة الجزائر في حربها. معبرين عن تضامنهم مع الجزائر التي "لم تبخل على تونس بالدعم في معركة الارهاب"، وفق ما صرح به أصحاب المبادرة. فقد كتبت صحيفة "البلد" الجزائرية مقالا تحت عنوان : "ساركوزي يعد الجزائر بخراب مثل ليبيا".""");
        assertThat(r.quotes()).extracting(Quote::text).noneMatch(t -> t.startsWith("،") || t.startsWith(".") || t.endsWith(":"));
    }

    @Test
    void aNameInMarksWhereTheSubjectStandsIsTheSpeaker() {
        Extraction r = extract("""
                وأوضحت "بلتون" في مذكرة بحثية أن انخفاض معدل التضخم يتفق مع توقعات المجموعة.

                وأضافت أن ارتفاع التضخم الشهري يرجع إلى زيادة الطلب في الأعياد.""");
        assertThat(quoteStarting(r, "انخفاض معدل").speaker()).hasValue("بلتون");
        assertThat(quoteStarting(r, "ارتفاع التضخم").speaker()).hasValue("بلتون");
        Extraction direct = extract("""
                وقال "ألبيرق" في تصريحاته التي نقلتها وكالة الأناضول: "في الآونة الأخيرة شاهدنا هجمات على اقتصادنا".""");
        assertThat(quoteStarting(direct, "في الآونة").speaker()).hasValue("ألبيرق");
    }

    @Test
    void anAgencyRelayingWordsASpeechVerbPutInMarksIsNotTheirSpeaker() {
        Extraction r = extract("""
                وقالت المتحدثة إيفا هاكه «قررنا إغلاق القبة بعد أن بلغت الحرارة خمسين درجة». وأضافت: «بالطبع قد يصبح الوضع خطيرا بالنسبة لمن لا يستطيعون تحمل الحرارة»، حسب «رويترز».""");
        Quote relayed = quoteStarting(r, "بالطبع قد يصبح");
        assertThat(relayed.direct()).isTrue();
        assertThat(relayed.speaker()).hasValue("إيفا هاكه");
        // Words in marks inside the agency's own sentence stay its report.
        Extraction own = extract("""
                ويتحصن المقاتلون في المدينة للدفاع عنها و"إن كانوا على الأرجح لن يتمكنوا من حمايتها"، وفق ما يقول مدير المرصد رامي عبد الرحمن.""");
        assertThat(quoteStarting(own, "ويتحصن المقاتلون").speaker()).hasValue("رامي عبد الرحمن");
    }

    @Test
    void oneOfThemNamesNobody() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقالت نساء كثيرات إنهن غيرن المعلومات الخاصة بهن على التطبيق.

                وكتبت إحداهن: "هذا ما أوصلنا إليه المجتمع في هذه الأيام".""", "2026-12-04");
        assertThat(r.entities()).extracting(dev.marsad.model.Entity::text).doesNotContain("إحداهن");
        assertThat(quoteStarting(r, "هذا ما أوصلنا").speaker()).satisfiesAnyOf(
                s -> assertThat(s).isEmpty(), s -> assertThat(s).hasValue(""));
    }

    @Test
    void aNameKeepsNoBracketTheWriterPutInsideIt() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال الدبلوماسي إنه يتوقع مواقف أمريكية أيضا، سواء من (الرئيس دونالد) ترامب أو من وزير خارجيته.""",
                "2026-12-04");
        assertThat(r.entities()).extracting(dev.marsad.model.Entity::text).noneMatch(t -> t.contains("(") || t.contains(")"));
    }
}
