package dev.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.app.json.StoryJson;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A story as the API and the page show it: the contract's story object (its parts mapped by the contract's
 * {@link StoryJson}), plus what a reader needs that the contract leaves to the client: each article's store id and
 * outlet beside every sentence and quote, articles per day ({@code volume}) and the first report. Quotations are
 * the API's own shape (with the outlet, without {@code direct}), and the outlets list is left out, as before.
 */
final class ApiStoryJson {
    /** Before any article. */
    static final ApiStoryJson EMPTY = new ApiStoryJson(Map.of());

    /** Never changed once built: readers of an older snapshot keep theirs while a newer one is made. */
    private final Map<ArticleRef, String> idsByRef;

    private ApiStoryJson(Map<ArticleRef, String> idsByRef) {
        this.idsByRef = idsByRef;
    }

    /**
     * This one with {@code added} (articles stored after those it holds, in store order) taken in: the same as one
     * built from all of them at once, while this one stays as it was.
     */
    ApiStoryJson with(List<ArticleDigest> added) {
        if (added.isEmpty()) {
            return this;
        }
        Map<ArticleRef, String> ids = new HashMap<>(idsByRef);
        added.forEach(a -> ids.put(a.ref(), a.id()));
        return new ApiStoryJson(ids);
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
            ObjectNode item = StoryJson.sentence(s);
            ApiJson.putOptional(item, "outlet", outletOf(bySource, s.from().source()));
            summary.add(item);
        }
        StoryJson.putTimeline(node, story);
        StoryJson.putEntities(node, story);
        ArrayNode quotes = node.putArray("quotes");
        for (StoryQuote q : story.quotes()) {
            ObjectNode item = quotes.addObject();
            ApiJson.putOptional(item, "speaker", q.quote().speaker());
            ApiJson.putOptional(item, "speakerKey", q.quote().speakerKey());
            item.put("text", q.quote().text());
            item.put("source", q.source());
            ApiJson.putOptional(item, "outlet", outletOf(bySource, q.source()));
        }
        StoryJson.putDuplicates(node, story);
        putVolume(node, story);
        firstReport(story).ifPresent(a -> node.set("firstReported", article(a)));
        return node;
    }

    private ObjectNode article(StoryArticle a) {
        ObjectNode item = StoryJson.ref(a.ref());
        Optional.ofNullable(idsByRef.get(a.ref())).ifPresentOrElse(id -> item.put("articleId", id),
                () -> item.putNull("articleId"));
        StoryJson.putArticleFields(item, a);
        return item;
    }

    /** An entity as the contract maps it (the entity list and pages add their own counts). */
    static ObjectNode entity(StoryEntity e) {
        return StoryJson.entity(e);
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
