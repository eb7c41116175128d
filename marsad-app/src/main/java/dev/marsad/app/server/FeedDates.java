package dev.marsad.app.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/** Publication strings ({@code 2023-09-13}, with a time, with or without an offset) as instants for Atom. */
final class FeedDates {
    private FeedDates() {
    }

    /** The instant {@code published} names (midnight UTC for a bare day); empty for a month, a year or junk. */
    static Optional<Instant> instant(Optional<String> published) {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        String p = published.get();
        try {
            if (p.length() == 10) {
                return Optional.of(LocalDate.parse(p).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (p.endsWith("Z") || p.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(p).toInstant());
            }
            return Optional.of(LocalDateTime.parse(p).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
