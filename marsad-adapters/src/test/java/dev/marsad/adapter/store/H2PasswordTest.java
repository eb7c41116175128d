package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the embedded store is not open to any local process. Its TCP port (automatic mixed mode) asks for a
 * generated password kept owner-only, the data directory is 0700, and a store made with the old empty password
 * gets the new one on its next open.
 */
class H2PasswordTest {
    @TempDir
    Path dir;

    @Test
    void theEmptyPasswordIsRefusedAndTheDirectoryIsOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        DatabaseConfig config = DatabaseConfig.h2(data);
        try (Database db = Database.open(config)) {
            new JdbcArticleStore(db).put(StoreFixtures.numbered(1));
            assertThatThrownBy(() -> DriverManager.getConnection(config.url(), "", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        }
        assertThat(perms(data)).isEqualTo("rwx------");
        assertThat(perms(data.resolve(H2Password.FILE_NAME))).isEqualTo("rw-------");
        assertThat(DatabaseConfig.h2(data).password()).isEqualTo(config.password());
    }

    @Test
    void aStoreMadeWithTheEmptyPasswordGetsTheGeneratedOne() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data);
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("marsad") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        try (Database old = Database.open(DatabaseConfig.of(url, Optional.empty(), Optional.empty()))) {
            new JdbcArticleStore(old).put(StoreFixtures.numbered(1));
        }
        DatabaseConfig config = DatabaseConfig.h2(data);
        try (Database db = Database.open(config)) {
            assertThat(new JdbcArticleStore(db).count()).isEqualTo(2);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close()).isInstanceOf(SQLException.class);
        try (Connection ok = DriverManager.getConnection(url, "", config.password().orElseThrow())) {
            assertThat(ok.isValid(1)).isTrue();
        }
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
