package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void badPortIsABadUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"serve", "--port", "70000"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be 0..65535: 70000");
    }

    @Test
    void aForeignAddressIsNamedAsSuchWithAWarningAndNotAsAPortInUse(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"serve", "--host", "203.0.113.7", "--port", "0", "--data-dir", dir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(printed).contains("warning: listening on 203.0.113.7, reachable from other machines")
                .contains("cannot listen on 203.0.113.7:0: 203.0.113.7 is not an address of this machine")
                .doesNotContain("Port already in use").doesNotContain("Exception");
    }

    @Test
    void kafkaWithoutTheDistributedModuleIsOneLineNamingIt(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"serve", "--kafka", "127.0.0.1:9", "--port", "0", "--data-dir", dir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(printed).contains("--kafka needs module marsad-kafka on the class path").doesNotContain("Exception");
    }

    @Test
    void helpNamesTheOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"serve", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port", "--host", "--allowed-host", "--data-dir", "127.0.0.1",
                "--kafka", "--node");
    }
}
