package dev.marsad.model;

import java.util.Objects;

/**
 * One entity mention in an article's clean text.
 *
 * @param text  the name as written, without attached clitics ({@code للبيت الأبيض} gives {@code البيت الأبيض})
 * @param type  person, location or organisation
 * @param key   identifies the real-world thing: spelling variants share it, different things never do
 * @param start char offset of the first character in the article text
 * @param end   char offset one past the last character
 */
public record Entity(String text, EntityType type, String key, int start, int end) {
    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
