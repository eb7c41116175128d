package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.DatabaseConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreOptionsTest {
    @Test
    void defaultsToEmbeddedH2InTheDataDirectory() {
        StoreOptions options = new StoreOptions();
        options.dataDir = Path.of("/tmp/marsad-x");
        assertThat(options.config(Map.of())).isEqualTo(DatabaseConfig.h2(Path.of("/tmp/marsad-x")));
        assertThat(options.config(Map.of()).url()).startsWith("jdbc:h2:file:/tmp/marsad-x/marsad;");
    }

    @Test
    void environmentNamesPostgresWithCredentials() {
        DatabaseConfig config = new StoreOptions().config(Map.of("MARSAD_DB_URL", "jdbc:postgresql://db/marsad",
                "MARSAD_DB_USER", "marsad", "MARSAD_DB_PASSWORD", "secret"));
        assertThat(config.isPostgres()).isTrue();
        assertThat(config.user()).contains("marsad");
        assertThat(config.password()).contains("secret");
    }

    @Test
    void commandLineUrlWinsOverEnvironment() {
        StoreOptions options = new StoreOptions();
        options.dbUrl = "jdbc:postgresql://cli/marsad";
        assertThat(options.config(Map.of("MARSAD_DB_URL", "jdbc:postgresql://env/marsad")).url())
                .isEqualTo("jdbc:postgresql://cli/marsad");
    }

    @Test
    void blankEnvironmentIsIgnored() {
        assertThat(new StoreOptions().config(Map.of("MARSAD_DB_URL", " ")).url()).startsWith("jdbc:h2:");
        assertThat(new StoreOptions().config(Map.of("MARSAD_DB_URL", "jdbc:postgresql://x/y", "MARSAD_DB_USER", ""))
                .user()).isEqualTo(Optional.empty());
    }
}
