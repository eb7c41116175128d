package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The given name علي, which folding writes as the preposition على, before a family name of relation. Sentences written
 * for the test.
 */
class AliWithFamilyNameTest {

    @Test
    void aliBeforeAFamilyNameIsAPerson() {
        assertThat(RuleSpans.at("وقال الناشط علي النعيمي إن", "علي", AliWithFamilyName::at)).containsExactly("PERSON:علي النعيمي");
        assertThat(RuleSpans.at("رئيس البلدية، علي الحجيري، مزاعم", "علي", AliWithFamilyName::at)).containsExactly("PERSON:علي الحجيري");
    }

    @Test
    void thePrepositionStaysOut() {
        // Spelt على, or spelt علي before a noun, a nationality or a common word ending in ي.
        assertThat(RuleSpans.at("وحصل على الدعم الفني", "على", AliWithFamilyName::at)).isEmpty();
        assertThat(RuleSpans.at("وحصل على الكرسي", "على", AliWithFamilyName::at)).isEmpty();
        assertThat(RuleSpans.at("وفرضت العقوبات علي الأرض", "علي", AliWithFamilyName::at)).isEmpty();
        assertThat(RuleSpans.at("وفاز اللاعب علي الإسباني في النهائي", "علي", AliWithFamilyName::at)).isEmpty();
        assertThat(RuleSpans.at("للمرة الثالثة علي التوالي", "علي", AliWithFamilyName::at)).isEmpty();
    }

    @Test
    void aMiddleNameIsLeftToTheWholeName() {
        assertThat(RuleSpans.at("وصلت التعليمات إلى محمد علي الحوثي، رئيس اللجنة", "علي", AliWithFamilyName::at)).isEmpty();
    }

    @Test
    void theSpeakerIsNamedInFull() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                فند رئيس بلدية عرسال، علي الحجيري، مزاعم الحزب عن تحقيق انتصارات في المنطقة، مشيرا إلى أن الحزب يبحث عن انتصارات وهمية يسوقها في وسائل الإعلام. وقال الصحافي علي الأتاسي إن المعارض تمكن من مغادرة البلاد بفضل ناشطين ساعدوه.""",
                "2026-12-05");
        assertThat(quoteStarting(r, "الحزب يبحث").speaker()).hasValue("علي الحجيري");
        assertThat(quoteStarting(r, "المعارض تمكن").speaker()).hasValue("علي الأتاسي");
    }
}
