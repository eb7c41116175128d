package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Which words of a cited source name it (stop 44, quotes-fresh9): a relative clause after the source is about it,
 * not its name, unless its verb takes the source as object (the one who issued, announced or runs it); a statement
 * cited with وفقا للبيان is the last speaker's; a verb after حسبما cites where an earlier verb's words were read.
 * Sentences written for the test.
 */
class CitedSourceWordsTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void aNameInTheSourcesRelativeClauseIsNoSpeaker() {
        Extraction r = extract("""
                وبحسب صحيفة الشرق الأوسط التي التقت مراسلتها الوزير أحمد سالم، فإن الحكومة ستعلن خطة جديدة الأسبوع المقبل.""");
        assertThat(quoteStarting(r, "الحكومة ستعلن").speaker()).hasValue("صحيفة الشرق الأوسط");
    }

    @Test
    void theOneWhoIssuedOrAnnouncedTheSourceStillSpeaks() {
        Extraction issued = extract("""
                ووفقا للبيان الذي أصدرته وزارة الداخلية، فإن الشرطة اعتقلت خمسة أشخاص في المدينة.""");
        assertThat(quoteStarting(issued, "الشرطة اعتقلت").speaker()).hasValue("وزارة الداخلية");
        Extraction announced = extract("""
                وحل الحزب في المرتبة الأولى في العاصمة، وفق ما أظهرت النتائج الرسمية التي أعلنتها الهيئة العليا المستقلة للانتخابات أمس.""");
        assertThat(quoteStarting(announced, "وحل الحزب").speaker()).hasValue("الهيئة العليا المستقلة للانتخابات");
    }

    @Test
    void theStatementCitedIsTheLastSpeakers() {
        Extraction r = extract("""
                وقال وزير الري المصري حسام الدين مغازي في بيان تلاه في مؤتمر صحافي إن الاجتماع نجح في التوصل إلى توافق.

                ووفقا للبيان فإن الوزراء اتفقوا على خريطة طريق تتضمن الاتفاق على العروض المحدثة.""");
        assertThat(quoteStarting(r, "الوزراء اتفقوا").speaker()).hasValue("حسام الدين مغازي");
    }

    @Test
    void aVerbAfterHasbamaCitesWhereTheEarlierVerbsWordsWereRead() {
        Extraction r = extract("""
                أمرت النيابة بتمديد حبس المتهمين خمسة عشر يوما. وأشارت مصادر حسبما أوردت صحيفة "عكاظ"، إلى أنه سيتم استدعاء عدد آخر من الشباب المتهمين في القضية.""");
        // The sources, unnamed, speak; not the paper that printed their words.
        assertThat(quoteStarting(r, "سيتم استدعاء").speaker()).satisfiesAnyOf(
                s -> assertThat(s).isEmpty(), s -> assertThat(s).hasValue(""));
    }
}
