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
 * another process stored since it last looked.
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
