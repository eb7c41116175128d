package dev.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity of a story, merged over its spelling variants.
 *
 * @param key      the entity key
 * @param name     the most frequent spelling
 * @param type     person, location or organisation
 * @param variants other spellings met
 * @param mentions mentions across the story's articles
 */
public record StoryEntity(String key, String name, EntityType type, List<String> variants, int mentions) {
    public StoryEntity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
    }
}
