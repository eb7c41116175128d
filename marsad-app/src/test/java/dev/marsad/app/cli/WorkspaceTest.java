package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondServerOnOneDataDirectoryIsToldWhyInOneLine() {
        Path data = dir.resolve("data");
        PoliteFetcher fetcher = new PoliteFetcher(FetchConfig.DEFAULT);
        try (Workspace first = new Workspace(data, DatabaseConfig.h2(data), fetcher)) {
            assertThatThrownBy(() -> new Workspace(data, DatabaseConfig.h2(data), fetcher).close())
                    .hasMessage("the search index in " + data.resolve("search")
                            + " is in use by another Marsad server (one serve or demo per data directory)");
        }
    }

    @Test
    void theDataDirectoryAndItsSecretsAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace workspace = new Workspace(data, DatabaseConfig.h2(data), new PoliteFetcher(FetchConfig.DEFAULT))) {
            assertThat(workspace.token.created()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("write-token"))))
                .isEqualTo("rw-------");
    }
}
