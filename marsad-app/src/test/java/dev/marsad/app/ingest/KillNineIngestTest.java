package dev.marsad.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.app.Main;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: kill -9 in the middle of ingesting a 5,000-article archive, then the same command again: no article
 * lost, none stored twice, and the stories (with their assignments) those of an uninterrupted run.
 */
class KillNineIngestTest {
    static final int ARTICLES = 5000;
    private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/\\d+");

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesWithTheStoriesOfAnUninterruptedRun() throws Exception {
        Path archive = dir.resolve("stream.jsonl");
        SyntheticArchive.write(archive, ARTICLES);
        Path whole = dir.resolve("whole");
        Path killed = dir.resolve("killed");

        ingest(whole, archive);
        int reached = ingestUntilKilled(killed, archive, ARTICLES / 3);
        int survived = snapshot(killed).articles().size();
        assertThat(survived).as("killed mid-way (progress %d)", reached).isGreaterThan(0).isLessThan(ARTICLES);
        ingest(killed, archive);

        Snapshot expected = snapshot(whole);
        Snapshot actual = snapshot(killed);
        assertThat(expected.articles()).hasSize(ARTICLES);
        assertThat(actual.articles()).as("no article lost, none twice").isEqualTo(expected.articles());
        assertThat(actual.members()).isEqualTo(expected.members());
        assertThat(actual.stories()).isEqualTo(expected.stories());
        assertThat(expected.stories().size()).as("grouped, not one story per article").isLessThan(ARTICLES / 2);
    }

    /** The store's article ids in store order, stories, and each article's story. */
    private record Snapshot(List<String> articles, List<Story> stories, Map<String, String> members) {
    }

    private static Snapshot snapshot(Path data) {
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            List<String> ids = new JdbcArticleStore(db).articles().stream().map(StoredArticle::id).toList();
            assertThat(new TreeSet<>(ids)).hasSize(ids.size());
            JdbcStoryStore stories = new JdbcStoryStore(db);
            return new Snapshot(ids, stories.stories(), new TreeMap<>(stories.storyIds(ids)));
        }
    }

    /** Ingests the archive in this JVM; fails with what the command wrote to stderr if it did not exit 0. */
    private static void ingest(Path data, Path archive) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {"ingest", "--data-dir", data.toString(), archive.toString()}, out, err);
        assertThat(status).as("ingest %s exit status; stderr: %s", data.getFileName(),
                errBytes.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Runs {@code ingest} in a child JVM and kills it (SIGKILL) once its progress passes {@code after}. */
    private static int ingestUntilKilled(Path data, Path archive, int after) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--progress", "--data-dir", data.toString(), archive.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int reached = 0;
        try (Reader err = new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while (reached < after && (c = err.read()) >= 0) {
                if (c == '\r' || c == '\n') {
                    Matcher m = PROGRESS.matcher(line);
                    if (m.find()) {
                        reached = Integer.parseInt(m.group(1));
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } finally {
            // destroyForcibly is SIGKILL on Unix: no shutdown hook, no flush, as kill -9.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reached).as("the child ingested up to the kill point").isGreaterThanOrEqualTo(after);
        return reached;
    }
}
