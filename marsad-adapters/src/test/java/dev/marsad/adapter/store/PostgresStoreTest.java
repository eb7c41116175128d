package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, named by the environment variable {@code MARSAD_TEST_PG_URL}
 * (CI sets it, see .ci/run). Skipped when it is unset; fails, never skips, when it is set and unreachable.
 */
class PostgresStoreTest extends JdbcStoreContractTest {
    static final String ENV = "MARSAD_TEST_PG_URL";

    @Override
    DatabaseConfig freshDatabase() throws Exception {
        String url = System.getenv(ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), ENV + " is not set: PostgreSQL tests skipped");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // One schema per run keeps tests independent of what an earlier run left behind.
            s.execute("DROP TABLE IF EXISTS article, story, feed_state, flyway_schema_history");
        }
        return DatabaseConfig.of(url, Optional.empty(), Optional.empty());
    }

    @Test
    void reconnectsWhenTheServerDropsTheConnection() throws Exception {
        articles.put(StoreFixtures.numbered(1));
        try (Connection admin = DriverManager.getConnection(database.config().url());
             Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
        assertThat(articles.count()).isEqualTo(2);
        articles.put(StoreFixtures.numbered(2));
        assertThat(articles.count()).isEqualTo(4);
    }
}
