package dev.marsad.app.alert;

import dev.marsad.adapter.store.Database;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The saved watches, in the {@code watch} table (migration V7). Thread-safe. */
public final class JdbcWatchStore {
    static final String COLUMNS = "id, name, search_text, outlet, from_day, to_day, entity_key, webhook_url, email, "
            + "secret, created_at";
    private final Database database;

    public JdbcWatchStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public void add(Watch watch) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                SearchFilters f = watch.filters();
                ps.setString(1, watch.id());
                ps.setString(2, watch.name());
                ps.setString(3, watch.query());
                ps.setString(4, f.outlet().orElse(null));
                setDay(ps, 5, f.from());
                setDay(ps, 6, f.to());
                ps.setString(7, f.entityKey().orElse(null));
                ps.setString(8, watch.webhook().map(URI::toString).orElse(null));
                ps.setString(9, watch.email().orElse(null));
                ps.setString(10, watch.secret());
                ps.setObject(11, OffsetDateTime.ofInstant(watch.created(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every watch, oldest first. */
    public List<Watch> all() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM watch ORDER BY created_at, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Watch> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs, 1));
                }
                return out;
            }
        });
    }

    public Optional<Watch> find(String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM watch WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs, 1)) : Optional.<Watch>empty();
                }
            }
        });
    }

    /** Deletes the watch with its alerts and pending deliveries; false when there was none. */
    public boolean delete(String id) {
        return database.inTransaction(c -> {
            // Children first: the foreign keys cascade too, but explicit deletes do not depend on it.
            for (String table : List.of("alert_delivery", "watch_alert", "watch")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                        + (table.equals("watch") ? " WHERE id = ?" : " WHERE watch_id = ?"))) {
                    ps.setString(1, id);
                    if (ps.executeUpdate() > 0 && table.equals("watch")) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** The watch in the row at {@code rs}, its columns ({@link #COLUMNS}) from {@code first} on. */
    static Watch row(ResultSet rs, int first) throws SQLException {
        SearchFilters filters = new SearchFilters(Optional.ofNullable(rs.getString(first + 3)),
                day(rs, first + 4), day(rs, first + 5), Optional.ofNullable(rs.getString(first + 6)));
        return new Watch(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), filters,
                Optional.ofNullable(rs.getString(first + 7)).map(URI::create), Optional.ofNullable(rs.getString(first + 8)),
                rs.getString(first + 9), rs.getObject(first + 10, OffsetDateTime.class).toInstant());
    }

    private static Optional<LocalDate> day(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    private static void setDay(PreparedStatement ps, int column, Optional<LocalDate> day) throws SQLException {
        if (day.isPresent()) {
            ps.setObject(column, day.get());
        } else {
            ps.setNull(column, Types.DATE);
        }
    }
}
