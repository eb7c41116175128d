package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units of work the embedded store runs again once: after H2 shut down under them, or its file store failed. */
class DatabaseRetryTest {
    /** The message H2 2.5.252 gave when a read reached a chunk its background writer had not yet written. */
    private static final String STORE_FAILURE = "General error: \"org.h2.mvstore.MVStoreException: Reading from file "
            + "sun.nio.ch.FileChannelImpl@18cf5c52 failed at 161128468 (length 161005568), read 0, remaining 128 "
            + "[2.5.252/1]\"; SQL statement:\nCOMMIT [50000-252]";

    @TempDir
    Path dir;

    @Test
    void aUnitOnWhichTheFileStoreFailedRunsAgainAndItsFirstTryLeavesNothing() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.inTransaction(c -> update(c, "CREATE TABLE retried (n INT)"));
            AtomicInteger tries = new AtomicInteger();
            db.inTransaction(c -> {
                update(c, "INSERT INTO retried VALUES (" + tries.incrementAndGet() + ")");
                if (tries.get() == 1) {
                    throw new SQLException(STORE_FAILURE, "HY000", 50000);
                }
                return null;
            });
            assertThat(tries).hasValue(2);
            String stored = db.inTransaction(c -> count(c, "SELECT n FROM retried"));
            assertThat(stored).isEqualTo("2");
        }
        try (Database reopened = Database.open(DatabaseConfig.h2(dir))) {
            String stored = reopened.inTransaction(c -> count(c, "SELECT n FROM retried"));
            assertThat(stored).as("in the file").isEqualTo("2");
        }
    }

    @Test
    void aUnitUnderWhichTheDatabaseShutDownRunsAgainOnAFreshConnection() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            AtomicInteger tries = new AtomicInteger();
            String answer = db.inTransaction(c -> {
                if (tries.incrementAndGet() == 1) {
                    update(c, "SHUTDOWN IMMEDIATELY");
                }
                return count(c, "SELECT 41 + 1");
            });
            assertThat(answer).isEqualTo("42");
            assertThat(tries).hasValue(2);
        }
    }

    @Test
    void otherErrorsFailAtOnceWithTheDatabaseNamed() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            AtomicInteger tries = new AtomicInteger();
            assertThatThrownBy(() -> db.inTransaction(c -> {
                tries.incrementAndGet();
                return update(c, "INSERT INTO no_such_table VALUES (1)");
            })).isInstanceOf(StoreException.class).hasMessageContaining("database error on jdbc:h2:file:")
                    .hasMessageContaining("NO_SUCH_TABLE");
            assertThat(tries).hasValue(1);
        }
    }

    @Test
    void onlyAFileStoreFailureCountsAsOne() {
        assertThat(Database.storeFailed(new SQLException(STORE_FAILURE, "HY000", 50000))).isTrue();
        assertThat(Database.storeFailed(new SQLException("General error: \"java.lang.NullPointerException\"", "HY000", 50000)))
                .isFalse();
        assertThat(Database.storeFailed(new SQLException("Unique index or primary key violation", "23505", 23505))).isFalse();
    }

    private static Void update(java.sql.Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    /** The first column of every row of the query, joined. */
    private static String count(java.sql.Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            while (r.next()) {
                out.append(r.getString(1));
            }
            return out.toString();
        }
    }
}
