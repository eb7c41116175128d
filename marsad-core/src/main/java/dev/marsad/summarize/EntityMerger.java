package dev.marsad.summarize;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoryEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a story's entity mentions by key. Thread-safe (stateless).
 *
 * <ul>
 *   <li>name: the most frequent spelling (ties: the first met); variants: the other spellings, by frequency;</li>
 *   <li>type: the most frequent type among the mentions;</li>
 *   <li>entities are ordered by mentions, most first, then by first appearance.</li>
 * </ul>
 */
final class EntityMerger {

    private static final class Tally {
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        int mentions;
    }

    List<StoryEntity> merge(List<StoryMember> members) {
        Map<String, Tally> byKey = new LinkedHashMap<>();
        for (StoryMember member : members) {
            for (Entity e : member.article().extraction().entities()) {
                Tally tally = byKey.computeIfAbsent(e.key(), k -> new Tally());
                tally.spellings.merge(e.text(), 1, Integer::sum);
                tally.types.merge(e.type(), 1, Integer::sum);
                tally.mentions++;
            }
        }
        List<StoryEntity> out = new ArrayList<>();
        byKey.forEach((key, tally) -> {
            List<String> spellings = byFrequency(tally.spellings);
            EntityType type = tally.types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(new StoryEntity(key, spellings.get(0), type, spellings.subList(1, spellings.size()), tally.mentions));
        });
        // Stable sort keeps first appearance among equals.
        out.sort(Comparator.comparingInt(StoryEntity::mentions).reversed());
        return out;
    }

    private static List<String> byFrequency(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.stream().map(Map.Entry::getKey).toList();
    }
}
