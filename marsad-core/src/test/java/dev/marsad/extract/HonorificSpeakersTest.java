package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Honorifics written with a pronoun (سموه، معاليه، فضيلته) refer back to the titled person just named: the quote is
 * theirs, and the honorific is no name (sentences written for this test, as analyze runs them).
 */
class HonorificSpeakersTest {
    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2015-08-09");
    }

    @Test
    void hisExcellencyAndHisEminenceSpeakOnForTheTitledPerson() {
        Extraction minister = extract("""
                قال وزير الصحة توفيق الربيعة إن المستشفيات جاهزة لاستقبال الحجاج.
                وأوضح معاليه أن الخطة تشمل تجهيز مئات الأسرة الإضافية هذا العام.""");
        assertThat(minister.quotes()).extracting(q -> q.speaker().orElse("")).containsExactly("توفيق الربيعة", "توفيق الربيعة");
        Extraction imam = extract("""
                قال الشيخ عبدالرحمن السديس إن الحرم يستقبل المصلين على مدار الساعة.
                وقال فضيلته: "إن الخدمات المقدمة للزوار تطورت كثيرا هذا العام".""");
        assertThat(imam.quotes()).extracting(q -> q.speaker().orElse("")).containsOnly("عبدالرحمن السديس");
        assertThat(imam.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .doesNotContain("فضيلته");
    }

    @Test
    void hisHighnessSpeaksOnForThePrince() {
        Extraction result = extract("""
                قال أمير المنطقة الأمير فيصل بن بندر إن موسم الأمطار كشف ضعف شبكات التصريف.
                وأكد سموه أن المقاولين المتأخرين سيحاسبون على كل تأخير.""");
        assertThat(result.quotes()).extracting(Quote::speaker).allSatisfy(s -> assertThat(s).hasValueSatisfying(
                n -> assertThat(n).contains("فيصل بن بندر")));
    }
}
