package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/** A body named again without the descriptor inside its name speaks under the name first written (sentences written for it). */
class OrganizationNameChainTest {

    @Test
    void aBodyNamedAgainWithoutItsDescriptorKeepsTheFullerName() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                رفضت إدارة نادي الوحدة عرضا جديدا لضم مهاجمها قبل نهاية فترة الانتقالات الصيفية.
                وأكدت إدارة الوحدة في بيان لها أن اللاعب باق مع الفريق حتى نهاية عقده في الموسم المقبل.""", "2015-07-31");
        assertThat(ExtractTestSupport.quoteStarting(result, "اللاعب باق").speaker()).hasValue("إدارة نادي الوحدة");
    }

    @Test
    void withoutTheFullerMentionTheNameStaysAsWritten() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وأكدت إدارة الوحدة في بيان لها أن اللاعب باق مع الفريق حتى نهاية عقده في الموسم المقبل.""", "2015-07-31");
        assertThat(ExtractTestSupport.quoteStarting(result, "اللاعب باق").speaker()).hasValue("إدارة الوحدة");
    }
}
