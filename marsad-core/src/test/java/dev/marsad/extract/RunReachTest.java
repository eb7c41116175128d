package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which people of the run a single word of an article may reach, on articles written for this test run one after
 * another as analyze runs a folder: those the article names in full, and the run's recurring figures; never someone
 * met once in another article.
 */
class RunReachTest {
    private static final String YEMEN = """
            قال المتحدث باسم المقاومة في تعز العميد سمير الحاج إن الميليشيات فجرت مواقع للغاز في المدينة.
            وأضاف الحاج أن المقاومة تتقدم في عدة جبهات.""";
    private static final String GAZA = """
            أعلنت وزارة الصحة في غزة أن حصيلة الجرحى ارتفعت إلى ثلاثة عشر ألفا.
            وقال الحاج إن المستشفيات تعمل فوق طاقتها منذ أسابيع.""";

    /** A run whose earlier articles named the figure of {@code sentence} often enough to make it recurring. */
    private static ExtractionRun runThatKeepsNaming(String sentence) {
        ExtractionRun run = new ExtractionRun();
        for (int i = 0; i < ExtractionRun.RECURRING_ARTICLES + 1; i++) {
            extract(sentence, run);
        }
        return run;
    }

    private static Extraction extract(String text, ExtractionRun run) {
        return ExtractTestSupport.WITH_MODEL.extract(ExtractTestSupport.article(text, "2018-05-20"), run);
    }


    @Test
    void aSurnameAloneDoesNotTakeTheNameOfSomeoneMetOnceInAnotherArticle() {
        ExtractionRun run = new ExtractionRun();
        Extraction yemen = extract(YEMEN, run);
        assertThat(ExtractTestSupport.speakerOf(yemen, "المقاومة تتقدم")).contains("سمير الحاج");
        Extraction gaza = extract(GAZA, run);
        assertThat(ExtractTestSupport.speakerOf(gaza, "المستشفيات تعمل")).isNotEqualTo(Optional.of("سمير الحاج"));
        assertThat(gaza.entities()).extracting(Entity::text).doesNotContain("سمير الحاج");
    }

    @Test
    void theSameSurnameInTheArticleThatNamesThePersonTakesTheFullName() {
        ExtractionRun run = new ExtractionRun();
        extract(GAZA, run);
        Extraction yemen = extract(YEMEN, run);
        assertThat(ExtractTestSupport.speakerOf(yemen, "المقاومة تتقدم")).contains("سمير الحاج");
    }

    @Test
    void aFigureTheRunKeepsNamingIsReachedFromALaterArticle() {
        ExtractionRun run = new ExtractionRun();
        String key = null;
        for (int i = 0; i < ExtractionRun.RECURRING_ARTICLES; i++) {
            Extraction named = extract("استقبل الرئيس الروسي فلاديمير بوتين في الكرملين وفدا من رجال الأعمال.", run);
            key = named.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::key).findFirst().orElseThrow();
        }
        Extraction later = extract("وقال بوتين للصحفيين إن المحادثات ستستمر الأسبوع المقبل.", run);
        assertThat(ExtractTestSupport.speakerOf(later, "المحادثات ستستمر")).contains("فلاديمير بوتين");
        assertThat(later.entities()).filteredOn(e -> e.text().equals("بوتين")).extracting(Entity::key).containsExactly(key);
    }

    @Test
    void someoneTheArticleNamesInFullComesBeforeTheRunsRecurringFigure() {
        ExtractionRun run = runThatKeepsNaming("قال نائب الرئيس العراقي نوري المالكي إن الحكومة الجديدة ستتشكل قريبا.");
        Extraction coalition = extract("""
                قال المتحدث باسم التحالف العقيد تركي المالكي إن الدفاعات الجوية اعترضت صاروخا باليستيا فوق جازان.
                وأضاف المالكي أن الصاروخ أطلق من محافظة صعدة باتجاه الأحياء السكنية.""", run);
        assertThat(ExtractTestSupport.speakerOf(coalition, "الصاروخ أطلق")).contains("تركي المالكي");
    }

    @Test
    void aFirstNameAfterATitleReachesThePersonOfThisArticleBeforeARecurringFiguresFathersName() {
        // عبدالعزيز is the father's name in سلمان بن عبدالعزيز, never what he is called alone; الدكتور عبدالعزيز is the
        // article's own عبدالعزيز بن طالب (survey, stop 32).
        ExtractionRun run = runThatKeepsNaming("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر اليمامة وفدا من رجال الأعمال.");
        Extraction later = extract("""
                أعلن الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن طالب عن إطلاق مسابقة أدبية للمبتعثين.
                وعن معايير المسابقة قال الدكتور عبدالعزيز: يحق لجميع الطلبة السعوديين في أستراليا المشاركة.""", run);
        assertThat(ExtractTestSupport.speakerOf(later, "يحق لجميع الطلبة")).contains("عبدالعزيز بن طالب");
    }
}
