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

    @Test
    void anOpeningMarkWrittenTwiceClosesWhatItOpened() {
        // Stop 47 (quotes-fresh12): “مليون م2 “ with no ” in the paragraph; the clause after it was swallowed.
        Extraction r = extract("من جانبه أوضح رئيس البلدية المهندس محمد الزهراني، أن مخططا حديثا شهد أمس إزالة تعديات بمساحة وصلت إلى "
                + "“مليون م2 “، لافتا إلى أن هذه المرة الثانية التي يتم فيها رصد التعديات بنطاق البلدية.");
        assertThat(quoteStarting(r, "هذه المرة الثانية").speaker()).hasValue("محمد الزهراني");
        // A “ nested before a ” is read as before: the outer quotation keeps its words up to the ”.
        Extraction nested = extract("وجاءت تغريدة له نصت على قوله: “لا تكره نفسك على أكل ما لا تشتهي مجاملة لأحد فقد قدم الطعام وقال: “أجدني أعافه”. ثم عاد.");
        assertThat(nested.quotes()).extracting(dev.marsad.model.Quote::text).anyMatch(t -> t.startsWith("لا تكره نفسك"));
    }

    @Test
    void aVerbRightAfterASpeechVerbsColonIsTheFirstOfItsWords() {
        // Stop 47 (quotes-fresh12): وقال: تضمنت …, تضمنت a speech verb too, left the colon nothing to open.
        Extraction r = extract("وقال: تضمنت عمليات إحباط التعديات سورين من البلك وسورا بطول 300 متر.");
        assertThat(quoteStarting(r, "تضمنت عمليات").text()).contains("سورين من البلك");
        // A verb after the colon with its own بأن still reports on its own (وزاد البيان: وأكد الاتحاد بأن).
        Extraction own = extract("وزاد بيان الاتحاد: وأكد الاتحاد السعودي في تعميمه بأن هذه العقوبات ستكون دون سابق إنذار.");
        assertThat(quoteStarting(own, "هذه العقوبات").speaker()).hasValue("الاتحاد السعودي");
    }
}
