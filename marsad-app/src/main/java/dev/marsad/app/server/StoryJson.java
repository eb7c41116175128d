package dev.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimelineEvent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A story as the API and the page show it: the contract's story object, plus what a reader needs that the
 * contract leaves to the client: each article's store id and outlet beside every sentence and quote, articles per
 * day ({@code volume}) and the first report.
 */
final class StoryJson {
    private final Map<ArticleRef, String> idsByRef = new HashMap<>();

    StoryJson(List<StoredArticle> stored) {
        stored.forEach(a -> idsByRef.put(a.ref(), a.id()));
    }

    ObjectNode story(Story story) {
        Map<String, StoryArticle> bySource = new HashMap<>();
        story.articles().forEach(a -> bySource.putIfAbsent(a.ref().source(), a));
        ObjectNode node = ApiJson.object();
        node.put("id", story.id());
        node.put("headline", story.headline());
        ArrayNode articles = node.putArray("articles");
        story.articles().forEach(a -> articles.add(article(a)));
        ArrayNode summary = node.putArray("summary");
        for (SummarySentence s : story.summary()) {
            ObjectNode item = summary.addObject();
            item.put("text", s.text());
            item.put("source", s.from().source());
            item.put("index", s.from().index());
            ApiJson.putOptional(item, "outlet", outletOf(bySource, s.from().source()));
        }
        ArrayNode timeline = node.putArray("timeline");
        for (TimelineEvent e : story.timeline()) {
            ObjectNode item = timeline.addObject().put("date", e.date()).put("text", e.text());
            ArrayNode sources = item.putArray("sources");
            e.sources().forEach(sources::add);
        }
        ArrayNode entities = node.putArray("entities");
        story.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode quotes = node.putArray("quotes");
        for (StoryQuote q : story.quotes()) {
            ObjectNode item = quotes.addObject();
            ApiJson.putOptional(item, "speaker", q.quote().speaker());
            ApiJson.putOptional(item, "speakerKey", q.quote().speakerKey());
            item.put("text", q.quote().text());
            item.put("source", q.source());
            ApiJson.putOptional(item, "outlet", outletOf(bySource, q.source()));
        }
        ArrayNode duplicates = node.putArray("duplicates");
        story.duplicates().forEach(group -> {
            ArrayNode g = duplicates.addArray();
            group.forEach(r -> g.add(ApiJson.ref(r)));
        });
        putVolume(node, story);
        firstReport(story).ifPresent(a -> node.set("firstReported", article(a)));
        return node;
    }

    private ObjectNode article(StoryArticle a) {
        ObjectNode item = ApiJson.ref(a.ref());
        Optional.ofNullable(idsByRef.get(a.ref())).ifPresentOrElse(id -> item.put("articleId", id),
                () -> item.putNull("articleId"));
        ApiJson.putOptional(item, "title", a.title());
        ApiJson.putOptional(item, "outlet", a.outlet());
        ApiJson.putOptional(item, "published", a.published());
        return item;
    }

    static ObjectNode entity(StoryEntity e) {
        ObjectNode item = ApiJson.object();
        item.put("key", e.key()).put("name", e.name()).put("type", e.type().name());
        ArrayNode variants = item.putArray("variants");
        e.variants().forEach(variants::add);
        item.put("mentions", e.mentions());
        return item;
    }

    private static Optional<String> outletOf(Map<String, StoryArticle> bySource, String source) {
        return Optional.ofNullable(bySource.get(source)).flatMap(StoryArticle::outlet);
    }

    /** Articles per publication day, in date order; undated articles are left out of the chart. */
    private static void putVolume(ObjectNode node, Story story) {
        Map<String, Integer> perDay = new TreeMap<>();
        for (StoryArticle a : story.articles()) {
            day(a).ifPresent(d -> perDay.merge(d, 1, Integer::sum));
        }
        ArrayNode volume = node.putArray("volume");
        perDay.forEach((day, count) -> volume.addObject().put("date", day).put("count", count));
    }

    private static Optional<StoryArticle> firstReport(Story story) {
        return story.articles().stream().filter(a -> day(a).isPresent())
                .min(Comparator.comparing((StoryArticle a) -> a.published().orElse("")));
    }

    private static Optional<String> day(StoryArticle a) {
        return a.published().filter(p -> p.length() >= 10 && p.charAt(4) == '-' && p.charAt(7) == '-')
                .map(p -> p.substring(0, 10));
    }

    /** The stored article id of {@code ref}, when the article is stored. */
    Optional<String> articleId(ArticleRef ref) {
        return Optional.ofNullable(idsByRef.get(ref));
    }
}
