package dev.marsad.adapter.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded H2, the default database. */
class H2StoreTest extends JdbcStoreContractTest {
    @TempDir
    Path dir;

    @Override
    DatabaseConfig freshDatabase() throws Exception {
        return DatabaseConfig.h2(Files.createTempDirectory(dir, "data"));
    }
}
