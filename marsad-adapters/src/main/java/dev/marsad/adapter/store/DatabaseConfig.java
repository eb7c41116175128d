package dev.marsad.adapter.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives.
 *
 * @param url      JDBC URL: {@code jdbc:h2:file:…} (embedded, the default) or {@code jdbc:postgresql://…}
 * @param user     user name, when the URL does not carry it
 * @param password password, when the URL does not carry it
 */
public record DatabaseConfig(String url, Optional<String> user, Optional<String> password) {
    /** The default data directory, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("marsad-data");

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL (want jdbc:h2: or jdbc:postgresql:): " + url);
        }
    }

    /**
     * An embedded H2 database in {@code dataDir}. Settings chosen so that killing the process (even with
     * kill -9) loses at most the input being stored and never corrupts the file: MVStore's append-only
     * chunks give crash consistency, and {@link Database} ends every unit of work with a CHECKPOINT, so a committed
     * input is in the file before its unit returns.
     * WRITE_DELAY=500 (H2's default, set explicitly because the setting persists in the file and stores made
     * before kept 0) keeps H2's background writer running: it is what rewrites sparse chunks (auto-compaction).
     * With WRITE_DELAY=0 every commit wrote its own chunk in the foreground and nothing was ever compacted, so a long
     * ingest left the file about 20 times its data (docs/EVALUATION.md).
     * AUTO_SERVER lets a second process (say {@code watch} beside {@code serve}) use the same directory: the
     * first process serves it over a loopback-only TCP port (see {@link Database}); when the first one dies, the
     * next one to open takes over. That port asks for the password kept in {@code DIR/db-password} (owner-only,
     * generated on first use, see {@link H2Password}); the directory is made owner-only (0700).
     */
    public static DatabaseConfig h2(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("marsad");
        return new DatabaseConfig("jdbc:h2:file:" + file + ";WRITE_DELAY=500;AUTO_SERVER=TRUE;LOCK_TIMEOUT=60000",
                Optional.empty(), Optional.of(H2Password.loadOrCreate(dataDir)));
    }

    /** A URL with the given credentials. */
    public static DatabaseConfig of(String url, Optional<String> user, Optional<String> password) {
        return new DatabaseConfig(url, user, password);
    }

    /** True for PostgreSQL. */
    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for messages. */
    public String displayUrl() {
        int query = url.indexOf('?');
        String shown = query < 0 ? url : url.substring(0, query);
        return shown.toLowerCase(Locale.ROOT).contains("password=") ? "(database URL)" : shown;
    }
}
