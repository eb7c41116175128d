package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Bodies as speakers, named as the article names them in full (stop 41 survey): a ministry named once with وزارة and
 * then by its portfolio; a spokesperson of a body written with ل; a body's span the tagger ran on into the people
 * after it. Sentences written for the test.
 */
class BodiesNamedInFullTest {

    @Test
    void aMinistryNamedByItsPortfolioIsTheMinistry() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                واعتبرت وزارة الخارجية الصينية أن علاقات بكين مع طهران مشروعة.

                وقالت الخارجية الصينية في بيان، إن بكين تعارض العقوبات أحادية الجانب.""", "2026-12-05");
        assertThat(quoteStarting(r, "بكين تعارض").speaker()).hasValue("وزارة الخارجية الصينية");
    }

    @Test
    void aPortfolioNeverWrittenWithItsMinistryStaysAsWritten() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقالت الخارجية الصينية في بيان، إن بكين تعارض العقوبات أحادية الجانب.""", "2026-12-05");
        assertThat(quoteStarting(r, "بكين تعارض").speaker()).hasValue("الخارجية الصينية");
    }

    @Test
    void theSpokespersonOfABodyWrittenWithLamSpeaksForIt() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال المتحدث الرسمي لوزارة الصحة إن الحالات الجديدة في تراجع منذ أسبوع.

                وذكر الناطق الإعلامي لشرطة منطقة مكة أن الجاني قبض عليه بعد ساعات.""", "2026-12-05");
        assertThat(quoteStarting(r, "الحالات الجديدة").speaker()).hasValue("وزارة الصحة");
        assertThat(quoteStarting(r, "الجاني قبض").speaker()).hasValue("شرطة منطقة مكة");
    }

    @Test
    void aSpokespersonWhoToldAnOutletIsNotTheOutlet() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال المتحدث الرسمي لرويترز إن الحالات الجديدة في تراجع منذ أسبوع.""", "2026-12-05");
        assertThat(quoteStarting(r, "الحالات الجديدة").speaker()).isEmpty();
    }

    @Test
    void aBodysSpanRunIntoPeopleIsCutBackToTheBody() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                فرضت وزارة الخزانة الأميركية عقوبات على القطريين عبد اللطيف الكواري وسعد الكعبي.

                وتتهم وزارة الخزانة الأميركية الكواري والكعبي بدعم متطرفين، وقالت إن الكعبي جمع أموالا للتنظيم.""", "2026-12-05");
        assertThat(r.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("وزارة الخزانة الأميركية الكواري والكعبي"));
        assertThat(quoteStarting(r, "الكعبي جمع").speaker()).hasValue("وزارة الخزانة الأميركية");
    }
}
