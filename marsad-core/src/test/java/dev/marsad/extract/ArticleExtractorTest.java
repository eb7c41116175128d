package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.TimeMention;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extract stage on the body of the real AFP sample (../shared/samples, copied into golden/clean). */
class ArticleExtractorTest {
    private static String text;
    private static Extraction result;

    @BeforeAll
    static void extractSample() throws IOException {
        // The reviewed clean body of the real sample (the clean stage's golden file).
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/golden/clean/sample-afp-kim-aircraft-factory.expected.json")) {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            List<String> paragraphs = new java.util.ArrayList<>();
            root.get("articles").get(0).get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            text = String.join("\n\n", paragraphs);
        }
        result = extract(text, "2023-09-15");
    }

    private static Optional<Entity> entity(String name) {
        return result.entities().stream().filter(e -> e.text().equals(name)).findFirst();
    }

    private static Quote quoteStarting(String start) {
        return ExtractTestSupport.quoteStarting(result, start);
    }

    @Test
    void everyEntitySpanPointsAtItsText() {
        for (Entity e : result.entities()) {
            String covered = text.substring(e.start(), e.end());
            assertThat(e.text().equals(covered) || e.text().equals("ا" + covered)).as(e.toString()).isTrue();
        }
    }

    @Test
    void findsPeoplePlacesAndOrganisations() {
        assertThat(entity("كيم جونغ أون")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        assertThat(entity("دينيس مانتوروف")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        assertThat(entity("موسكو")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(entity("بيونغ يانغ")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(entity("الكرملين")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void stripsProcliticsFromNames() {
        assertThat(entity("البيت الأبيض")).isPresent();
        assertThat(result.entities()).noneMatch(e -> e.text().startsWith("للبيت") || e.text().startsWith("وبيونغ"));
    }

    @Test
    void surnameAloneSharesTheFullNameKey() {
        assertThat(entity("بوتين").orElseThrow().key()).isEqualTo(entity("فلاديمير بوتين").orElseThrow().key());
        assertThat(entity("كيشيدا").orElseThrow().key()).isEqualTo(entity("فوميو كيشيدا").orElseThrow().key());
    }

    @Test
    void closeNamesOfDifferentPeopleDoNotMerge() {
        assertThat(entity("كيم جونغ ايل").orElseThrow().key()).isNotEqualTo(entity("كيم جونغ أون").orElseThrow().key());
    }

    @Test
    void directQuoteGetsTheSpeakerNamedBeforeIt() {
        Quote q = quoteStarting("نرى إمكانية التعاون");
        assertThat(q.direct()).isTrue();
        assertThat(q.speaker()).hasValue("دينيس مانتوروف");
    }

    @Test
    void titleAloneContinuesThePreviousSpeaker() {
        assertThat(quoteStarting("هذا مهم بشكل خاص").speaker()).hasValue("دينيس مانتوروف");
    }

    @Test
    void pronounAndContinuationResolveToThePreviousSpeaker() {
        assertThat(quoteStarting("إذا توصلت كوريا الشمالية").speaker()).hasValue("بارك جين");
        assertThat(quoteStarting("نحن ندرس جميع الخيارات").speaker()).hasValue("بارك جين");
    }

    @Test
    void indirectQuoteGetsSpeakerAndClause() {
        Quote q = quoteStarting("زيارة كيم إلى الشرق الأقصى");
        assertThat(q.direct()).isFalse();
        assertThat(q.speaker()).hasValue("دميتري بيسكوف");
    }

    @Test
    void speakerGivenBySurnameGetsTheFullName() {
        // وقال ماتسونو إن كيشيدا "أعرب عن تصميمه …": one reported clause holding the partial quotation (issue 17).
        Quote q = result.quotes().stream().filter(x -> x.text().contains("أعرب عن تصميمه")).findFirst().orElseThrow();
        assertThat(q.speaker()).hasValue("هيروكازو ماتسونو");
    }

    @Test
    void resolvesWeekdaysAgainstPublication() {
        List<TimeMention> times = result.times();
        assertThat(times).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("يوم الأربعاء");
            assertThat(t.value()).hasValue("2023-09-13");
        });
        assertThat(times).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("اليوم الخميس");
            assertThat(t.value()).hasValue("2023-09-14");
        });
        assertThat(times).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("يوليو 2000");
            assertThat(t.value()).hasValue("2000-07");
        });
    }
}
