package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Reports inside reports (issue 17, survey round of stop 39): the one who says that a study, a report or another
 * speaker said something is the speaker of all of it. Sentences written for the test.
 */
class NestedReportsTest {

    @Test
    void theOuterSpeakerSaysWhatTheStudyFound() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وأعلن عدنان مندورة أن المهرجان سيشهد فعاليات جديدة هذا العام.

                وقال المختصون إن الدراسات الأخيرة أشارت إلى أن حجم السياحة الداخلية بلغ نحو عشرين مليون شخص.""", "2026-12-05");
        // The specialists speak (unnamed), not the one quoted before.
        assertThat(quoteStarting(r, "الدراسات الأخيرة أشارت").speaker()).isEmpty();
    }

    @Test
    void aNamedSpeakerReportsWhatInquiriesShowed() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال الرئيس الأمريكي دونالد ترامب إن المؤسسة لم ترتكب أي مخالفة.

                وقالت المدعية العامة باربرا أندروود إن تحقيقات أشارت إلى أن المؤسسة استخدمت أموالها لأغراض سياسية.""", "2026-12-05");
        assertThat(quoteStarting(r, "تحقيقات أشارت").speaker()).hasValue("باربرا أندروود");
    }

    @Test
    void aParticipleAfterAShortClauseOpensTheSpeakersNextClause() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال وزير الاقتصاد الألماني بيتر ألتماير إنه متفائل، مشيرا إلى أن المفاوضات مع واشنطن ستستأنف الأسبوع المقبل.""", "2026-12-05");
        assertThat(quoteStarting(r, "المفاوضات مع واشنطن").speaker()).hasValue("بيتر ألتماير");
    }

    @Test
    void aPersonWhoSaidItInsideTheReportIsItsSpeaker() {
        // Stop 47 (quotes-fresh12): the magazine relays what the ambassador explained; the words are his.
        Extraction r = ExtractTestSupport.extractWithModel("""
                قرر سفير الولايات المتحدة لدى إستونيا، جيمس ميلفيل، الاستقالة من منصبه.

                ونقلت مجلة "فورين بوليسي" أن ميلفيل أوضح عبر فيسبوك أن تصريحات دونالد ترامب عجلت بقراره التقاعد.""", "2026-12-06");
        assertThat(quoteStarting(r, "ميلفيل أوضح").speaker()).hasValue("جيمس ميلفيل");
    }
}
