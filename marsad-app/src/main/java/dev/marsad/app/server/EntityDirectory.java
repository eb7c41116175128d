package dev.marsad.app.server;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.StoryEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entities across every stored article, merged by key: the most frequent spelling names each, the other spellings
 * are its variants. Built once per {@link ArticleView} snapshot; it keeps each article by id, so an entity's page
 * reads only that entity's own articles' extractions (never re-analysing, never reading the store again).
 */
final class EntityDirectory {

    /**
     * @param entity    the merged entity
     * @param articles  ids of the articles mentioning it, in store order
     * @param spellings every spelling met with its number of mentions, most frequent first
     */
    record Entry(StoryEntity entity, List<String> articles, Map<String, Integer> spellings) {
    }

    private final Map<String, Entry> byKey;
    private final Map<String, StoredArticle> byId = new HashMap<>();

    EntityDirectory(List<StoredArticle> stored) {
        stored.forEach(a -> byId.put(a.id(), a));
        byKey = merge(stored);
    }

    /** The entities of {@code articles} alone, merged by key, mentions counted in those articles only. */
    List<Entry> within(Collection<String> articleIds, Optional<EntityType> type) {
        List<StoredArticle> some = articleIds.stream().distinct().map(byId::get).filter(a -> a != null).toList();
        return sorted(merge(some).values(), type);
    }

    private static Map<String, Entry> merge(List<StoredArticle> stored) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        for (StoredArticle a : stored) {
            for (Entity e : a.article().extraction().entities()) {
                spellings.computeIfAbsent(e.key(), k -> new LinkedHashMap<>()).merge(e.text(), 1, Integer::sum);
                types.putIfAbsent(e.key(), e.type());
                articles.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).add(a.id());
            }
        }
        Map<String, Entry> byKey = new LinkedHashMap<>();
        spellings.forEach((key, counts) -> byKey.put(key, entry(key, counts, types.get(key), articles.get(key))));
        return byKey;
    }

    private static Entry entry(String key, Map<String, Integer> counts, EntityType type, Set<String> articles) {
        List<String> names = new ArrayList<>(counts.keySet());
        // Stable: ties keep first-met order, so the listing does not flicker between requests.
        names.sort(Comparator.comparing((String n) -> -counts.get(n)));
        int mentions = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> ordered = new LinkedHashMap<>();
        names.forEach(n -> ordered.put(n, counts.get(n)));
        return new Entry(new StoryEntity(key, names.get(0), type, names.subList(1, names.size()), mentions),
                List.copyOf(articles), java.util.Collections.unmodifiableMap(ordered));
    }

    /** Every entity, most mentioned first, optionally only of one type. */
    List<Entry> list(Optional<EntityType> type) {
        return sorted(byKey.values(), type);
    }

    private static List<Entry> sorted(Collection<Entry> entries, Optional<EntityType> type) {
        return entries.stream()
                .filter(e -> type.isEmpty() || e.entity().type() == type.get())
                .sorted(Comparator.comparing((Entry e) -> -e.entity().mentions()))
                .toList();
    }

    Optional<Entry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The stored article with {@code id}, as of this snapshot. */
    Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
