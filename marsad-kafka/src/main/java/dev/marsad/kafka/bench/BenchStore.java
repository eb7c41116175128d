package dev.marsad.kafka.bench;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema of its own per store of the bench on the PostgreSQL server the user named, so the single process and
 * each distributed run fill an empty store side by side; read back by plain queries (ids and story membership
 * only: the bench compares groupings, and loading 56,000 analyses would only cost memory).
 */
final class BenchStore {
    private final String baseUrl;
    private final String schema;

    private BenchStore(String baseUrl, String schema) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** A new, empty schema {@code schema} on the server of {@code url} (dropped first if it exists). */
    static BenchStore fresh(String url, String schema) {
        BenchStore store = new BenchStore(url, schema.toLowerCase(Locale.ROOT));
        store.execute("DROP SCHEMA IF EXISTS " + store.schema + " CASCADE", "CREATE SCHEMA " + store.schema);
        // Flyway creates the tables now, so that counting works before the first writer opens the store.
        Database.open(DatabaseConfig.of(store.url(), env("MARSAD_DB_USER"), env("MARSAD_DB_PASSWORD"))).close();
        return store;
    }

    /** The JDBC URL of this schema, for the processes that write it. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String schema() {
        return schema;
    }

    /** Stored article rows. */
    long rows() {
        return number("SELECT COUNT(*) FROM article");
    }

    /** Distinct stored articles. */
    long articles() {
        return number("SELECT COUNT(DISTINCT id) FROM article");
    }

    /** Stories stored. */
    long stories() {
        return number("SELECT COUNT(*) FROM story");
    }

    /** Each stored article's story. */
    Map<String, String> membership() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT article_id, story_id FROM story_member")) {
            Map<String, String> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /**
     * A digest of every stored article as stored (id, content hash, the analysis JSON; not the time it was stored)
     * and of every story row: two stores with the same digest hold the same analyses and stories.
     */
    String digest() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT md5(COALESCE(string_agg(id || ' ' || content_hash || ' '"
                     + " || article_index || ' ' || md5(body), ',' ORDER BY id), '')) FROM article) || '/' || (SELECT"
                     + " md5(COALESCE(string_agg(md5(body), ',' ORDER BY id), '')) FROM story)")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL schema " + schema + ": " + e.getMessage(), e);
        }
    }

    void drop() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private long number(String sql) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), credentials());
    }

    /** The credentials of {@code MARSAD_DB_USER}/{@code MARSAD_DB_PASSWORD} when the URL carries none, as the processes read them. */
    private static java.util.Properties credentials() {
        java.util.Properties p = new java.util.Properties();
        env("MARSAD_DB_USER").ifPresent(u -> p.setProperty("user", u));
        env("MARSAD_DB_PASSWORD").ifPresent(pw -> p.setProperty("password", pw));
        return p;
    }

    private static Optional<String> env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(baseUrl, credentials()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + baseUrl.replaceAll("password=[^&]*", "password=…")
                    + ": " + e.getMessage(), e);
        }
    }
}
