package dev.marsad.app.alert;

import dev.marsad.adapter.store.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The alerts fired ({@code watch_alert}) and their sendings ({@code alert_delivery}), migration V7. An alert and
 * its deliveries are written in one transaction, so a restart neither fires a story again nor forgets to send
 * what it fired. Thread-safe.
 */
public final class JdbcAlertLog {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ERROR = 1024;
    private final Database database;

    public JdbcAlertLog(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Records {@code alert} with one delivery per channel, due at once, unless its watch already alerted this
     * story; returns whether it was new.
     */
    public boolean record(Alert alert, List<Delivery.Channel> channels) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_alert (watch_id, story_id, article_id, "
                    + "fired_at, payload) SELECT ?, ?, ?, ?, ? FROM watch w WHERE w.id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM watch_alert a WHERE a.watch_id = ? AND a.story_id = ?)")) {
                ps.setString(1, alert.watchId());
                ps.setString(2, alert.storyId());
                ps.setString(3, alert.articleId());
                ps.setObject(4, utc(alert.firedAt()));
                ps.setString(5, alert.payload());
                ps.setString(6, alert.watchId());
                ps.setString(7, alert.watchId());
                ps.setString(8, alert.storyId());
                if (ps.executeUpdate() == 0) {
                    return false; // fired before (or the watch was deleted meanwhile)
                }
            }
            for (Delivery.Channel channel : channels) {
                insertDelivery(c, alert, channel);
            }
            return true;
        });
    }

    private static void insertDelivery(Connection c, Alert alert, Delivery.Channel channel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_delivery (id, watch_id, story_id, channel, "
                + "attempts, next_try) VALUES (?, ?, ?, ?, 0, ?)")) {
            ps.setString(1, newId());
            ps.setString(2, alert.watchId());
            ps.setString(3, alert.storyId());
            ps.setString(4, channel.name());
            ps.setObject(5, utc(alert.firedAt()));
            ps.executeUpdate();
        }
    }

    /** The watch's alerts, newest first, at most {@code limit}. */
    public List<Alert> alerts(String watchId, int limit) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT watch_id, story_id, article_id, fired_at, payload "
                    + "FROM watch_alert WHERE watch_id = ? ORDER BY fired_at DESC, story_id")) {
                ps.setString(1, watchId);
                ps.setMaxRows(limit);
                List<Alert> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(alert(rs, 1));
                    }
                }
                return out;
            }
        });
    }

    /** How many alerts the watch has fired. */
    public int count(String watchId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM watch_alert WHERE watch_id = ?")) {
                ps.setString(1, watchId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Deliveries due at {@code now}, the longest waiting first, at most {@code limit}. */
    public List<Delivery> due(Instant now, int limit) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.channel, d.attempts, d.next_try, "
                    + "a.watch_id, a.story_id, a.article_id, a.fired_at, a.payload, "
                    + prefixed("w.", JdbcWatchStore.COLUMNS) + " FROM alert_delivery d "
                    + "JOIN watch_alert a ON a.watch_id = d.watch_id AND a.story_id = d.story_id "
                    + "JOIN watch w ON w.id = d.watch_id WHERE d.next_try <= ? ORDER BY d.next_try, d.id")) {
                ps.setObject(1, utc(now));
                ps.setMaxRows(limit);
                List<Delivery> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delivery(rs.getString(1), Delivery.Channel.valueOf(rs.getString(2)), rs.getInt(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), JdbcWatchStore.row(rs, 10),
                                alert(rs, 5)));
                    }
                }
                return out;
            }
        });
    }

    /** When the next pending delivery is due, if any. */
    public Optional<Instant> nextDue() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(next_try) FROM alert_delivery");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        });
    }

    /**
     * Takes {@code delivery} for sending until {@code until}: false when another process took it first (its due
     * time moved on). A sender that dies mid-send leaves it to be tried again at {@code until}.
     */
    public boolean claim(Delivery delivery, Instant until) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE alert_delivery SET next_try = ? WHERE id = ? AND next_try = ?")) {
                ps.setObject(1, utc(until));
                ps.setString(2, delivery.id());
                ps.setObject(3, utc(delivery.due()));
                return ps.executeUpdate() == 1;
            }
        });
    }

    public void delivered(String deliveryId, int attempts, Instant at) {
        update(deliveryId, attempts, Optional.empty(), Optional.of(at), Optional.empty());
    }

    /** Records a failed send: tried again at {@code next}, or given up when it is empty. */
    public void failed(String deliveryId, int attempts, Optional<Instant> next, String error) {
        update(deliveryId, attempts, next, Optional.empty(), Optional.of(error));
    }

    private void update(String id, int attempts, Optional<Instant> next, Optional<Instant> deliveredAt,
                        Optional<String> error) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert_delivery SET attempts = ?, next_try = ?, "
                    + "delivered_at = ?, last_error = ? WHERE id = ?")) {
                ps.setInt(1, attempts);
                setTime(ps, 2, next);
                setTime(ps, 3, deliveredAt);
                ps.setString(4, error.map(e -> e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e).orElse(null));
                ps.setString(5, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every delivery of the watch's alerts, for showing their state. */
    public List<DeliveryState> deliveries(String watchId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT story_id, channel, attempts, next_try, delivered_at, "
                    + "last_error FROM alert_delivery WHERE watch_id = ? ORDER BY story_id, channel")) {
                ps.setString(1, watchId);
                List<DeliveryState> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeliveryState(rs.getString(1), Delivery.Channel.valueOf(rs.getString(2)),
                                rs.getInt(3), time(rs, 4), time(rs, 5), Optional.ofNullable(rs.getString(6))));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Where one delivery stands.
     *
     * @param nextTry     when it is tried again; empty once delivered or given up
     * @param deliveredAt when the receiver took it
     * @param lastError   why the last try failed
     */
    public record DeliveryState(String storyId, Delivery.Channel channel, int attempts, Optional<Instant> nextTry,
                                Optional<Instant> deliveredAt, Optional<String> lastError) {
        /** pending, delivered or failed (given up). */
        public String state() {
            return deliveredAt.isPresent() ? "delivered" : nextTry.isPresent() ? "pending" : "failed";
        }
    }

    private static Alert alert(ResultSet rs, int first) throws SQLException {
        return new Alert(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getObject(first + 3, OffsetDateTime.class).toInstant(), rs.getString(first + 4));
    }

    private static Optional<Instant> time(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static void setTime(PreparedStatement ps, int column, Optional<Instant> time) throws SQLException {
        if (time.isPresent()) {
            ps.setObject(column, utc(time.get()));
        } else {
            ps.setNull(column, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + String.join(", " + prefix, columns.split(",\\s*"));
    }

    /** 16 random bytes as hex: a watch's or a delivery's id. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }
}
