package dev.marsad.app.server;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoryEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entities across every stored article, merged by key: the most frequent spelling names each, the other spellings
 * are its variants. Part of an {@link ArticleView} snapshot, extended by {@link #with} as articles are stored; it
 * keeps each article's digest by id, so an entity's page reads only that entity's own articles' extractions (never
 * re-analysing, never reading the store again). Immutable.
 */
final class EntityDirectory {

    /**
     * @param entity    the merged entity
     * @param articles  ids of the articles mentioning it, in store order
     * @param spellings every spelling met with its number of mentions, most frequent first
     */
    record Entry(StoryEntity entity, List<String> articles, Map<String, Integer> spellings) {
    }

    /** Before any article. */
    static final EntityDirectory EMPTY = new EntityDirectory(Map.of(), Map.of(), Map.of());

    private final Map<String, Entry> byKey;
    /** Each key's spellings with their mentions in first-met order, which breaks ties when the entry is remade. */
    private final Map<String, Map<String, Integer>> firstMet;
    private final Map<String, ArticleDigest> byId;

    private EntityDirectory(Map<String, Entry> byKey, Map<String, Map<String, Integer>> firstMet,
                            Map<String, ArticleDigest> byId) {
        this.byKey = byKey;
        this.firstMet = firstMet;
        this.byId = byId;
    }

    /**
     * This directory with {@code added} (articles stored after those it holds, in store order) taken in: the same as
     * one built from all of them at once. Only the entries of keys the new articles name are remade; this one stays
     * as it was for its readers.
     */
    EntityDirectory with(List<ArticleDigest> added) {
        if (added.isEmpty()) {
            return this;
        }
        Tally tally = new Tally(this);
        added.forEach(tally::add);
        Map<String, Entry> entries = new LinkedHashMap<>(byKey);
        Map<String, Map<String, Integer>> spellings = new HashMap<>(firstMet);
        // Keys already here keep their place; new ones follow in the order first met, as a full build gives.
        tally.counts.forEach((key, counts) -> {
            entries.put(key, entry(key, counts, tally.types.get(key), tally.articles.get(key)));
            spellings.put(key, Collections.unmodifiableMap(counts));
        });
        Map<String, ArticleDigest> ids = new HashMap<>(byId);
        added.forEach(a -> ids.put(a.id(), a));
        return new EntityDirectory(entries, spellings, ids);
    }

    /** The entities of {@code articles} alone, merged by key, mentions counted in those articles only. */
    List<Entry> within(Collection<String> articleIds, Optional<EntityType> type) {
        List<ArticleDigest> some = articleIds.stream().distinct().map(byId::get).filter(a -> a != null).toList();
        return sorted(EMPTY.with(some).byKey.values(), type);
    }

    /** The keys the new articles name, counted on from what a directory already holds for them. */
    private static final class Tally {
        private final EntityDirectory base;
        final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        final Map<String, EntityType> types = new HashMap<>();
        final Map<String, List<String>> articles = new HashMap<>();

        Tally(EntityDirectory base) {
            this.base = base;
        }

        void add(ArticleDigest a) {
            for (Entity e : a.entities()) {
                String key = e.key();
                Optional<Entry> old = Optional.ofNullable(base.byKey.get(key));
                counts.computeIfAbsent(key, k -> new LinkedHashMap<>(base.firstMet.getOrDefault(k, Map.of())))
                        .merge(e.text(), 1, Integer::sum);
                types.computeIfAbsent(key, k -> old.map(o -> o.entity().type()).orElse(e.type()));
                List<String> ids = articles.computeIfAbsent(key,
                        k -> new ArrayList<>(old.map(Entry::articles).orElse(List.of())));
                // An article names a key once in its list however often it mentions it; ids are unique in a store.
                if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(a.id())) {
                    ids.add(a.id());
                }
            }
        }
    }

    private static Entry entry(String key, Map<String, Integer> counts, EntityType type, List<String> articles) {
        List<String> names = new ArrayList<>(counts.keySet());
        // Stable: ties keep first-met order, so the listing does not flicker between requests.
        names.sort(Comparator.comparing((String n) -> -counts.get(n)));
        int mentions = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> ordered = new LinkedHashMap<>();
        names.forEach(n -> ordered.put(n, counts.get(n)));
        return new Entry(new StoryEntity(key, names.get(0), type, names.subList(1, names.size()), mentions),
                List.copyOf(articles), Collections.unmodifiableMap(ordered));
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

    /** What the snapshot keeps of the stored article with {@code id}. */
    Optional<ArticleDigest> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
