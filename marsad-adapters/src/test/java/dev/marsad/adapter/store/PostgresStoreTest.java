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
            // Every table an earlier run (of this or an older version, with fewer or more migrations) left behind is
            // dropped, so each test starts from an empty schema whatever tables the migrations add later.
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1).replace("\"", "\"\"") + '"');
                }
            }
            if (!tables.isEmpty()) {
                s.execute("DROP TABLE IF EXISTS " + String.join(", ", tables) + " CASCADE");
            }
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
