package dev.marsad.kafka;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema of its own on the PostgreSQL server named by {@code MARSAD_TEST_PG_URL} (CI sets it), so these
 * tests never meet the tables other tests drop and create in the same database. Skips when the variable is unset.
 */
final class TestPostgres {
    static final String ENV = "MARSAD_TEST_PG_URL";

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty schema {@code name}. */
    static String freshSchema(String name) throws Exception {
        String url = System.getenv(ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), ENV + " is not set: distributed-mode tests skipped");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            s.execute("CREATE SCHEMA " + name);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name.toLowerCase(Locale.ROOT);
    }
}
