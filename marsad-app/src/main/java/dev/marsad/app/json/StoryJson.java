package dev.marsad.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryOutlet;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimelineEvent;
import java.util.List;

/**
 * Maps stories to the JSON of the contract's {@code cluster} command (format 1), field by field. Adds
 * {@code outlets} (with first-reported dates) to each story, which the contract allows. The one mapping of a
 * story's parts: the API's story ({@code server.ApiStoryJson}) is built from these pieces, adding what a reader
 * needs beside them. (The store keeps stories in a format of its own, {@code adapter.store.StoryJson}, read back
 * by the store and versioned with its rows.)
 */
public final class StoryJson {
    private StoryJson() {
    }

    /** The whole {@code cluster --json} document; {@code errors} lists inputs that could not be read. */
    public static String document(List<Story> stories, List<String> errors) {
        ObjectNode root = ContractJson.MAPPER.createObjectNode();
        root.put("format", ContractJson.FORMAT);
        ArrayNode array = root.putArray("stories");
        stories.forEach(s -> array.add(story(s)));
        if (!errors.isEmpty()) {
            root.set("errors", ContractJson.strings(errors));
        }
        return ContractJson.write(root);
    }

    /** One story of the document. */
    public static ObjectNode story(Story story) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        node.put("id", story.id());
        node.put("headline", story.headline());
        ArrayNode articles = node.putArray("articles");
        story.articles().forEach(a -> articles.add(article(a)));
        ArrayNode summary = node.putArray("summary");
        story.summary().forEach(s -> summary.add(sentence(s)));
        putTimeline(node, story);
        putEntities(node, story);
        ArrayNode quotes = node.putArray("quotes");
        story.quotes().forEach(q -> quotes.add(quote(q)));
        putDuplicates(node, story);
        ArrayNode outlets = node.putArray("outlets");
        story.outlets().forEach(o -> outlets.add(outlet(o)));
        return node;
    }

    /** {@code timeline}: the story's dated events. */
    public static void putTimeline(ObjectNode node, Story story) {
        ArrayNode timeline = node.putArray("timeline");
        story.timeline().forEach(e -> timeline.add(event(e)));
    }

    /** {@code entities}: the story's merged entities. */
    public static void putEntities(ObjectNode node, Story story) {
        ArrayNode entities = node.putArray("entities");
        story.entities().forEach(e -> entities.add(entity(e)));
    }

    /** {@code duplicates}: the story's groups of near-duplicate articles, as references. */
    public static void putDuplicates(ObjectNode node, Story story) {
        ArrayNode duplicates = node.putArray("duplicates");
        story.duplicates().forEach(group -> {
            ArrayNode g = duplicates.addArray();
            group.forEach(ref -> g.add(ref(ref)));
        });
    }

    /** An article reference: {@code source}, {@code index}. */
    public static ObjectNode ref(ArticleRef ref) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        node.put("source", ref.source());
        node.put("index", ref.index());
        return node;
    }

    private static ObjectNode article(StoryArticle a) {
        ObjectNode node = ref(a.ref());
        putArticleFields(node, a);
        return node;
    }

    /** A story article's {@code title}, {@code outlet} and {@code published} (null when unknown). */
    public static void putArticleFields(ObjectNode node, StoryArticle a) {
        ContractJson.putOptional(node, "title", a.title());
        ContractJson.putOptional(node, "outlet", a.outlet());
        ContractJson.putOptional(node, "published", a.published());
    }

    /** A summary sentence: {@code text}, {@code source}, {@code index}. */
    public static ObjectNode sentence(SummarySentence s) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        node.put("text", s.text());
        node.put("source", s.from().source());
        node.put("index", s.from().index());
        return node;
    }

    private static ObjectNode event(TimelineEvent e) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        node.put("date", e.date());
        node.put("text", e.text());
        node.set("sources", ContractJson.strings(e.sources()));
        return node;
    }

    /** A merged entity: {@code key}, {@code name}, {@code type}, {@code variants}, {@code mentions}. */
    public static ObjectNode entity(StoryEntity e) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        node.put("key", e.key());
        node.put("name", e.name());
        node.put("type", e.type().name());
        node.set("variants", ContractJson.strings(e.variants()));
        node.put("mentions", e.mentions());
        return node;
    }

    private static ObjectNode quote(StoryQuote q) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        ContractJson.putOptional(node, "speaker", q.quote().speaker());
        ContractJson.putOptional(node, "speakerKey", q.quote().speakerKey());
        node.put("text", q.quote().text());
        node.put("direct", q.quote().direct());
        node.put("source", q.source());
        return node;
    }

    private static ObjectNode outlet(StoryOutlet o) {
        ObjectNode node = ContractJson.MAPPER.createObjectNode();
        node.put("outlet", o.outlet());
        ContractJson.putOptional(node, "firstReported", o.firstReported());
        node.put("source", o.first().source());
        node.put("index", o.first().index());
        return node;
    }
}
