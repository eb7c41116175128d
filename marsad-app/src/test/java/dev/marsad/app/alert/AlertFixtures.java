package dev.marsad.app.alert;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Articles, watches and databases for the alert tests. */
public final class AlertFixtures {
    static final String PG_ENV = "MARSAD_TEST_PG_URL";
    /** A schema of its own on the shared test server, so other suites' table drops do not meet these tests. */
    static final String PG_SCHEMA = "marsad_alerts_test";

    private AlertFixtures() {
    }

    /** A fresh embedded H2 database in {@code dir}. */
    public static Database h2(Path dir) {
        return Database.open(DatabaseConfig.of("jdbc:h2:file:" + dir.toAbsolutePath().resolve("alerts")
                + ";WRITE_DELAY=0", Optional.empty(), Optional.empty()));
    }

    /** A fresh schema on the PostgreSQL test server; skips when {@value #PG_ENV} is unset. */
    static Database postgres() throws Exception {
        String url = System.getenv(PG_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), PG_ENV + " is not set: PostgreSQL tests skipped");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + PG_SCHEMA);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
        return Database.open(DatabaseConfig.of(withSchema, Optional.empty(), Optional.empty()));
    }

    public static StoredArticle article(String id, String title, String outlet, String published, String text,
                                        Instant storedAt, List<Entity> entities) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of(title)).withOutlet(Optional.of(outlet))
                .withPublished(Optional.of(published));
        AnalyzedArticle analyzed = new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text),
                new Extraction(entities, List.of(), List.of()));
        return new StoredArticle(id, new ArticleRef("https://example.org/" + id, 0), analyzed, storedAt);
    }

    public static Watch watch(String id, String name, String query, SearchFilters filters, Optional<URI> webhook,
                              Optional<String> email, Instant created) {
        return new Watch(id, name, query, filters, webhook, email, "test-secret-0123456789abcdef", created);
    }
}
