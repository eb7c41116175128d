package dev.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * What happened on one date of a story.
 *
 * @param date    ISO date, {@code YYYY-MM} or {@code YYYY}
 * @param text    a sentence saying what happened
 * @param sources the inputs that report it
 */
public record TimelineEvent(String date, String text, List<String> sources) {
    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }
}
