package dev.marsad.adapter.store;

import dev.marsad.adapter.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The embedded database's password. H2's automatic mixed mode serves the store to a second process over a
 * loopback TCP port, and whoever connects as an admin can run Java inside Marsad ({@code CREATE ALIAS}); with
 * an empty password any local process could. So the first open of a data directory generates a random password
 * into {@code DIR/db-password} (owner-only; the directory itself is 0700), and a store made before this
 * (empty password) gets it set on its next open.
 */
final class H2Password {
    static final String FILE_NAME = "db-password";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private H2Password() {
    }

    /** The password kept in {@code dataDir}, created when there is none. */
    static String loadOrCreate(Path dataDir) {
        OwnerOnlyFiles.directory(dataDir, "marsad.mv.db");
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                String fresh = HexFormat.of().formatHex(bytes);
                try {
                    OwnerOnlyFiles.createFile(file);
                    Files.writeString(file, fresh + "\n", StandardCharsets.US_ASCII);
                    return fresh;
                } catch (FileAlreadyExistsException raced) {
                    // Another process made it first: use theirs.
                }
            }
            OwnerOnlyFiles.restrict(file);
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (kept.isEmpty()) {
                throw new StoreException("the database password file " + file + " is empty");
            }
            return kept;
        } catch (IOException e) {
            throw new StoreException("cannot create or read the database password " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A store created before passwords (user "" with an empty password) gets the password: tried only when the
     * password itself is refused, and harmless when the empty one is refused too.
     */
    static void upgrade(String url, String user, String password) {
        if (!url.startsWith("jdbc:h2:") || password.isEmpty()) {
            return;
        }
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                return;
            }
        }
        try (Connection old = DriverManager.getConnection(url, user, "");
             PreparedStatement alter = old.prepareStatement("ALTER USER \"" + user + "\" SET PASSWORD ?")) {
            alter.setString(1, password);
            alter.execute();
        } catch (SQLException e) {
            // Neither password works: opening reports the refusal with its own message.
        }
    }
}
