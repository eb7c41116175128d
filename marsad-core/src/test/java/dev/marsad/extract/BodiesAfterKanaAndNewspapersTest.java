package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Speakers the stop-42 probes found unnamed or wrong: a body without a proper name after كان (وكانت الشرطة قالت),
 * a newspaper taken up as الصحيفة (with its media noun, stop 44; also after لصحيفة, لشركة), a body after لكن (stop 44), a head noun in marks (وأوضحت "الهيئة"), an outlet named again without its noun (stop 45), and the latest of two bodies a head noun may refer back to. Sentences written for
 * the test.
 */
class BodiesAfterKanaAndNewspapersTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2026-12-05");
    }

    @Test
    void aBodyAfterKanaSpeaksWithOrWithoutQad() {
        Extraction r = extract("""
                وكانت الشرطة أعلنت أن سائق الشاحنة فر من مكان الحادث قبل وصول الدوريات. وكان الجيش قد قال إن وحداته أغلقت الطرق المؤدية إلى المدينة منذ الفجر.""");
        assertThat(quoteStarting(r, "سائق الشاحنة").speaker()).hasValue("الشرطة");
        assertThat(quoteStarting(r, "وحداته أغلقت").speaker()).hasValue("الجيش");
    }

    @Test
    void aVerbGoingOnAfterKanasOwnVerbIsTheSameSubjects() {
        Extraction r = extract("""
                تختبر شركة "سامسونج" الكورية خاصية جديدة للتعرف على الوجه في هواتفها. وكانت الشركة قد أعلنت عن الخطوة في نهاية الأسبوع، وقالت إن التجربة ستكون مقصورة في البداية على آلاف المستخدمين الجدد.""");
        assertThat(quoteStarting(r, "التجربة ستكون").speaker()).hasValue("سامسونج");
    }

    @Test
    void theNewspaperIsTheOneNamedLast() {
        Extraction r = extract("""
                ونقلت صحيفة الشروق المصرية عن مصادر حكومية أن المفاوضات متعثرة. أما صحيفة "فاينانشال تايمز" البريطانية فاهتمت بأسعار النفط. وقالت الصحيفة إن الأسعار قد تتجاوز مئة دولار قبل نهاية العام.""");
        // Named with its media noun, as the labels name outlets (stop 44; it had been the tagger's name alone).
        assertThat(quoteStarting(r, "الأسعار قد").speaker()).hasValue("صحيفة فاينانشال تايمز");
    }

    @Test
    void aNewspaperMetAsAPublisherIsTakenUpWithItsNoun() {
        Extraction r = extract("""
                وفي المذكرة التي نشرتها صحيفة "نيويورك تايمز" يوم السبت تفاصيل كثيرة عن التحقيق. وذكرت الصحيفة أن المذكرة المؤلفة من عشرين صفحة موجهة إلى المحقق الخاص.""");
        assertThat(quoteStarting(r, "المذكرة المؤلفة").speaker()).hasValue("صحيفة نيويورك تايمز");
    }

    @Test
    void aHeadNounInMarksRefersBackAsWithoutThem() {
        Extraction r = extract("""
                أعلنت الهيئة العامة للطيران المدني تعليق الرحلات إلى المطار الشمالي. وأوضحت "الهيئة" أن القرار سيراجع خلال أسبوع بعد تقييم الأضرار.""");
        assertThat(quoteStarting(r, "القرار سيراجع").speaker()).hasValue("الهيئة العامة للطيران المدني");
    }

    @Test
    void aBodyAfterLakinIsTheLaterVerbsSubject() {
        Extraction r = extract("""
                قالت الشرطة الألمانية اليوم السبت إن ثلاثين راكبا تلقوا العلاج في المستشفى بعد هبوط الطائرة.

                وذكرت شركة الطيران أن رحلة ستقلع اليوم إلى المدينة لكن الشرطة قالت إن بعض الركاب قرروا عدم استكمال رحلتهم.""");
        assertThat(quoteStarting(r, "بعض الركاب").speaker()).hasValue("الشرطة الألمانية");
    }

    @Test
    void aBodyMetAfterItsNounWithLamIsTakenUpByTheNoun() {
        Extraction company = extract("""
                قالت الشرطة الألمانية إن ثلاثين راكبا في طائرة تابعة لشركة "ريان إير" تلقوا علاجا في المستشفى.

                وقالت الشركة إن الطائرة هبطت بصورة طبيعية ونزل منها الركاب.""");
        assertThat(quoteStarting(company, "الطائرة هبطت").speaker()).hasValue("ريان إير");
        Extraction paper = extract("""
                والتقى المستشار وزير المالية في نيويورك، وفقا لصحيفة "واشنطن بوست" الأمريكية.

                وحسب الصحيفة، فإن اللقاء جرى بعد ثلاثة أشهر من تنصيب الرئيس في البيت الأبيض.""");
        assertThat(quoteStarting(paper, "اللقاء جرى").speaker()).hasValue("صحيفة واشنطن بوست");
    }

    @Test
    void anOutletNamedAgainWithoutItsNounKeepsTheNounTheArticleGaveIt() {
        // The labels name an outlet as the article names it most fully (stop 45, quotes-fresh10); not موقع, which
        // before a body is its website.
        Extraction r = extract("""
                كشفت صحيفة "صنداي تايمز" البريطانية أن عامل إغاثة أرغم نساء على تقديم صور مقابل المساعدات. وتلقت الهيئة مئات التقارير هذا العام. وذكرت "صنداي تايمز" أن أغلب النساء أرامل فقدن أزواجهن في الحرب.""");
        assertThat(quoteStarting(r, "أغلب النساء").speaker()).hasValue("صحيفة صنداي تايمز");
        Extraction site = extract("""
                ونشر موقع البنك المركزي المصري أرقام الاحتياطي أمس. وقال البنك المركزي المصري إن الاحتياطات انخفضت في يوليو إلى أدنى مستوى لها منذ عام.""");
        assertThat(quoteStarting(site, "الاحتياطات انخفضت").speaker()).hasValue("البنك المركزي المصري");
    }
}
