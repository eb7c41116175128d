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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stories of a stream depend on its articles and their order only: not on how many threads analyse them, nor
 * on what the process did before (a warm JVM, caches, collected garbage), nor on a restart between batches.
 */
class DeterministicStoriesTest {
    private static final int ARTICLES = 1500;

    @TempDir
    Path dir;

    private record Snapshot(List<String> articles, List<Story> stories, Map<String, String> members) {
    }

    @Test
    void oneThreadTwoThreadsAndAWarmProcessGiveTheSameStories() throws Exception {
        Path archive = dir.resolve("stream.jsonl");
        SyntheticArchive.write(archive, ARTICLES);
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Path again = dir.resolve("again");
        assertThat(ingest(one, archive, 1)).isZero();
        assertThat(ingest(two, archive, 2)).isZero();
        // The same process once more, everything warm: as the bench's main run after its scaling runs.
        assertThat(ingest(again, archive, 2)).isZero();
        Snapshot expected = snapshot(one);
        assertThat(expected.articles()).hasSize(ARTICLES);
        assertThat(snapshot(two)).isEqualTo(expected);
        assertThat(snapshot(again)).isEqualTo(expected);
        // A second ingest of the same archive stores nothing and changes no story.
        assertThat(ingest(two, archive, 2)).isZero();
        assertThat(snapshot(two)).isEqualTo(expected);
    }

    private static int ingest(Path data, Path archive, int threads) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.run(new String[] {"ingest", "--threads", String.valueOf(threads), "--data-dir", data.toString(),
            archive.toString()}, quiet, quiet);
    }

    private static Snapshot snapshot(Path data) {
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            List<String> ids = new JdbcArticleStore(db).articles().stream().map(StoredArticle::id).toList();
            JdbcStoryStore stories = new JdbcStoryStore(db);
            return new Snapshot(ids, stories.stories(), new TreeMap<>(stories.storyIds(ids)));
        }
    }
}
