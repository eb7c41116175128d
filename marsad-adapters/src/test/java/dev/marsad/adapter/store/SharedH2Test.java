package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes (say {@code marsad serve} and {@code marsad watch}) use one embedded data directory: H2's
 * automatic mixed mode lets the second connect through the first.
 */
class SharedH2Test {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessSeesTheFirstOnesArticles() throws Exception {
        try (Database first = Database.open(DatabaseConfig.h2(dir))) {
            new JdbcArticleStore(first).put(StoreFixtures.numbered(1));
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    IngestLoop.class.getName(), dir.toString(), "3").redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(child.waitFor()).as(output).isZero();
            assertThat(new JdbcArticleStore(first).count()).isEqualTo(6);
            assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");
        }
    }
}
