package dev.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression found in text.
 *
 * @param text  the expression as written ({@code يوم الأربعاء})
 * @param value ISO date, {@code YYYY-MM} or {@code YYYY} as far as it is known; empty when it cannot be resolved
 * @param start char offset into the article text
 * @param end   char offset one past the end
 */
public record TimeMention(String text, Optional<String> value, int start, int end) {
    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
