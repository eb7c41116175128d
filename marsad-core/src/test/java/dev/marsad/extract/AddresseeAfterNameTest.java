package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The one spoken to, written with ل right after the speaker's name (stop 40 survey): the tagger runs the name on
 * over it, and it must not become part of the speaker. Sentences written for the test, through the committed model.
 */
class AddresseeAfterNameTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void aDefiniteWordWithLamAfterAPersonIsTheAddressee() {
        Extraction r = extract("""
                وبعث وزير النفط الكويتي علي العمير رسالة إلى نظيره السعودي بشأن الحقول المشتركة.

                وقال العمير للنعيمي إن الحكومة الكويتية لا تقبل استمرار هذا الوضع.""");
        assertThat(quoteStarting(r, "الحكومة الكويتية").speaker()).hasValue("علي العمير");
    }
}
