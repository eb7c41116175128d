package dev.marsad.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirsTest {

    @Test
    void aGivenFolderIsTheDataFolderWhenItExists(@TempDir Path dir) {
        assertThat(DataDirs.resolve(Optional.of(dir))).hasValue(dir);
        assertThat(DataDirs.resolve(Optional.of(dir.resolve("missing")))).isEmpty();
    }

    @Test
    void theRepositoryIsFoundAboveTheRunningCode() {
        // The tests run from marsad-adapters/target/test-classes (and the classes beside it) inside the repository.
        Optional<Path> root = DataDirs.repoRoot();
        assertThat(root).isPresent();
        assertThat(root.get().resolve("marsad")).isRegularFile();
        assertThat(root.get().resolve("marsad-adapters").resolve("pom.xml")).isRegularFile();
    }

    @Test
    void withoutAnOptionTheSharedDataBesideTheRepositoryIsFoundWhenPresent() {
        Path beside = DataDirs.repoRoot().orElseThrow().resolveSibling("shared").resolve("data");
        Optional<Path> found = DataDirs.resolve(Optional.empty());
        if (Files.isDirectory(beside)) {
            assertThat(found).hasValueSatisfying(d -> assertThat(d.toAbsolutePath().normalize())
                    .isEqualTo(beside.toAbsolutePath().normalize()));
        } else {
            assertThat(found).isEmpty();
        }
    }
}
