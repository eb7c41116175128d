package dev.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import dev.marsad.model.Story;
import dev.marsad.model.StoryEntity;
import dev.marsad.pipeline.StoryRun;
import dev.marsad.port.StoryStore;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One entity's page ({@code GET /api/entities/{key}}): spellings with counts, mentions per day, the stories and
 * articles naming it, quotations by it and about it, the entities met with it and the outlets covering it most.
 * Everything is read from the snapshot's extractions of the entity's own articles (plus the stories of those
 * articles, found through the store's article → story index, and the speaker filter over the quotations), so a
 * request's work grows with the entity's coverage, not with the store.
 */
final class EntityProfile {
    static final int MAX_RELATED = 20;
    static final int MAX_OUTLETS = 10;
    static final int MAX_QUOTES = 20;
    static final int MAX_STORIES = 50;

    private final ArticleView.Snapshot snapshot;
    private final EntityDirectory.Entry entry;
    private final List<ArticleDigest> articles;

    EntityProfile(ArticleView.Snapshot snapshot, EntityDirectory.Entry entry) {
        this.snapshot = snapshot;
        this.entry = entry;
        this.articles = entry.articles().stream().map(id -> snapshot.entities().article(id))
                .flatMap(Optional::stream).sorted(NEWEST_FIRST).toList();
    }

    /** Newest publication first; undated articles last, in store order. */
    private static final Comparator<ArticleDigest> NEWEST_FIRST = Comparator.comparing(
            (ArticleDigest a) -> a.metadata().published().orElse(""), Comparator.reverseOrder());

    /**
     * The page; its articles' and quotations' stories are found through {@code stories}' article → story index, and
     * only the stories of the entity's articles are read.
     */
    ObjectNode json(StoryStore stories, int offset, int limit) {
        List<QuoteRow> quotesBy = snapshot.quotes().find(speaker());
        List<QuoteRow> quotesAbout = quotesAbout();
        List<ArticleDigest> looked = new ArrayList<>(articles);
        java.util.stream.Stream.of(quotesBy, quotesAbout).forEach(rows -> rows.stream().limit(MAX_QUOTES)
                .map(QuoteRow::article).forEach(looked::add));
        Map<String, String> storyOfId = stories.storyIds(looked.stream().map(ArticleDigest::id).distinct().toList());
        Map<ArticleRef, String> storyIds = new HashMap<>();
        looked.forEach(a -> Optional.ofNullable(storyOfId.get(a.id())).ifPresent(id -> storyIds.putIfAbsent(a.ref(), id)));

        ObjectNode node = ApiStoryJson.entity(entry.entity());
        ArrayNode list = node.putArray("articles");
        articles.stream().skip(offset).limit(limit).forEach(a -> list.add(ApiJson.articleSummary(a)
                .put("storyId", storyIds.get(a.ref()))));
        node.put("articleTotal", articles.size());
        ArrayNode spellings = node.putArray("spellings");
        entry.spellings().forEach((text, count) -> spellings.addObject().put("text", text).put("count", count));
        putPerDay(node);
        List<String> storyIdsOfArticles = articles.stream().map(a -> storyOfId.get(a.id())).filter(Objects::nonNull)
                .distinct().toList();
        List<Story> candidates = new ArrayList<>(stories.stories(storyIdsOfArticles));
        // The stored order, which the ranking below keeps among equals.
        candidates.sort(StoryRun.ORDER);
        putStories(node, candidates);
        putQuotes(node.putObject("quotesBy"), quotesBy, storyIds);
        putQuotes(node.putObject("quotesAbout"), quotesAbout, storyIds);
        putRelated(node);
        putOutlets(node);
        return node;
    }

    private QuoteFilter speaker() {
        return new QuoteFilter(Optional.of(entry.entity().key()), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Mentions and articles per publication day, in date order; undated articles are left out. */
    private void putPerDay(ObjectNode node) {
        Map<String, int[]> perDay = new TreeMap<>();
        for (ArticleDigest a : articles) {
            day(a).ifPresent(d -> {
                int[] counts = perDay.computeIfAbsent(d, k -> new int[2]);
                counts[0] += mentionsIn(a);
                counts[1]++;
            });
        }
        ArrayNode days = node.putArray("perDay");
        perDay.forEach((d, c) -> days.addObject().put("date", d).put("mentions", c[0]).put("articles", c[1]));
    }

    private int mentionsIn(ArticleDigest a) {
        String key = entry.entity().key();
        return (int) a.entities().stream().filter(e -> e.key().equals(key)).count();
    }

    /**
     * Stories whose merged entities hold the key, most mentions of it first. {@code stories}: those of the entity's
     * articles (a story's merged entities are its articles'), in the stored order.
     */
    private void putStories(ObjectNode node, List<Story> stories) {
        String key = entry.entity().key();
        record Found(Story story, int mentions) {
        }
        List<Found> found = new ArrayList<>();
        for (Story s : stories) {
            s.entities().stream().filter(e -> e.key().equals(key)).findFirst()
                    .ifPresent(e -> found.add(new Found(s, e.mentions())));
        }
        found.sort(Comparator.comparing((Found f) -> -f.mentions()).thenComparing(f -> -f.story().articles().size()));
        ArrayNode list = node.putArray("stories");
        found.stream().limit(MAX_STORIES).forEach(f -> list.addObject().put("id", f.story().id())
                .put("headline", f.story().headline()).put("articles", f.story().articles().size())
                .put("mentions", f.mentions()));
        node.put("storyTotal", found.size());
    }

    /**
     * Quotations in the entity's articles whose words name it by one of the spellings that article uses, after
     * Arabic folding. A spelling must not run on into a longer word (مصر is not found in مصرف); a clitic before
     * it is allowed (ولمصر).
     */
    private List<QuoteRow> quotesAbout() {
        String key = entry.entity().key();
        List<QuoteRow> rows = new ArrayList<>();
        for (ArticleDigest a : articles) {
            Set<String> spellings = new LinkedHashSet<>();
            for (Entity e : a.entities()) {
                if (e.key().equals(key)) {
                    spellings.add(ArabicNormalizer.foldLower(e.text()));
                }
            }
            for (Quote q : a.quotes()) {
                String folded = ArabicNormalizer.foldLower(q.text());
                if (spellings.stream().anyMatch(s -> names(folded, s))) {
                    rows.add(new QuoteRow(q, a));
                }
            }
        }
        return rows;
    }

    static boolean names(String text, String spelling) {
        if (spelling.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
            int end = at + spelling.length();
            if (end == text.length() || !Character.isLetter(text.codePointAt(end))) {
                return true;
            }
        }
        return false;
    }

    private static void putQuotes(ObjectNode node, List<QuoteRow> rows, Map<ArticleRef, String> storyIds) {
        node.put("total", rows.size());
        ArrayNode list = node.putArray("quotes");
        rows.stream().limit(MAX_QUOTES).forEach(r ->
                list.add(QuoteHandler.json(r, Optional.ofNullable(storyIds.get(r.article().ref())))));
    }

    /** Other entities by the number of the entity's articles that also name them. */
    private void putRelated(ObjectNode node) {
        String key = entry.entity().key();
        Map<String, Integer> together = new HashMap<>();
        for (ArticleDigest a : articles) {
            a.entities().stream().map(Entity::key).filter(k -> !k.equals(key)).distinct()
                    .forEach(k -> together.merge(k, 1, Integer::sum));
        }
        ArrayNode list = node.putArray("related");
        together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_RELATED)
                .forEach(e -> snapshot.entities().entry(e.getKey()).ifPresent(other -> {
                    StoryEntity o = other.entity();
                    list.addObject().put("key", o.key()).put("name", o.name()).put("type", o.type().name())
                            .put("articles", e.getValue());
                }));
    }

    /** Outlets by the number of the entity's articles they published. */
    private void putOutlets(ObjectNode node) {
        Map<String, Integer> byOutlet = new HashMap<>();
        for (ArticleDigest a : articles) {
            a.metadata().outlet().ifPresent(o -> byOutlet.merge(o, 1, Integer::sum));
        }
        ArrayNode list = node.putArray("outlets");
        byOutlet.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_OUTLETS)
                .forEach(e -> list.addObject().put("outlet", e.getKey()).put("articles", e.getValue()));
    }

    private static Optional<String> day(ArticleDigest a) {
        return a.metadata().published()
                .filter(p -> p.length() >= 10 && p.charAt(4) == '-' && p.charAt(7) == '-').map(p -> p.substring(0, 10));
    }
}
