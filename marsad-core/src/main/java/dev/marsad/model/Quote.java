package dev.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement attributed to someone.
 *
 * @param speaker    the speaker's name, resolved through titles, surnames and pronouns; empty when unknown
 * @param speakerKey the speaker's entity key; empty when unknown
 * @param text       what was said (inside the quotation marks for a direct quote, the reported clause otherwise)
 * @param direct     true for a quotation in marks, false for reported speech (قال … إن …)
 */
public record Quote(Optional<String> speaker, Optional<String> speakerKey, String text, boolean direct) {
    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerKey, "speakerKey");
        Objects.requireNonNull(text, "text");
    }
}
