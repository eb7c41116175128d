package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/** Titles that refer back to a person the article introduced with them. */
class RoleAnaphoraTest {

    private static final Speaker FIDAN = new Speaker("هاكان فيدان", "person:hakan-fidan");

    @Test
    void aTitleInConstructWrittenWordForWordBeforeTheNameRefersToHim() {
        String text = "أكد نائب رئيس الوزراء التركي هاكان فيدان أن بلاده تسعى للتعاون. ورأى نائب رئيس الوزراء التركي أن";
        RoleAnaphora roles = new RoleAnaphora(text);
        assertThat(roles.refersTo(ArabicNormalizer.fold("نائب رئيس الوزراء التركي"), FIDAN, text.lastIndexOf("ورأى"))).isTrue();
    }

    @Test
    void aTitleThatItselfOpensWithWawIsComparedAsWrittenToo() {
        // وزير begins with و: stripping it from the article's word would leave زير, which matches nothing.
        String text = "أكد وزير الخارجية التركي هاكان فيدان أن بلاده تسعى للتعاون. ورأى وزير الخارجية التركي أن";
        RoleAnaphora roles = new RoleAnaphora(text);
        assertThat(roles.refersTo(ArabicNormalizer.fold("وزير الخارجية التركي"), FIDAN, text.lastIndexOf("ورأى"))).isTrue();
        // ووزير: the و of "and" before the title is still left out.
        String joined = "وصل رئيس الوفد ووزير الخارجية التركي هاكان فيدان إلى الخرطوم. ورأى وزير الخارجية التركي أن";
        assertThat(new RoleAnaphora(joined).refersTo(ArabicNormalizer.fold("وزير الخارجية التركي"), FIDAN, joined.lastIndexOf("ورأى")))
                .isTrue();
    }

    @Test
    void anotherCountrysTitleDoesNotReferToHim() {
        String text = "أكد وزير الخارجية التركي هاكان فيدان أن بلاده تسعى للتعاون. ورأى وزير الخارجية الروسي أن";
        RoleAnaphora roles = new RoleAnaphora(text);
        assertThat(roles.refersTo(ArabicNormalizer.fold("وزير الخارجية الروسي"), FIDAN, text.lastIndexOf("ورأى"))).isFalse();
    }

    @Test
    void theSpokesmanAfterAnotherPersonSpokeIsTheOneIntroducedAsSpokesman() {
        // Stop 40: وأضاف المتحدث أن after the minister spoke went to the minister.
        var r = ExtractTestSupport.extractWithModel("""
                وصرح السفير بدر عبد العاطي، المتحدث الرسمي باسم الخارجية المصرية، أن اللقاء تناول العلاقات الثنائية.

                وأشار الوزير سامح شكري إلى أن مصر استعادت دورها في المنطقة.

                وأضاف المتحدث أن وزير الخارجية أكد أهمية التنسيق مع دول الخليج.""", "2026-12-05");
        assertThat(ExtractTestSupport.quoteStarting(r, "وزير الخارجية أكد").speaker()).hasValue("بدر عبد العاطي");
    }

    @Test
    void aDeputysTitleWrittenWithoutGeneralIsTheOneItIntroduced() {
        // Stop 40: نائب مدير مطار عدن الدولي went to the airport (the tagger took مطار for a person's name).
        var r = ExtractTestSupport.extractWithModel("""
                وقال عبد الرقيب العمري، نائب مدير عام مطار عدن الدولي، إن العمل يسير بشكل متسارع.

                وقال وزير النقل بدر الخطيب إن الحكومة ستعمل على تشغيل المطار.

                وأوضح نائب مدير مطار عدن الدولي أن هناك تنسيقا مع الأردن.""", "2026-12-05");
        assertThat(ExtractTestSupport.quoteStarting(r, "هناك تنسيقا").speaker()).hasValue("عبد الرقيب العمري");
    }
}
