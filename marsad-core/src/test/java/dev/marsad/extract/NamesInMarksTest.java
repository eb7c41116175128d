package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A person's name set off in quotation marks after the title, as outlets write foreign names (issue 17, survey
 * round of stop 39). Sentences written for the test.
 */
class NamesInMarksTest {

    @Test
    void aNameInMarksAfterATitleIsAPersonAndSpeaks() {
        Extraction r = ExtractTestSupport.extract("""
                بينما قال الرئيس الهندي "رام ناث كوفيند" إن "رحيلها حطم قلوب ملايين معجبيها".

                كما أعرب عمدة لندن «صديق خان» عن حزنه الشديد لوفاتها، وغرد: "استمتعت بلقاء أيقونة السينما الهندية".""", "2026-12-05");
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .contains("رام ناث كوفيند", "صديق خان");
        assertThat(quoteStarting(r, "رحيلها حطم").speaker()).hasValue("رام ناث كوفيند");
        assertThat(quoteStarting(r, "استمتعت بلقاء").speaker()).hasValue("صديق خان");
    }

    @Test
    void wordsInMarksWithTheArticleOrInLatinLettersAreNoName() {
        Extraction r = ExtractTestSupport.extract("""
                وقال المدرب "الفريق جاهز تماما" للمباراة المقبلة.

                وفاز النادي المسمى آنذاك "Madrid FC" بأول لقب في تاريخه.""", "2026-12-05");
        assertThat(r.entities()).extracting(Entity::text).doesNotContain("الفريق جاهز تماما", "Madrid FC");
    }
}
