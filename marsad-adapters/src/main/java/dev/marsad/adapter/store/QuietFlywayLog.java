package dev.marsad.adapter.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, cut down to warnings and errors on stderr: the command line keeps stdout for results, and a
 * user does not need "Successfully validated 1 migration" on every run.
 *
 * <p>One warning is dropped as well: Flyway's notice that the H2 version is newer than those it was verified with.
 * Marsad pins an H2 newer than Flyway's list on purpose (2.3.232, the newest Flyway names, can lose or corrupt
 * data when it compacts a file on close: H2 issues 4247 and 2752, fixed in 2.4.240); the store's own contract tests
 * run the migrations on the pinned version, so the warning tells a user nothing they could act on.
 */
public final class QuietFlywayLog implements LogCreator, Log {

    /** Flyway instantiates it by class name. */
    public QuietFlywayLog() {
        // Stateless.
    }

    @Override
    public Log createLogger(Class<?> clazz) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {
        // Dropped: see the class comment.
    }

    @Override
    public void info(String message) {
        // Dropped: see the class comment.
    }

    @Override
    public void notice(String message) {
        // Dropped: see the class comment.
    }

    @Override
    public void warn(String message) {
        if (!isUnverifiedH2Notice(message)) {
            System.err.println("marsad: database: " + message);
        }
    }

    /** Flyway's "Using H2 X which is newer than the version Flyway has been verified with" (see the class comment). */
    static boolean isUnverifiedH2Notice(String message) {
        return message != null && message.startsWith("Using H2 ")
                && message.contains("newer than the version Flyway has been verified with");
    }

    @Override
    public void error(String message) {
        System.err.println("marsad: database: " + message);
    }

    @Override
    public void error(String message, Exception e) {
        System.err.println("marsad: database: " + message + " (" + e + ")");
    }
}
