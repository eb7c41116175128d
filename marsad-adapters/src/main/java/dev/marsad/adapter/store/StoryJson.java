package dev.marsad.adapter.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.EntityType;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryOutlet;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimelineEvent;
import java.util.List;

/**
 * Maps a story to the JSON kept in the store and back, field by field (see {@link ArticleJson} for why). Every
 * field of {@link Story} is kept, so a story read back equals the one written (the story engine compares them at
 * its start and rewrites only what differs).
 */
final class StoryJson {
    static final int FORMAT = 1;

    private StoryJson() {
    }

    static String write(Story story) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        node.put("id", story.id());
        node.put("headline", story.headline());
        ArrayNode articles = node.putArray("articles");
        for (StoryArticle a : story.articles()) {
            ObjectNode n = JsonFields.ref(a.ref());
            JsonFields.putOptional(n, "title", a.title());
            JsonFields.putOptional(n, "outlet", a.outlet());
            JsonFields.putOptional(n, "published", a.published());
            articles.add(n);
        }
        ArrayNode summary = node.putArray("summary");
        story.summary().forEach(s -> summary.add(JsonFields.ref(s.from()).put("text", s.text())));
        ArrayNode timeline = node.putArray("timeline");
        for (TimelineEvent e : story.timeline()) {
            ObjectNode n = timeline.addObject().put("date", e.date()).put("text", e.text());
            n.set("sources", JsonFields.strings(e.sources()));
        }
        ArrayNode entities = node.putArray("entities");
        for (StoryEntity e : story.entities()) {
            ObjectNode n = entities.addObject().put("key", e.key()).put("name", e.name()).put("type", e.type().name());
            n.set("variants", JsonFields.strings(e.variants()));
            n.put("mentions", e.mentions());
        }
        ArrayNode quotes = node.putArray("quotes");
        story.quotes().forEach(q -> quotes.add(ArticleJson.quote(q.quote()).put("source", q.source())));
        ArrayNode duplicates = node.putArray("duplicates");
        for (List<dev.marsad.model.ArticleRef> group : story.duplicates()) {
            ArrayNode g = duplicates.addArray();
            group.forEach(r -> g.add(JsonFields.ref(r)));
        }
        ArrayNode outlets = node.putArray("outlets");
        for (StoryOutlet o : story.outlets()) {
            ObjectNode n = JsonFields.ref(o.first()).put("outlet", o.outlet());
            JsonFields.putOptional(n, "firstReported", o.firstReported());
            outlets.add(n);
        }
        return JsonFields.write(node);
    }

    static Story read(String json) {
        JsonNode node = JsonFields.read(json, "story");
        return new Story(JsonFields.text(node, "id"), JsonFields.text(node, "headline"),
                JsonFields.list(node, "articles", n -> new StoryArticle(JsonFields.ref(n),
                        JsonFields.optional(n, "title"), JsonFields.optional(n, "outlet"),
                        JsonFields.optional(n, "published"))),
                JsonFields.list(node, "summary", n -> new SummarySentence(JsonFields.text(n, "text"), JsonFields.ref(n))),
                JsonFields.list(node, "timeline", n -> new TimelineEvent(JsonFields.text(n, "date"),
                        JsonFields.text(n, "text"), JsonFields.list(n, "sources", JsonNode::asText))),
                JsonFields.list(node, "entities", n -> new StoryEntity(JsonFields.text(n, "key"),
                        JsonFields.text(n, "name"), EntityType.valueOf(JsonFields.text(n, "type")),
                        JsonFields.list(n, "variants", JsonNode::asText), JsonFields.integer(n, "mentions"))),
                JsonFields.list(node, "quotes", n -> new StoryQuote(ArticleJson.quote(n), JsonFields.text(n, "source"))),
                JsonFields.list(node, "duplicates", g -> {
                    if (!g.isArray()) {
                        throw new StoreException("stored duplicate group is not a list");
                    }
                    java.util.List<dev.marsad.model.ArticleRef> refs = new java.util.ArrayList<>();
                    g.forEach(r -> refs.add(JsonFields.ref(r)));
                    return refs;
                }),
                // Rows written before outlets were kept have none: the story engine rewrites them at its start.
                node.has("outlets") ? JsonFields.list(node, "outlets", n -> new StoryOutlet(JsonFields.text(n, "outlet"),
                        JsonFields.optional(n, "firstReported"), JsonFields.ref(n))) : List.of());
    }
}
