package dev.marsad.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An article's publication string ({@code published}) as an instant: the one reading that story standings (which
 * stories are recent, which are breaking) and the benchmark's publication order share. Thread-safe.
 * <ul>
 *   <li>an ISO date-time with an offset: that instant ({@code 2023-09-15T09:40:00+03:00});</li>
 *   <li>an ISO date-time without one: read as UTC ({@code 2015-07-21T02:51:32});</li>
 *   <li>anything else that begins with an ISO day: midnight UTC of that day ({@code 2023-09-15}, and what a page's
 *       metadata may give beside it, {@code 2023-09-15 10:30} or {@code 2023-09-15T10:30:00+0300}): the day is
 *       what such a string states reliably;</li>
 *   <li>otherwise nothing ({@code 2023-09}, {@code أمس}).</li>
 * </ul>
 * Archives read by the adapters come with their times already in one of the first three ISO forms, so for them
 * the day fallback never applies.
 */
public final class PublicationTime {
    private PublicationTime() {
    }

    /** The instant {@code published} names, by the rules above; empty when there is none or it is unreadable. */
    public static Optional<Instant> instant(Optional<String> published) {
        return published.flatMap(PublicationTime::instant);
    }

    /** The instant {@code published} names, by the rules above; empty when unreadable. */
    public static Optional<Instant> instant(String published) {
        try {
            return Optional.of(OffsetDateTime.parse(published).toInstant());
        } catch (DateTimeParseException e) {
            // a date-time without offset, or a date
        }
        try {
            return Optional.of(LocalDateTime.parse(published).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // a date
        }
        try {
            String day = published.length() >= 10 ? published.substring(0, 10) : published;
            return Optional.of(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
