package dev.marsad.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.app.ingest.InputResult;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import dev.marsad.model.TimeMention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyze line has exactly the field names and types of docs/CONTRACT.md. */
class ContractJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode line(InputResult result) throws Exception {
        return JSON.readTree(ContractJson.analyzeLine(result));
    }

    @Test
    void analyzeLineHasEveryContractField() throws Exception {
        String text = "زار كيم جونغ أون روسيا يوم الأربعاء.";
        CleanArticle clean = new CleanArticle(Role.MAIN,
                ArticleMetadata.EMPTY.withTitle(Optional.of("عنوان")).withPublished(Optional.of("2023-09-15")), text);
        Extraction extraction = new Extraction(
                List.of(new Entity("كيم جونغ أون", EntityType.PERSON, "person:kim-jong-un", 4, 16)),
                List.of(new Quote(Optional.of("بوتين"), Optional.empty(), "نرى إمكانيات", true)),
                List.of(new TimeMention("يوم الأربعاء", Optional.of("2023-09-13"), 23, 35),
                        new TimeMention("يوما ما", Optional.empty(), 0, 0)));
        Analysis analysis = new Analysis("a.txt", List.of(new AnalyzedArticle(clean, extraction)), List.of("إعلان"));

        JsonNode root = line(new InputResult("a.txt", Optional.of(analysis), Optional.empty()));

        assertThat(root.get("format").asInt()).isEqualTo(1);
        assertThat(root.get("source").asText()).isEqualTo("a.txt");
        assertThat(root.has("error")).isFalse();
        assertThat(root.get("removed").get(0).asText()).isEqualTo("إعلان");
        JsonNode article = root.get("articles").get(0);
        assertThat(article.get("role").asText()).isEqualTo("main");
        assertThat(article.get("title").asText()).isEqualTo("عنوان");
        for (String unknown : List.of("outlet", "agency", "dateline", "language")) {
            assertThat(article.has(unknown)).as(unknown).isTrue();
            assertThat(article.get(unknown).isNull()).as(unknown).isTrue();
        }
        assertThat(article.get("published").asText()).isEqualTo("2023-09-15");
        assertThat(article.get("text").asText()).isEqualTo(text);
        JsonNode entity = article.get("entities").get(0);
        assertThat(entity.get("type").asText()).isEqualTo("PERSON");
        assertThat(entity.get("key").asText()).isEqualTo("person:kim-jong-un");
        assertThat(text.substring(entity.get("start").asInt(), entity.get("end").asInt()))
                .isEqualTo(entity.get("text").asText());
        JsonNode quote = article.get("quotes").get(0);
        assertThat(quote.get("speaker").asText()).isEqualTo("بوتين");
        assertThat(quote.get("speakerKey").isNull()).isTrue();
        assertThat(quote.get("direct").asBoolean()).isTrue();
        assertThat(article.get("times").get(0).get("value").asText()).isEqualTo("2023-09-13");
        assertThat(article.get("times").get(1).has("value")).as("unresolved value is omitted").isFalse();
    }

    @Test
    void unreadableInputStillGetsALineWithError() throws Exception {
        JsonNode root = line(new InputResult("x.bin", Optional.empty(),
                Optional.of("x.bin: binary data, not text")));
        assertThat(root.get("source").asText()).isEqualTo("x.bin");
        assertThat(root.get("articles")).isEmpty();
        assertThat(root.get("error").asText()).contains("x.bin").contains("binary");
    }

    @Test
    void appendedRoleIsWrittenInLowerCase() throws Exception {
        CleanArticle appended = new CleanArticle(Role.APPENDED, ArticleMetadata.EMPTY, "نص");
        Analysis analysis = new Analysis("b", List.of(new AnalyzedArticle(appended, Extraction.EMPTY)), List.of());
        JsonNode root = line(new InputResult("b", Optional.of(analysis), Optional.empty()));
        assertThat(root.get("articles").get(0).get("role").asText()).isEqualTo("appended");
    }
}
