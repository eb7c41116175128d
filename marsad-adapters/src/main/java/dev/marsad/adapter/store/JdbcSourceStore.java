package dev.marsad.adapter.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The watched sources and their health ({@code watched_source}): {@code watch --sources} registers its file's
 * sources and records each poll; {@code serve} lists them. Thread-safe.
 */
public final class JdbcSourceStore {
    private static final int MAX_ERROR = 1024;
    private static final String COLUMNS = "name, url, outlet, language, country, interval_seconds, last_poll, "
            + "last_success, last_new_article, errors_in_row, last_error, next_poll, polls, articles_stored";
    private final Database database;

    public JdbcSourceStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Makes {@code sources} the sources of {@code file}: new ones are added, listed ones get the file's settings
     * and keep their health, and those the file no longer lists are removed. One transaction.
     */
    public void register(String file, List<WatchedSource> sources) {
        database.inTransaction(c -> {
            Set<String> listed = new HashSet<>();
            for (WatchedSource s : sources) {
                listed.add(s.name());
                if (update(c, file, s) == 0) {
                    insert(c, file, s);
                }
            }
            for (String stale : namesOf(c, file)) {
                if (!listed.contains(stale)) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM watched_source WHERE name = ?")) {
                        ps.setString(1, stale);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static int update(Connection c, String file, WatchedSource s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE watched_source SET file = ?, url = ?, outlet = ?, "
                + "language = ?, country = ?, interval_seconds = ? WHERE name = ?")) {
            settings(ps, file, s);
            ps.setString(7, s.name());
            return ps.executeUpdate();
        }
    }

    private static void insert(Connection c, String file, WatchedSource s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO watched_source (file, url, outlet, language, "
                + "country, interval_seconds, name, errors_in_row, polls, articles_stored) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0)")) {
            settings(ps, file, s);
            ps.setString(7, s.name());
            ps.executeUpdate();
        }
    }

    private static void settings(PreparedStatement ps, String file, WatchedSource s) throws SQLException {
        ps.setString(1, file);
        ps.setString(2, s.url().toString());
        ps.setString(3, s.outlet().orElse(null));
        ps.setString(4, s.language().orElse(null));
        ps.setString(5, s.country().orElse(null));
        ps.setLong(6, s.interval().toSeconds());
    }

    private static List<String> namesOf(Connection c, String file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM watched_source WHERE file = ?")) {
            ps.setString(1, file);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    /** Records one poll of the source named {@code name}; a source not registered is left alone. */
    public void recordPoll(String name, SourceHealth.Poll poll) {
        database.inTransaction(c -> {
            // The clauses differ by outcome rather than passing typed NULLs: portable across H2 and PostgreSQL.
            String outcome = poll.error().isPresent()
                    ? "errors_in_row = errors_in_row + 1, last_error = ?"
                    : "errors_in_row = 0, last_error = NULL, last_success = ?";
            String fresh = poll.stored() > 0 ? ", last_new_article = ?" : "";
            try (PreparedStatement ps = c.prepareStatement("UPDATE watched_source SET last_poll = ?, next_poll = ?, "
                    + "polls = polls + 1, articles_stored = articles_stored + ?, " + outcome + fresh
                    + " WHERE name = ?")) {
                int i = 1;
                ps.setObject(i++, time(poll.polledAt()));
                ps.setObject(i++, time(poll.nextPoll()));
                ps.setLong(i++, poll.stored());
                if (poll.error().isPresent()) {
                    String error = poll.error().get();
                    ps.setString(i++, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
                } else {
                    ps.setObject(i++, time(poll.polledAt()));
                }
                if (poll.stored() > 0) {
                    ps.setObject(i++, time(poll.polledAt()));
                }
                ps.setString(i, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every watched source with its health, by name. */
    public List<SourceHealth> list() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM watched_source ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                List<SourceHealth> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(row(rs));
                }
                return all;
            }
        });
    }

    private static SourceHealth row(ResultSet rs) throws SQLException {
        WatchedSource source = new WatchedSource(rs.getString(1), URI.create(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), Duration.ofSeconds(rs.getLong(6)));
        return new SourceHealth(source, instant(rs, 7), instant(rs, 8), instant(rs, 9), rs.getInt(10),
                Optional.ofNullable(rs.getString(11)), instant(rs, 12), rs.getLong(13), rs.getLong(14));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
