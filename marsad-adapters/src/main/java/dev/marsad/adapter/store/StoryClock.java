package dev.marsad.adapter.store;

import dev.marsad.port.StoryPlacement;
import dev.marsad.port.StoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one-row {@code story_clock} table: every transaction that stores articles or writes stories locks it first,
 * so writers in separate processes take turns, and it counts the stored articles, so a writer notices articles
 * another process stored since it last looked. {@code stories_at} is the count of stored articles the stories
 * were last completely written for (-1: not known): equal to {@code placed}, the stored stories are up to date.
 */
final class StoryClock {
    private StoryClock() {
    }

    /** Locks the clock for this transaction; returns the number of stored articles. */
    static int lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT placed FROM story_clock WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("story_clock row missing: the store's schema is damaged");
            }
            return Math.toIntExact(rs.getLong(1));
        }
    }

    /** Locks the clock and checks that {@code expected} articles are stored (unless {@link StoryStore#ANY}). */
    static void lockAt(Connection c, int expected) throws SQLException {
        int placed = lock(c);
        if (expected != StoryStore.ANY && placed != expected) {
            throw new StoryPlacement.Behind(placed + " articles stored, stories made of " + expected);
        }
    }

    /**
     * Records that the stories of {@code placed} stored articles are all written ({@link StoryStore#ANY}: not known),
     * inside the caller's transaction, which holds the clock's lock.
     */
    static void storiesWritten(Connection c, int placed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE story_clock SET stories_at = ? WHERE id = 1")) {
            ps.setLong(1, placed);
            ps.executeUpdate();
        }
    }

    /** Whether the stories were last written after the last article was stored (see {@link StoryStore#upToDate}). */
    static boolean storiesUpToDate(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT placed, stories_at FROM story_clock WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(2) >= 0 && rs.getLong(1) == rs.getLong(2);
        }
    }

    /** Counts {@code added} more stored articles. */
    static void advance(Connection c, int added) throws SQLException {
        if (added == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE story_clock SET placed = placed + ? WHERE id = 1")) {
            ps.setInt(1, added);
            ps.executeUpdate();
        }
    }
}
