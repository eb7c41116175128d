package dev.marsad.app.server;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.StoryEntity;
import java.util.ArrayList;
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
 * are its variants. Built fresh per request from the store (cheap at newsroom scale, and never stale).
 */
final class EntityDirectory {

    /**
     * @param entity   the merged entity
     * @param articles ids of the articles mentioning it, in store order
     */
    record Entry(StoryEntity entity, List<String> articles) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    EntityDirectory(List<StoredArticle> stored) {
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
        spellings.forEach((key, counts) -> byKey.put(key, entry(key, counts, types.get(key), articles.get(key))));
    }

    private static Entry entry(String key, Map<String, Integer> counts, EntityType type, Set<String> articles) {
        List<String> names = new ArrayList<>(counts.keySet());
        // Stable: ties keep first-met order, so the listing does not flicker between requests.
        names.sort(Comparator.comparing((String n) -> -counts.get(n)));
        int mentions = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new Entry(new StoryEntity(key, names.get(0), type, names.subList(1, names.size()), mentions),
                List.copyOf(articles));
    }

    /** Every entity, most mentioned first, optionally only of one type. */
    List<Entry> list(Optional<EntityType> type) {
        return byKey.values().stream()
                .filter(e -> type.isEmpty() || e.entity().type() == type.get())
                .sorted(Comparator.comparing((Entry e) -> -e.entity().mentions()))
                .toList();
    }

    Optional<Entry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
