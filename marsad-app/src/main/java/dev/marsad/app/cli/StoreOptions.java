package dev.marsad.app.cli;

import dev.marsad.adapter.store.DatabaseConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where commands keep their data: an embedded H2 database in {@code --data-dir} (default ./marsad-data), or the
 * PostgreSQL (or H2) database named by {@code --db} or the environment variable {@code MARSAD_DB_URL}, with
 * {@code MARSAD_DB_USER}/{@code MARSAD_DB_PASSWORD} when the URL does not carry credentials.
 */
public final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "marsad-data",
            description = "Directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path dataDir = DatabaseConfig.DEFAULT_DATA_DIR;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL, e.g. jdbc:postgresql://host/db (default: $MARSAD_DB_URL, else --data-dir).")
    String dbUrl;

    /** The database to open, from the options and then {@code env}. */
    public DatabaseConfig config(Map<String, String> env) {
        Optional<String> url = Optional.ofNullable(dbUrl).or(() -> nonBlank(env.get("MARSAD_DB_URL")));
        if (url.isEmpty()) {
            return DatabaseConfig.h2(dataDir);
        }
        return DatabaseConfig.of(url.get(), nonBlank(env.get("MARSAD_DB_USER")),
                nonBlank(env.get("MARSAD_DB_PASSWORD")));
    }

    /** The database for {@code dataDir}: {@code --db} or {@code MARSAD_DB_URL} when given, else H2 in {@code dataDir}. */
    public DatabaseConfig configFor(Path dataDir, Map<String, String> env) {
        this.dataDir = dataDir;
        return config(env);
    }

    /** The database to open, from the options and the process environment. */
    public DatabaseConfig config() {
        return config(System.getenv());
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
