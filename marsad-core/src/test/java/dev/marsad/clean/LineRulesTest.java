package dev.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanPage;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.Role;
import dev.marsad.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per line rule, with lines as outlets write them (not the golden files' exact strings). */
class LineRulesTest {
    private static LineKind kind(String line) {
        return LineClassifier.classify(line, 0).kind();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "اقرأ أيضا:|SEPARATOR", "إقرأ أيضاً: مقتل ثلاثة في حادث سير|SEPARATOR", "مواضيع ذات صلة|SEPARATOR",
        "الأكثر قراءة|SEPARATOR", "المصدر: وكالات|SOURCE", "مصدر الخبر : الجزيرة نت|SOURCE",
        "كلمات دلالية: غزة، مصر|TAGS", "الوسوم|TAGS", "زر الذهاب إلى الأعلى|FURNITURE",
        "شارك هذا المقال|FURNITURE", "جميع الحقوق محفوظة © 2024|FURNITURE", "تابعونا على تيليجرام|FURNITURE",
        "وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.|SENTENCE",
        "- جولة بالقطار المضاد للرصاص -|SHORT", "تقاريرسلايدر|SHORT"})
    void classifiesLinesByCueAndShape(String line, LineKind expected) {
        assertThat(kind(line)).isEqualTo(expected);
    }

    @Test
    void longLineWithoutFinalPunctuationIsProse() {
        assertThat(kind("وتأتي القمة في وقت تمتلك فيه كل من روسيا وكوريا الشمالية أشياء تريدها الدولة الأخرى وفقا لمحللين"))
                .isEqualTo(LineKind.SENTENCE);
    }

    @Test
    void linkHeavyLineIsFurniture() {
        assertThat(LineClassifier.classify("خبر عاجل عن الاقتصاد العالمي اليوم.", 0.9).kind()).isEqualTo(LineKind.FURNITURE);
    }

    @Test
    void stripsNoBreakAndZeroWidthSpaces() {
        assertThat(LineClassifier.classify("\u00A0 \u200F", 0).kind()).isEqualTo(LineKind.BLANK);
    }

    @Test
    void splitsCaptionAndDatelineOffFirstParagraph() {
        DatelineSplitter.Parts parts = DatelineSplitter.split(
                "صورة للرئيس خلال المؤتمر الصحفي في القصر (رويترز)  القاهرة: قال الرئيس المصري اليوم إن بلاده تدعم الحل.");
        assertThat(parts.caption()).hasValue("صورة للرئيس خلال المؤتمر الصحفي في القصر (رويترز)");
        assertThat(parts.dateline()).hasValue("القاهرة");
        assertThat(parts.body()).startsWith("قال الرئيس المصري");
    }

    @Test
    void readsDatelineWithAgencyInParentheses() {
        DatelineSplitter.Parts parts = DatelineSplitter.split("بيروت (أ ف ب) - أعلن الجيش اللبناني اليوم انتشار وحداته في الجنوب.");
        assertThat(parts.dateline()).hasValue("بيروت");
        assertThat(parts.agency()).hasValue("أ ف ب");
        assertThat(parts.body()).startsWith("أعلن الجيش");
    }

    @Test
    void doesNotTakeASpeakerForADateline() {
        DatelineSplitter.Parts parts = DatelineSplitter.split("وقال بوتين: نرى إمكانيات كبيرة للتعاون بين البلدين.");
        assertThat(parts.dateline()).isEmpty();
        assertThat(parts.body()).startsWith("وقال بوتين");
    }

    @Test
    void readsAgencyThenOutletByline() {
        List<String> removed = new ArrayList<>();
        ArticleMetadata meta = HeaderReader.read(List.of(LineClassifier.classify("رويترز - سكاي نيوز عربية", 0)),
                ArticleMetadata.EMPTY, removed);
        assertThat(meta.agency()).hasValue("رويترز");
        assertThat(meta.outlet()).hasValue("سكاي نيوز عربية");
    }

    @Test
    void readsPlaceThenAgencyLineAsDateline() {
        ArticleMetadata meta = HeaderReader.read(List.of(LineClassifier.classify("عمان - بترا", 0)), ArticleMetadata.EMPTY,
                new ArrayList<>());
        assertThat(meta.agency()).hasValue("بترا");
        assertThat(meta.dateline()).hasValue("عمان");
        assertThat(meta.outlet()).isEmpty();
    }

    @Test
    void readsDateLineWithWeekdayAndTime() {
        ArticleMetadata meta = HeaderReader.read(List.of(LineClassifier.classify("آخر تحديث: الاثنين 2 أكتوبر 2023 - 14:05 بتوقيت مكة", 0)),
                ArticleMetadata.EMPTY, new ArrayList<>());
        assertThat(meta.published()).hasValue("2023-10-02");
    }

    @Test
    void sourceLineNamingAnOutletSetsOutlet() {
        ArticleMetadata meta = HeaderReader.sourceLine(LineClassifier.classify("المصدر: الشرق الأوسط", 0), ArticleMetadata.EMPTY);
        assertThat(meta.outlet()).hasValue("الشرق الأوسط");
        assertThat(meta.agency()).isEmpty();
    }

    @Test
    void subscriptionPromptOpeningWithFurnitureCueIsFurniture() {
        assertThat(kind("اشترك في القائمة البريدية ليصلك ملخص الأخبار كل صباح")).isEqualTo(LineKind.FURNITURE);
        // The same opening word in a reported sentence stays prose.
        assertThat(kind("شارك آلاف المحتجين في مسيرة وسط العاصمة للمطالبة بالإصلاحات.")).isEqualTo(LineKind.SENTENCE);
    }

    @Test
    void readsPlaceAndSpacedDashAsDateline() {
        DatelineSplitter.Parts parts = DatelineSplitter.split("تونس - أعلنت الهيئة العليا للانتخابات اليوم موعد الاقتراع البلدي.");
        assertThat(parts.dateline()).hasValue("تونس");
        assertThat(parts.agency()).isEmpty();
        assertThat(parts.body()).startsWith("أعلنت الهيئة");
    }

    @Test
    void conjunctionOpensAContinuationButNotARootWaw() {
        assertThat(Cues.opensWithConjunction("وأشار المسؤول إلى أن العمل سيستمر.")).isTrue();
        assertThat(Cues.opensWithConjunction("فيما رفضت المعارضة المشاركة.")).isTrue();
        assertThat(Cues.opensWithConjunction("وزير الخارجية يصل إلى عمان في زيارة رسمية.")).isFalse();
        assertThat(Cues.opensWithConjunction("أعلن الجيش انتشار وحداته.")).isFalse();
    }

    @Test
    void articleGoesOnAfterAWatchAlsoBoxInsideIt() {
        String page = "عنوان الخبر الرئيسي عن الانتخابات\n"
                + "أعلنت اللجنة المركزية للانتخابات في عمّان اليوم النتائج الأولية للاقتراع البلدي في المحافظات كافة.\n"
                + "شاهد أيضا\n"
                + "فيديو | طوابير أمام مراكز الاقتراع\n"
                + "وقالت اللجنة إن نسبة المشاركة بلغت ثلاثين في المئة، وهي أعلى من الدورة السابقة بقليل.\n";
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("p", page, DocumentFormat.PLAIN_TEXT));
        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.text()).contains("وقالت اللجنة"));
        assertThat(result.removed()).containsSubsequence("شاهد أيضا", "فيديو | طوابير أمام مراكز الاقتراع");
    }

    @Test
    void pastedArticleAfterReadAlsoIsAppendedWhenItsLeadIsNoContinuation() {
        String page = "عنوان الخبر الرئيسي عن الانتخابات\n"
                + "أعلنت اللجنة المركزية للانتخابات في عمّان اليوم النتائج الأولية للاقتراع البلدي في المحافظات كافة.\n"
                + "اقرأ أيضا\n"
                + "الأمن العام يحذر من حالة عدم استقرار جوي\n"
                + "حذرت مديرية الأمن العام المواطنين من حالة عدم الاستقرار الجوي المتوقعة خلال الأيام المقبلة وتشكل السيول.\n"
                + "ودعت المديرية السائقين إلى تخفيف السرعة وعدم الاقتراب من مجاري الأودية والمناطق المنخفضة.\n"
                + "وأكدت أن فرق الدفاع المدني في حالة جاهزية تامة للتعامل مع أي طارئ على مدار الساعة.\n";
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("p", page, DocumentFormat.PLAIN_TEXT));
        assertThat(result.articles()).hasSize(2);
        assertThat(result.articles().get(1).role()).isEqualTo(Role.APPENDED);
        assertThat(result.articles().get(1).metadata().title()).hasValue("الأمن العام يحذر من حالة عدم استقرار جوي");
        assertThat(result.articles().get(0).text()).doesNotContain("حذرت");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Home > News > UAE;true", "الرئيسية » أخبار » عربي ودولي;true",
        "أخبار › اقتصاد › أسواق;true", "فيديو | طوابير أمام مراكز الاقتراع;false",
        "الدولار > 50 جنيها في السوق الموازية للمرة الأولى منذ أشهر;false"})
    void crumbTrailIsNavigation(String line, boolean crumb) {
        assertThat(LineClassifier.isCrumbTrail(line)).isEqualTo(crumb);
    }

    @Test
    void questionHeadlineFollowedByBylineAndDateIsHeader() {
        String page = "هل ينجح الحوار الوطني في تجاوز الأزمة الاقتصادية؟\n"
                + "بقلم: سامي العلي\n"
                + "12 مايو 2023\n"
                + "يعيش البلد منذ أشهر أزمة اقتصادية خانقة انعكست على حياة الناس اليومية وأسعار السلع الأساسية.\n";
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("p", page, DocumentFormat.PLAIN_TEXT));
        assertThat(result.articles().get(0).metadata().title()).hasValue("هل ينجح الحوار الوطني في تجاوز الأزمة الاقتصادية؟");
        assertThat(result.articles().get(0).metadata().published()).hasValue("2023-05-12");
        assertThat(result.articles().get(0).text()).startsWith("يعيش البلد");
        assertThat(result.removed()).contains("بقلم: سامي العلي");
    }

    @Test
    void loneWireCreditAfterBodyNamesTheAgency() {
        String page = "عنوان الخبر عن السدود\n"
                + "ارتفعت نسبة امتلاء السدود إلى ثلاثين بالمائة بعد الأمطار الأخيرة وفق المرصد الوطني للفلاحة.\n"
                + "(وات)\n";
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("p", page, DocumentFormat.PLAIN_TEXT));
        assertThat(result.articles().get(0).metadata().agency()).hasValue("وات");
        assertThat(result.articles().get(0).text()).doesNotContain("(وات)");
    }

    @Test
    void emptyPageGivesOneEmptyMainArticle() {
        CleanPage page = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("e", "", DocumentFormat.PLAIN_TEXT));
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(Role.MAIN);
            assertThat(a.text()).isEmpty();
        });
    }

    @Test
    void shortTeaserAfterReadAlsoIsNotAnArticle() {
        String page = "عنوان الخبر الرئيسي هنا اليوم\n"
                + "قال مسؤولون إن المحادثات ستستمر حتى نهاية الأسبوع في العاصمة القطرية الدوحة.\n"
                + "وأضافوا أن الوفود قدمت مقترحات جديدة للتهدئة خلال الجلسة الأخيرة من المفاوضات.\n"
                + "اقرأ أيضا\n"
                + "عنوان آخر\n"
                + "سطر تشويقي قصير من خبر آخر ينتهي بنقطة.\n";
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("p", page, DocumentFormat.PLAIN_TEXT));
        assertThat(result.articles()).hasSize(1);
        assertThat(result.removed()).contains("عنوان آخر", "سطر تشويقي قصير من خبر آخر ينتهي بنقطة.");
    }

    @Test
    void feedHintsFillWhatThePageDoesNotSay() {
        ArticleMetadata hints = ArticleMetadata.EMPTY.withPublished(Optional.of("2024-01-02")).withOutlet(Optional.of("الجزيرة"));
        String page = "عنوان الخبر\nقال مسؤولون إن المحادثات ستستمر حتى نهاية الأسبوع في العاصمة القطرية الدوحة.\n";
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("p", page, DocumentFormat.PLAIN_TEXT, hints));
        assertThat(result.articles().get(0).metadata().published()).hasValue("2024-01-02");
        assertThat(result.articles().get(0).metadata().outlet()).hasValue("الجزيرة");
    }

    @Property(tries = 200)
    void neverThrowsAndNeverInventsText(@ForAll String any) {
        CleanPage page = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("r", any, DocumentFormat.PLAIN_TEXT));
        assertThat(page.articles()).isNotEmpty();
        page.articles().forEach(a -> assertThat(a.text().length()).isLessThanOrEqualTo(any.length() + 2 * any.split("\\R").length));
    }

    @Property(tries = 100)
    void htmlNeverThrows(@ForAll String any) {
        CleanPage page = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument("r", "<html><body><p>" + any + "</p>", DocumentFormat.HTML));
        assertThat(page.articles()).isNotEmpty();
    }
}
