package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuietFlywayLogTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheNoticeAboutTheNewerH2IsDropped() {
        assertThat(QuietFlywayLog.isUnverifiedH2Notice("Using H2 2.5.252 which is newer than the version Flyway has"
                + " been verified with. The latest verified version of H2 is 2.3.232.")).isTrue();
        assertThat(QuietFlywayLog.isUnverifiedH2Notice("Using PostgreSQL 19 which is newer than the version Flyway"
                + " has been verified with.")).isFalse();
        assertThat(QuietFlywayLog.isUnverifiedH2Notice("Validate failed: Migrations have failed validation")).isFalse();
        assertThat(QuietFlywayLog.isUnverifiedH2Notice(null)).isFalse();
    }

    @Test
    void aNewStoreOnThePinnedH2IsMigratedWithoutAWordOnStderr() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try (Database database = Database.open(DatabaseConfig.h2(dir))) {
                assertThat(database).isNotNull();
            }
        } finally {
            System.setErr(before);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("marsad: database:");
    }
}
