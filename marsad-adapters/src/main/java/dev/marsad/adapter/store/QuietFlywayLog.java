package dev.marsad.adapter.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, cut down to warnings and errors on stderr: the command line keeps stdout for results, and a
 * user does not need "Successfully validated 1 migration" on every run.
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
        System.err.println("marsad: database: " + message);
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
