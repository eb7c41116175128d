package dev.marsad.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What an entity key is made of: the kind of thing and the skeleton of its name, one part per name word
 * ({@code person:fladimir-botin}). {@link #value()} is the written form, the {@code key} of the JSON contract and
 * of {@link Entity#key()}; code that needs the parts parses it here instead of cutting at the colon itself.
 *
 * @param type     person, location or organisation
 * @param skeleton the name's skeleton, its words joined by {@code -}
 */
public record EntityKey(EntityType type, String skeleton) {
    public EntityKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(skeleton, "skeleton");
    }

    /** Reads a written key ({@code person:kam-gang-an}); a key without a known type before a colon is refused. */
    public static EntityKey parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an entity key (no type before a colon): " + key);
        }
        EntityType type;
        try {
            type = EntityType.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an entity key (unknown type): " + key, e);
        }
        return new EntityKey(type, key.substring(colon + 1));
    }

    /** The written form: {@code person:kam-gang-an}. */
    public String value() {
        return type.name().toLowerCase(Locale.ROOT) + ":" + skeleton;
    }

    /** The skeleton of each name word, in order. */
    public String[] wordSkeletons() {
        return skeleton.split("-");
    }

    @Override
    public String toString() {
        return value();
    }
}
