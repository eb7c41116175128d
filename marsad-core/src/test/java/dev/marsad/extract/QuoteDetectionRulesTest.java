package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Detection rules read off the training parts' misses (quotes-dev development part, issue 17), each on sentences
 * written for the test.
 */
class QuoteDetectionRulesTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extract(text, "2026-12-02");
    }

    @Test
    void aPronounOnInnaCountsAsTheShortClausesSubject() {
        Extraction r = extract("ورفضت الحكومة الاتهامات وقالت إنها حملة لتشويهها.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(quoteStarting(r, "حملة لتشويهها").direct()).isFalse();
        // Without the pronoun two words are still too few to be a statement.
        assertThat(extract("وقال الوزير إن الوضع هادئ.").quotes()).isEmpty();
    }

    @Test
    void speculatingAndDescribingAsAreSpeech() {
        Extraction guessed = extract("وتكهن تقرير إخباري أن المفاوضات قد تستأنف قبل نهاية الشهر الجاري.");
        assertThat(guessed.quotes()).hasSize(1);
        assertThat(guessed.quotes().get(0).text()).startsWith("المفاوضات قد تستأنف");
        Extraction described = extract("غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون ضد الجماعة المسلحة في المنطقة.");
        assertThat(described.quotes()).hasSize(1);
        assertThat(described.quotes().get(0).text()).startsWith("مقاتلون ضد الجماعة");
        // A description with a noun object and no أن reports nothing.
        assertThat(extract("ووصفه الناس بالبطل الشجاع بعد إنقاذه الأطفال من الحريق.").quotes()).isEmpty();
    }

    @Test
    void aShortNameInMarksAfterAnOutletOrLamIsNoQuotation() {
        Extraction spokenTo = extract("""
                قالت مصادر عسكرية في غرفة العمليات لـ"سكاي نيوز عربية": "إن الجولة الثالثة من المفاوضات جرت في مدينة بصرى الشام".""");
        assertThat(spokenTo.quotes()).extracting(dev.marsad.model.Quote::text).noneMatch(t -> t.startsWith("سكاي"));
        assertThat(spokenTo.quotes()).extracting(dev.marsad.model.Quote::text).anyMatch(t -> t.contains("الجولة الثالثة"));
        Extraction adjective = extract("""
                وقالت الأم في تصريحات لمراسل التلفزيون الأسترالي «إيه بي سي»: «قفزت من على الأريكة وكنت أود أن أنطلق عبر الشاشة».""");
        assertThat(adjective.quotes()).extracting(dev.marsad.model.Quote::text).noneMatch(t -> t.startsWith("إيه بي"));
        Extraction soCalled = extract("""
                أعلن نائب رئيس ما يسمى "المجلس الرئاسي الليبي" استقالته، وقال إن الميليشيات تسيطر على المشهد الأمني.""");
        assertThat(soCalled.quotes()).extracting(dev.marsad.model.Quote::text).noneMatch(t -> t.startsWith("المجلس"));
        Extraction clitic = extract("""
                وأعلنت الشرطة أن عائلة مرتبطة بشبكة "جماعة أنصار الدولة" نفذت الهجمات على الكنائس الثلاث.""");
        assertThat(clitic.quotes()).extracting(dev.marsad.model.Quote::text).noneMatch(t -> t.startsWith("جماعة"));
    }
}
