package dev.marsad.adapter.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One open database with the current schema: runs the Flyway migrations on open, then serves units of work on
 * a single connection, one at a time, each in its own transaction (committed on success, rolled back on any
 * failure). A connection the server dropped (PostgreSQL restarted, say) is reopened and the unit run again, up to
 * {@value #MAX_TRIES} tries, so a long {@code watch} or {@code serve} survives it; so is one on which H2's file store
 * failed (see {@link #storeFailed}). One connection is enough for a command-line tool and a small server, and it keeps an embedded H2
 * file open for the whole run. Thread-safe.
 */
public final class Database implements AutoCloseable {
    static {
        // H2's automatic mixed mode (see DatabaseConfig.h2) starts a TCP server inside the first process; it
        // must listen on loopback only. H2 reads this property once, when its classes load, so set it here,
        // before any connection, unless the user chose otherwise.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** H2's error code for an error without a code of its own (ErrorCode.GENERAL_ERROR_1). */
    private static final int H2_GENERAL_ERROR = 50000;
    /** The class of H2's file-store failures, by name: H2 is only on the runtime class path. */
    private static final String MVSTORE_EXCEPTION = "org.h2.mvstore.MVStoreException";
    /** Tries of one unit on a lost connection or a failed file store: a second failure in a row is rare, a third gone. */
    private static final int MAX_TRIES = 3;

    private final DatabaseConfig config;
    /** Whether each unit ends with an H2 CHECKPOINT (a file database: its commits must be on disk when it returns). */
    private final boolean checkpoints;
    private Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    /** A unit of work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(DatabaseConfig config, Connection connection) {
        this.config = config;
        this.connection = connection;
        this.checkpoints = config.url().startsWith("jdbc:h2:") && !config.url().startsWith("jdbc:h2:mem:");
    }

    /** Opens the database, creating or migrating its schema. Throws {@link StoreException} when it cannot. */
    public static Database open(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        H2Password.upgrade(config.url(), config.user().orElse(""), config.password().orElse(""));
        migrate(config);
        return new Database(config, connect(config));
    }

    private static Connection connect(DatabaseConfig config) {
        try {
            Connection connection = DriverManager.getConnection(config.url(), credentials(config));
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return connection;
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + config.displayUrl() + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(DatabaseConfig config) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(config.url(), config.user().orElse(null), config.password().orElse(null))
                    .locations("classpath:db/migration")
                    .connectRetries(0)
                    .loggers(QuietFlywayLog.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open database " + config.displayUrl() + ": " + rootMessage(e), e);
        }
    }

    private static Properties credentials(DatabaseConfig config) {
        Properties props = new Properties();
        config.user().ifPresent(u -> props.setProperty("user", u));
        config.password().ifPresent(p -> props.setProperty("password", p));
        return props;
    }

    /** Runs {@code work} in one transaction. */
    public <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            for (int tries = 1; ; tries++) {
                try {
                    return attempt(work);
                } catch (SQLException e) {
                    if (tries == MAX_TRIES || !connectionLost(e) && !storeFailed(e)) {
                        throw failure(e);
                    }
                    closeQuietly();
                    connection = connect(config);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T attempt(Work<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            if (checkpoints) {
                // H2 with a write delay leaves a commit in memory until its background writer runs; CHECKPOINT writes
                // it now, so what a unit committed is in the file before the unit returns (see DatabaseConfig.h2).
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        }
    }

    private boolean connectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 08xxx: connection exceptions (SQL standard); 57P01-57P03: PostgreSQL shut down or restarting.
        if (state.startsWith("08") || state.startsWith("57P0")) {
            return true;
        }
        try {
            return connection.isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }

    /**
     * H2's file store (MVStore) failed under this unit: H2 2.5.252 writes a chunk on a background thread after it has
     * handed out the chunk's page positions, and under load a read can reach such a page before it is in the file
     * ("Reading from file … failed at P (length L), read 0": P past the end; seen in two of about thirty 5,000-article
     * ingests on a busy machine, KillNineIngestTest). The unit was rolled back and the file holds every unit
     * committed before it (each ends with a CHECKPOINT), so closing the connection, which lets H2 finish its writes
     * and close the file, and running the unit again on a fresh one loses nothing. Not for other H2 errors: a
     * constraint or a syntax error would only fail again.
     *
     * <p>The store's exception is named in the message, or, where H2 wrapped it without naming it (the bare
     * "GeneralError" of {@code DbException.convert}'s fallback), only in a cause; so the causes are read too.
     */
    static boolean storeFailed(SQLException e) {
        for (SQLException t = e; t != null; t = t.getNextException()) {
            if (t.getErrorCode() == H2_GENERAL_ERROR && namesStoreException(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the store's exception is this one, one of its causes, or named in one of their messages. */
    private static boolean namesStoreException(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t.getClass().getName().equals(MVSTORE_EXCEPTION)
                    || String.valueOf(t.getMessage()).contains(MVSTORE_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    private StoreException failure(SQLException e) {
        return new StoreException("database error on " + config.displayUrl() + ": " + withCause(e), e);
    }

    /**
     * The error's message, and its cause where the message does not name it: H2 reports an exception its own conversion
     * failed on as a bare "GeneralError", which alone says nothing of what went wrong.
     */
    static String withCause(SQLException e) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause == null || message.contains(cause.getClass().getName())) {
            return message;
        }
        return message + " (caused by " + String.valueOf(cause).replaceAll("\\s+", " ") + ")";
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The connection is already broken; closing it is only tidying up.
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The configuration it was opened with. */
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + config.displayUrl(), e);
        } finally {
            lock.unlock();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
