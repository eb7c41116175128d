package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A reported clause of two words that closes its sentence is a quotation (issue 17, the q17-12 round): a subject and
 * its verb are a whole statement. Sentences written for the test.
 */
class ShortReportedClauseTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-01");
    }

    @Test
    void twoWordsClosingTheSentenceAreAClause() {
        Extraction result = extract("""
                وقال وزير المالية سامي الحداد إن الميزانية متوازنة هذا العام، مضيفا أن العجز يتراجع.""");
        assertThat(quoteStarting(result, "العجز يتراجع").speaker()).hasValue("سامي الحداد");
    }

    @Test
    void twoWordsCutByTheNextVerbAreNoClause() {
        Extraction result = extract("""
                وقال الوزير سامي الحداد إن العجز يتراجع، وأكد أن الحكومة ستخفض الإنفاق في العام المقبل.""");
        assertThat(result.quotes()).noneMatch(q -> q.text().startsWith("العجز يتراجع"));
    }
}
