package dev.marsad.adapter.store;

import dev.marsad.adapter.http.Validators;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers per feed or sitemap URL the validators of its last successful poll, for conditional GET across
 * runs. Thread-safe.
 */
public final class JdbcFeedStateStore {
    private final Database database;
    private final Clock clock;

    public JdbcFeedStateStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public JdbcFeedStateStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** The validators last remembered for {@code url}; {@link Validators#NONE} when none. */
    public Validators validators(URI url) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT etag, last_modified FROM feed_state WHERE url = ?")) {
                ps.setString(1, url.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? new Validators(Optional.ofNullable(rs.getString(1)), Optional.ofNullable(rs.getString(2)))
                            : Validators.NONE;
                }
            }
        });
    }

    /** Remembers {@code validators} for {@code url}, replacing earlier ones. */
    public void remember(URI url, Validators validators) {
        database.inTransaction(c -> {
            // Delete then insert: portable across H2 and PostgreSQL, atomic inside the transaction.
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM feed_state WHERE url = ?")) {
                delete.setString(1, url.toString());
                delete.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, url.toString());
                // A validator longer than its column is not kept (a clipped one would never match): that feed is
                // fetched in full next time instead of failing the poll.
                ps.setString(2, validators.etag().filter(v -> v.length() <= 1024).orElse(null));
                ps.setString(3, validators.lastModified().filter(v -> v.length() <= 256).orElse(null));
                ps.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }
}
