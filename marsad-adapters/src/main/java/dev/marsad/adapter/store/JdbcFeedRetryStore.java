package dev.marsad.adapter.store;

import dev.marsad.adapter.feed.FeedLink;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The feed entries that failed, per feed, with when to try each again ({@link RetryPolicy}). Lets a poll remember
 * the feed's validators although an entry failed, without losing that entry. Thread-safe.
 */
public final class JdbcFeedRetryStore {
    private static final int MAX_URL = 4096;
    private final Database database;
    private final Clock clock;
    private final RetryPolicy policy;

    public JdbcFeedRetryStore(Database database, Clock clock, RetryPolicy policy) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public JdbcFeedRetryStore(Database database) {
        this(database, Clock.systemUTC(), RetryPolicy.DEFAULT);
    }

    /** The current time by this store's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The retry recorded for {@code link} of {@code feed}, if any. */
    public Optional<FeedRetry> find(URI feed, URI link) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT link_url, title, published, attempts, next_try FROM feed_retry WHERE id = ?")) {
                ps.setString(1, id(feed, link));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<FeedRetry>empty();
                }
            }
        });
    }

    /** The entries of {@code feed} that may be tried now, oldest first. */
    public List<FeedRetry> due(URI feed) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT link_url, title, published, attempts, next_try "
                    + "FROM feed_retry WHERE feed_url = ? AND next_try <= ? ORDER BY next_try, link_url")) {
                ps.setString(1, feed.toString());
                ps.setObject(2, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC));
                List<FeedRetry> due = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(row(rs));
                    }
                }
                return due;
            }
        });
    }

    /**
     * Records one more failure of {@code link}; returns the retry as it now stands (given up after the policy's
     * last attempt). An entry whose URL is longer than the column is not recorded: no fetch would take it anyway.
     */
    public FeedRetry failed(URI feed, FeedLink link, String reason) {
        int attempts = find(feed, link.url()).map(FeedRetry::attempts).orElse(0) + 1;
        Optional<Instant> next = attempts >= policy.maxAttempts() ? Optional.empty()
                : Optional.of(now().plus(policy.waitAfter(attempts)));
        FeedRetry retry = new FeedRetry(link, attempts, next);
        if (feed.toString().length() > MAX_URL || link.url().toString().length() > MAX_URL) {
            return retry;
        }
        database.inTransaction(c -> {
            delete(c, feed, link.url());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_retry (id, feed_url, link_url, title, "
                    + "published, attempts, next_try, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id(feed, link.url()));
                ps.setString(2, feed.toString());
                ps.setString(3, link.url().toString());
                ps.setString(4, link.title().filter(t -> t.length() <= MAX_URL).orElse(null));
                ps.setString(5, link.published().filter(p -> p.length() <= 64).orElse(null));
                ps.setInt(6, attempts);
                if (next.isPresent()) {
                    ps.setObject(7, OffsetDateTime.ofInstant(next.get(), ZoneOffset.UTC));
                } else {
                    ps.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                ps.setString(8, reason.length() > 1024 ? reason.substring(0, 1024) : reason);
                ps.executeUpdate();
            }
            return null;
        });
        return retry;
    }

    /** Forgets {@code link} of {@code feed}: it was stored, or is no longer worth a retry. */
    public void forget(URI feed, URI link) {
        database.inTransaction(c -> {
            delete(c, feed, link);
            return null;
        });
    }

    private static void delete(Connection c, URI feed, URI link) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM feed_retry WHERE id = ?")) {
            delete.setString(1, id(feed, link));
            delete.executeUpdate();
        }
    }

    private static FeedRetry row(ResultSet rs) throws SQLException {
        OffsetDateTime next = rs.getObject(5, OffsetDateTime.class);
        FeedLink link = new FeedLink(URI.create(rs.getString(1)), Optional.ofNullable(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)));
        return new FeedRetry(link, rs.getInt(4), Optional.ofNullable(next).map(OffsetDateTime::toInstant));
    }

    private static String id(URI feed, URI link) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((feed + "\n" + link).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
