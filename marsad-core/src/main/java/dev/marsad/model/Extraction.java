package dev.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage found in one article's text.
 *
 * @param entities named-entity mentions, in text order
 * @param quotes   statements with their speakers, in text order
 * @param times    date expressions, in text order
 */
public record Extraction(List<Entity> entities, List<Quote> quotes, List<TimeMention> times) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
        times = List.copyOf(Objects.requireNonNull(times, "times"));
    }
}
