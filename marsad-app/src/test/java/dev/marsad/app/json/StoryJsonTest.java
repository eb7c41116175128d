package dev.marsad.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.Analysis;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster document has exactly the field names and types of docs/CONTRACT.md. */
class StoryJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws Exception {
        String kim = ArabicStories.KIM_1;
        Extraction extraction = new Extraction(
                ArabicStories.entities(kim, "كيم جونغ أون", "person:kim-jong-un", EntityType.PERSON),
                List.of(ArabicStories.quote("فلاديمير بوتين", "person:putin", "نرى إمكانيات للتعاون")),
                List.of(ArabicStories.time(kim, "يوم الجمعة", "2023-09-15")));
        List<Analysis> analyses = List.of(
                new Analysis("kim.html", List.of(
                        ArabicStories.article(Role.MAIN, "كيم في مصنع طائرات", "أ ف ب", "2023-09-15", kim, extraction),
                        ArabicStories.article(Role.APPENDED, "ريال مدريد يفوز", null, null, ArabicStories.FOOTBALL,
                                Extraction.EMPTY)), List.of()),
                new Analysis("kim-copy.html", List.of(
                        ArabicStories.article(Role.MAIN, "كيم يزور روسيا", "الأمة برس", "2023-09-15", kim, extraction)),
                        List.of()));
        var stories = StoryPipeline.standard(StoryConfig.DEFAULT).cluster(analyses);
        return JSON.readTree(StoryJson.document(stories, List.of()));
    }

    @Test
    void documentHasFormatAndStoriesOnly() throws Exception {
        JsonNode root = document();
        assertThat(fields(root)).containsExactly("format", "stories");
        assertThat(root.get("format").isInt()).isTrue();
        assertThat(root.get("stories").isArray()).isTrue();
    }

    @Test
    void storyHasEveryContractFieldWithItsType() throws Exception {
        JsonNode story = document().get("stories").get(0);
        assertThat(fields(story)).containsExactly("id", "headline", "articles", "summary", "timeline", "entities",
                "quotes", "duplicates", "outlets");
        assertThat(story.get("id").isTextual()).isTrue();
        assertThat(story.get("headline").isTextual()).isTrue();
        JsonNode article = story.get("articles").get(0);
        assertThat(fields(article)).containsExactly("source", "index", "title", "outlet", "published");
        assertThat(article.get("index").isInt()).isTrue();
        JsonNode sentence = story.get("summary").get(0);
        assertThat(fields(sentence)).containsExactly("text", "source", "index");
        JsonNode event = story.get("timeline").get(0);
        assertThat(fields(event)).containsExactly("date", "text", "sources");
        assertThat(event.get("date").asText()).isEqualTo("2023-09-15");
        assertThat(event.get("sources").get(0).isTextual()).isTrue();
        JsonNode entity = story.get("entities").get(0);
        assertThat(fields(entity)).containsExactly("key", "name", "type", "variants", "mentions");
        assertThat(entity.get("mentions").asInt()).isEqualTo(2);
        assertThat(entity.get("variants").isArray()).isTrue();
        JsonNode quote = story.get("quotes").get(0);
        assertThat(fields(quote)).contains("speaker", "speakerKey", "text", "source");
        JsonNode duplicate = story.get("duplicates").get(0);
        assertThat(duplicate.isArray()).isTrue();
        assertThat(fields(duplicate.get(0))).containsExactly("source", "index");
        assertThat(fields(story.get("outlets").get(0))).containsExactly("outlet", "firstReported", "source", "index");
    }

    @Test
    void unknownValuesAreNull() throws Exception {
        JsonNode appendedStory = document().get("stories").get(1);
        JsonNode article = appendedStory.get("articles").get(0);
        assertThat(article.get("outlet").isNull()).isTrue();
        assertThat(article.get("published").isNull()).isTrue();
    }

    @Test
    void everyArticleAppearsInExactlyOneStory() throws Exception {
        List<String> refs = new ArrayList<>();
        for (JsonNode story : document().get("stories")) {
            story.get("articles").forEach(a -> refs.add(a.get("source").asText() + "#" + a.get("index").asInt()));
        }
        assertThat(refs).containsExactlyInAnyOrder("kim.html#0", "kim.html#1", "kim-copy.html#0");
    }

    @Test
    void errorsAreListedWhenInputsFailed() throws Exception {
        JsonNode root = JSON.readTree(StoryJson.document(List.of(), List.of("x.html: not found")));
        assertThat(root.get("errors").get(0).asText()).isEqualTo("x.html: not found");
        assertThat(root.get("stories").size()).isZero();
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
