package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units of work the embedded store runs again: after H2 shut down under them, or its file store failed. */
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
            insertFailingOnceWith(db, new SQLException(STORE_FAILURE, "HY000", 50000));
        }
        try (Database reopened = Database.open(DatabaseConfig.h2(dir))) {
            String stored = reopened.inTransaction(c -> count(c, "SELECT n FROM retried"));
            assertThat(stored).as("in the file").isEqualTo("2");
        }
    }

    @Test
    void aStoreFailureNamedOnlyInItsCauseRunsAgain() {
        // H2's DbException.convert falls back to a bare "GeneralError" when converting an exception fails; a store
        // failure is then only in the cause.
        SQLException bare = new SQLException("GeneralError; SQL statement:\nCOMMIT [50000-252]", "HY000", 50000,
                new MVStoreException(1, "Reading from file failed at 161128468 (length 161005568), read 0"));
        assertThat(Database.storeFailed(bare)).isTrue();
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            insertFailingOnceWith(db, bare);
        }
    }

    @Test
    void aUnitOnWhichTheStoreFailsEveryTimeGivesUpAfterThreeTries() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            AtomicInteger tries = new AtomicInteger();
            assertThatThrownBy(() -> db.inTransaction(c -> {
                tries.incrementAndGet();
                throw new SQLException(STORE_FAILURE, "HY000", 50000);
            })).isInstanceOf(StoreException.class).hasMessageContaining("database error on jdbc:h2:file:");
            assertThat(tries).hasValue(3);
            String answer = db.inTransaction(c -> count(c, "SELECT 41 + 1"));
            assertThat(answer).as("the database still serves").isEqualTo("42");
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
    void aBareGeneralErrorIsReportedWithItsCause() {
        SQLException bare = new SQLException("GeneralError; SQL statement:\nCOMMIT [50000-252]", "HY000", 50000,
                new AssertionError("11 != 12"));
        assertThat(Database.withCause(bare)).endsWith("(caused by java.lang.AssertionError: 11 != 12)");
        assertThat(Database.withCause(new SQLException(STORE_FAILURE, "HY000", 50000))).isEqualTo(STORE_FAILURE);
    }

    @Test
    void theTestsRunH2WithoutItsAssertionsAsUsersDo() {
        // ./marsad starts the JVM without -ea; surefire's -ea would let H2's MVStore asserts fail units on benign
        // transient states under load (the parent pom's argLine turns them off for org.h2).
        assertThat(MVStore.class.desiredAssertionStatus()).isFalse();
        assertThat(DatabaseRetryTest.class.desiredAssertionStatus()).as("ours stay on").isTrue();
    }

    @Test
    void onlyAFileStoreFailureCountsAsOne() {
        assertThat(Database.storeFailed(new SQLException(STORE_FAILURE, "HY000", 50000))).isTrue();
        assertThat(Database.storeFailed(new SQLException("General error: \"java.lang.NullPointerException\"", "HY000", 50000)))
                .isFalse();
        assertThat(Database.storeFailed(new SQLException("GeneralError", "HY000", 50000, new IllegalStateException("x"))))
                .isFalse();
        assertThat(Database.storeFailed(new SQLException("Unique index or primary key violation", "23505", 23505))).isFalse();
    }

    /** A unit that inserts its try's number and fails with {@code failure} on its first try: run again, once. */
    private static void insertFailingOnceWith(Database db, SQLException failure) {
        db.inTransaction(c -> update(c, "CREATE TABLE retried (n INT)"));
        AtomicInteger tries = new AtomicInteger();
        db.inTransaction(c -> {
            update(c, "INSERT INTO retried VALUES (" + tries.incrementAndGet() + ")");
            if (tries.get() == 1) {
                throw failure;
            }
            return null;
        });
        assertThat(tries).hasValue(2);
        String stored = db.inTransaction(c -> count(c, "SELECT n FROM retried"));
        assertThat(stored).as("only the second try's row").isEqualTo("2");
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
