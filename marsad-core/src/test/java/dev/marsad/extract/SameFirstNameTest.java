package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Two people of one first name in an article (stop 40 survey): the tagger finds only the first name of the second,
 * its key joins him to the first, and the surname written after it must not become a third word of the first's name.
 * Sentences written for the test.
 */
class SameFirstNameTest {

    @Test
    void aSurnameAfterASharedFirstNameNamesAnotherMan() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                أكد رئيس حزب القوات اللبنانية الدكتور سمير جعجع أن محاربة الإرهاب عسكريا لا تكفي وحدها.

                من جهته أعلن وزير الدفاع سمير مقبل أن الجيش سيتابع العمل على الحدود الشرقية كلها.""", "2026-12-05");
        assertThat(quoteStarting(r, "محاربة الإرهاب").speaker()).hasValue("سمير جعجع");
        assertThat(quoteStarting(r, "الجيش سيتابع").speaker()).hasValue("سمير مقبل");
    }
}
