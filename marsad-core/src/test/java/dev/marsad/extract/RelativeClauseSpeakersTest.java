package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A speech verb right after الذي/التي speaks for the one named before the pronoun (sentences written for this test). */
class RelativeClauseSpeakersTest {
    private static Optional<String> speakerOf(String text, String start) {
        return ExtractTestSupport.speakerOf(ExtractTestSupport.extractWithModel(text, "2018-10-04"), start);
    }

    @Test
    void thePersonNamedBeforeAlladhi() {
        assertThat(speakerOf("""
                زار وفد برلماني العاصمة الإيطالية. وعقد الوفد لقاء مع وزير الخارجية الإيطالي إنزو موافيرو ميلانيزي الذي أوضح أن بلاده تدعم الحوار بين الأطراف.""",
                "بلاده تدعم الحوار")).contains("إنزو موافيرو ميلانيزي");
    }

    @Test
    void anAgencyNamedInAPluralRelativeClauseAfterTheSubjectIsNotTheSpeaker() {
        // بعض المهاجرين الذين تحدثت إليهم الوكالة: the migrants speak, unnamed (survey, stop 32).
        assertThat(speakerOf("""
                وأوضح بعض المهاجرين الذين تحدثت إليهم وكالة "أسوشيتد برس"، أن الشرطة كانت تجمعهم بالمئات في وقت واحد.""",
                "الشرطة كانت تجمعهم")).isEmpty();
    }

    @Test
    void theWomanNamedBeforeWallati() {
        assertThat(speakerOf("""
                نفت الشركة الاتهامات التي وجهتها لها موظفة سابقة تدعى سارة جونسون، والتي قالت إنها تعرضت للتمييز في العمل.""",
                "تعرضت للتمييز")).contains("سارة جونسون");
    }

    @Test
    void aCompanyIsNoAntecedentOfTheMasculinePronoun() {
        assertThat(speakerOf("""
                يتطلع رجل الأعمال الأمريكي جيف بيزوس مؤسس شركة بلو أوريجن (للفضاء) الذي قال إنه سيرسل بشرا إلى القمر.""",
                "سيرسل بشرا")).isNotEqualTo(Optional.of("بلو أوريجن"));
    }

    @Test
    void aCompanyThatDoesNotAgreeCompletesTheTitleOfThePersonBeforeIt() {
        assertThat(speakerOf("""
                وقال الملياردير يوري ميلنر إن المشروع سيستمر عشر سنوات. بذلك ينضم ميلنر -وهو عالم فيزياء في الأساس- الى كثيرين من المستثمرين ممن يهتمون بمجال الفضاء منهم ايلون ماسك مؤسس شركة سبيس إكسبلوريشن تكنولوجيز (سبيس إكس) الذي قال إنه يود استعمار المريخ يوما ما.""",
                "يود استعمار")).contains("ايلون ماسك");
    }

    @Test
    void aReportOfABodyTakesTheMasculinePronounForTheBody() {
        assertThat(speakerOf("""
                وقال متعاملون إن تقرير وكالة الطاقة الدولية الذي قال إن الطلب العالمي على النفط سيتراجع دفع الأسعار إلى الانخفاض.""",
                "الطلب العالمي")).contains("وكالة الطاقة الدولية");
    }

    @Test
    void aPersonAMosqueIsNamedAfterIsNotTheSpeaker() {
        assertThat(speakerOf("""
                قال مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ إن هذه الفئة شذت عن الأمة. جاء ذلك في خطبة الجمعة التي ألقاها سماحته في جامع الإمام تركي بن عبدالله، مبينا فيها أن هذه الفئة كفرت المسلمين واستباحت دماءهم.""",
                "هذه الفئة كفرت")).contains("عبدالعزيز بن عبدالله آل الشيخ");
    }

    @Test
    void aSingularRelativeSetOffByCommasDescribesTheSubject() {
        // Stop 45 (quotes-fresh10): the name inside the clause is not who speaks.
        dev.marsad.model.Extraction r = ExtractTestSupport.extractWithModel(
                "وقالت رئيسة الحكومة البريطانية، التي تتهم روسيا بتسميم العميل السابق سيرغي سكريبال، إن على المجموعة أن تتأكد من تغير سلوك موسكو.", "2018-06-09");
        assertThat(ExtractTestSupport.quoteStarting(r, "على المجموعة").speaker().orElse("")).doesNotContain("سكريبال");
    }
}
