package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.StoredArticle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingesting process with {@code destroyForcibly()} (SIGKILL) part-way through and checks that the
 * embedded store reopens, holds only complete inputs, keeps every input it reported committed, and that
 * ingesting again completes the set without duplicates.
 */
class KillDuringIngestTest {
    static final int TOTAL = 120;
    static final int KILL_AFTER = 25;

    @TempDir
    Path dir;

    @Test
    void survivesKillDashNine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestLoop.class.getName(), dir.toString(), Integer.toString(TOTAL))
                .redirectErrorStream(true).start();
        int lastReported = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    lastReported = Integer.parseInt(line.substring(7).trim());
                    if (lastReported >= KILL_AFTER) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastReported).as("child must have reached the kill point").isGreaterThanOrEqualTo(KILL_AFTER);

        try (Database database = Database.open(DatabaseConfig.h2(dir))) {
            JdbcArticleStore store = new JdbcArticleStore(database);
            List<StoredArticle> survivors = store.articles();
            Set<String> sources = new HashSet<>();
            for (StoredArticle a : survivors) {
                int n = Integer.parseInt(a.ref().source().replaceAll("\\D", ""));
                assertThat(a.article()).isEqualTo(StoreFixtures.numbered(n).articles().get(a.ref().index()));
                sources.add(a.ref().source());
            }
            // Each input is one transaction: both of its articles or neither.
            assertThat(survivors).hasSize(2 * sources.size());
            for (int n = 0; n <= lastReported; n++) {
                assertThat(sources).as("committed input %d must survive", n).contains("input-" + n + ".html");
            }
            assertThat(sources.size()).isLessThan(TOTAL);

            int added = 0;
            for (int n = 0; n < TOTAL; n++) {
                added += store.putReporting(StoreFixtures.numbered(n)).added();
            }
            assertThat(added).isEqualTo(2 * (TOTAL - sources.size()));
            assertThat(store.articles()).hasSize(2 * TOTAL)
                    .extracting(StoredArticle::id).doesNotHaveDuplicates();
        }
    }
}
