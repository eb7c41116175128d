package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A source taken up again and a source relayed (issue 17, survey round of stop 38): "the same source" is the one
 * quoted before; whatever the verb, نقلا عن hands the words to the one after it; short words in marks after a
 * preposition of place or company are a name, also when a full stop stands inside them; unnamed sources loyal to a
 * person or serving his government are not that person. Sentences written for the test.
 */
class SameSourceAndRelayTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extract(text, "2026-12-04");
    }

    @Test
    void theSameSourceIsTheOneQuotedBefore() {
        Extraction r = extract("""
                قال المرصد السوري لحقوق الإنسان إن القصف المتواصل على ريف المدينة أوقع عشرات القتلى منذ الصباح.

                وأفاد المصدر نفسه بتصاعد الغارات مساء اليوم "التي نفذتها طائرات حربية على القرى الحدودية كلها".

                وأوضحت المصادر ذاتها أن فرق الإنقاذ لم تتمكن من الوصول إلى المناطق المنكوبة.""");
        assertThat(quoteStarting(r, "التي نفذتها").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
        assertThat(quoteStarting(r, "فرق الإنقاذ").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
    }

    @Test
    void anOutletRelayingThroughNaqlanAnGivesTheWordsToItsSource() {
        Extraction unnamed = extract("""
                وذكرت وكالة أنباء الأناضول نقلا عن مصادر أمنية مطلعة أن قوات الأمن داهمت عدة أماكن في المدينة فجر اليوم.""");
        assertThat(quoteStarting(unnamed, "قوات الأمن").speaker()).isEmpty();
        // A person citing sources still speaks himself.
        Extraction person = ExtractTestSupport.extractWithModel("""
                وقال المبعوث الأممي ستيفان دي ميستورا نقلا عن مصادر محلية إن الجيش ألقى عددا كبيرا من البراميل المتفجرة.""",
                "2026-12-04");
        assertThat(quoteStarting(person, "الجيش ألقى").speaker()).hasValue("ستيفان دي ميستورا");
    }

    @Test
    void shortWordsInMarksAfterAPrepositionOfPlaceOrCompanyAreAName() {
        Extraction r = extract("""
                وقال المحلل الاقتصادي سامر خليل، المحلل في «بي في إم أويل» في لندن: «تأثرت الأسعار بما أعلنه معهد البترول أمس».

                وأوضح في حوار مع "القناة الأولى" أن الطلب على النفط سيتراجع في الصيف المقبل.""");
        assertThat(r.quotes()).extracting(Quote::text)
                .noneMatch(t -> t.startsWith("بي في"))
                .noneMatch(t -> t.startsWith("القناة الأولى"));
        assertThat(quoteStarting(r, "تأثرت الأسعار").speaker()).hasValue("سامر خليل");
    }

    @Test
    void aFullStopInsideANameInMarksEndsNoSentenceForTheSpeaker() {
        Extraction r = extract("""
                وقال هاني عمارة، محلل اقتصادي أول لدى «أوزإس. فايننشال سرفيس» لـ«الصحيفة»: «التراجع الحاد الشهر الماضي جاء بسبب سداد الديون».""");
        assertThat(quoteStarting(r, "التراجع الحاد").speaker()).hasValue("هاني عمارة");
        assertThat(r.quotes()).extracting(Quote::text).noneMatch(t -> t.startsWith("أوزإس"));
    }

    @Test
    void unnamedSpeakersLoyalToOrServingAPersonAreNotThatPerson() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                قال سكان ومصادر موالية للرئيس اليمني عبد ربه منصور هادي إن المقاتلين استعادوا السيطرة على القاعدة الجوية.

                وقال اثنان من مسؤولي حكومة هادي لرويترز إنها ستطلب مساعدة عاجلة من الأمم المتحدة.""", "2026-12-04");
        assertThat(quoteStarting(r, "المقاتلين استعادوا").speaker()).isEmpty();
        assertThat(quoteStarting(r, "ستطلب مساعدة").speaker()).isEmpty();
        // A body's affiliation named before the official's own name leaves him named.
        Extraction named = ExtractTestSupport.extractWithModel("""
                وأعلن المسؤول الإعلامي لغرفة العمليات التابعة للجيش الليبي عبدالكريم صبرة، إن الجيش أحرز تقدما كبيرا على المحور الشرقي.""",
                "2026-12-04");
        assertThat(quoteStarting(named, "الجيش أحرز").speaker()).hasValueSatisfying(s -> assertThat(s).contains("صبرة"));
    }

    @Test
    void theStatementQuotedDirectlyIsTheLastSpeakers() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                قال مكتب الرئيس الفرنسي فرانسوا أولوند في بيان إن الرهينة أطلق سراحها وستعود إلى فرنسا خلال ساعات.

                وقال البيان دون أن يقدم أي تفاصيل: "مواطنتنا بخير وستلتقي أسرتها قريبا في باريس".""", "2026-12-04");
        assertThat(quoteStarting(r, "مواطنتنا بخير").speaker()).isEqualTo(quoteStarting(r, "الرهينة أطلق").speaker())
                .isNotEmpty();
    }

    @Test
    void anOutletNamedInBracketsAfterItsNounSpeaks() {
        Extraction r = extract("""
                قالت دورية (لانسيت) الطبية إن اللوائح الخاصة بسلامة إجراءات الوشم تميل إلى التساهل.""");
        assertThat(quoteStarting(r, "اللوائح الخاصة").speaker()).hasValue("دورية لانسيت");
    }
}
