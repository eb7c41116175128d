package dev.marsad.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date expression found in text.
 *
 * @param start     char offset into the original text
 * @param end       one past the last char
 * @param date      the Gregorian date (first of the month/year when less is known)
 * @param precision how much of {@code date} the text states
 * @param hijri     true when the text gave a Hijri date (converted to Gregorian)
 * @param time      the time of day with zone as written in an ISO date-time, when present ({@code T10:30:00Z})
 */
public record DateMatch(int start, int end, LocalDate date, DatePrecision precision, boolean hijri, Optional<String> time) {
    public DateMatch {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(time, "time");
    }

    /** ISO form at the known precision: {@code 2023-09-15}, {@code 2023-09} or {@code 2023}. */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }
}
