package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.app.Main;
import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles stored by {@code ingest} come with their stories: the ones {@code cluster --json} tells of the same inputs. */
class IngestStoriesTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestStoresTheStoriesThatClusterTells() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("1-kim.txt"), ArabicStories.KIM_1, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("2-quake.txt"), ArabicStories.QUAKE_1, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("3-kim.txt"), ArabicStories.KIM_2, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("4-quake.txt"), ArabicStories.QUAKE_2, StandardCharsets.UTF_8);
        Path data = dir.resolve("data");

        run("ingest", "--data-dir", data.toString(), inputs.toString());
        JsonNode clustered = new ObjectMapper().readTree(run("cluster", "--json", inputs.toString()));

        Map<String, TreeSet<String>> expected = new TreeMap<>();
        clustered.get("stories").forEach(s -> {
            TreeSet<String> members = new TreeSet<>();
            s.get("articles").forEach(a -> members.add(Path.of(a.get("source").asText()).getFileName().toString()));
            expected.put(s.get("id").asText(), members);
        });
        Map<String, TreeSet<String>> stored = new TreeMap<>();
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            for (Story s : new JdbcStoryStore(db).stories()) {
                TreeSet<String> members = new TreeSet<>();
                s.articles().forEach(a -> members.add(Path.of(a.ref().source()).getFileName().toString()));
                stored.put(s.id(), members);
            }
        }
        assertThat(stored).isNotEmpty().isEqualTo(expected);
        List<TreeSet<String>> groups = new ArrayList<>(stored.values());
        assertThat(groups).contains(new TreeSet<>(List.of("1-kim.txt", "3-kim.txt")));
    }

    @Test
    void aJsonLinesArchiveIsIngestedLineByLineAndAgainOnlyForNewLines() throws Exception {
        String line1 = "{\"url\": \"https://www.hespress.com/a1\", \"title\": \"زلزال قوي يضرب الحوز\", "
                + "\"time\": \"2023-09-09T08:00:00+01:00\", \"text\": \"" + ArabicStories.QUAKE_1 + "\"}";
        String line2 = "{\"url\": \"https://www.hespress.com/a2\", \"title\": \"ارتفاع حصيلة زلزال الحوز\", "
                + "\"time\": \"2023-09-10T08:00:00+01:00\", \"text\": \"" + ArabicStories.QUAKE_2 + "\"}";
        Path archive = Files.writeString(dir.resolve("dump.jsonl"), line1 + "\n{broken\n" + line2 + "\n", StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"ingest", "--data-dir", data.toString(), archive.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ingest: 3 inputs, 2 articles stored, 0 already present, 1 error\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("marsad: " + archive + ":2: not a JSON object");
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            List<dev.marsad.model.StoredArticle> stored = new dev.marsad.adapter.store.JdbcArticleStore(db).articles();
            assertThat(stored).extracting(a -> a.article().article().metadata().outlet().orElse("")).containsOnly("هسبريس");
            assertThat(stored).extracting(a -> a.article().article().metadata().published().orElse(""))
                    .containsExactlyInAnyOrder("2023-09-09T08:00+01:00", "2023-09-10T08:00+01:00");
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Main.run(new String[] {"ingest", "--data-dir", data.toString(), archive.toString()},
                new PrintStream(again, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo("ingest: 1 input, 0 articles stored, 2 already present, 1 error\n");
    }

    @Test
    void anArchiveGivesTheSameStoreAndMessagesOnOneThreadAndOnSeveral() throws Exception {
        String line1 = "{\"url\": \"https://www.hespress.com/a1\", \"title\": \"زلزال قوي يضرب الحوز\", "
                + "\"time\": \"2023-09-09T08:00:00+01:00\", \"text\": \"" + ArabicStories.QUAKE_1 + "\"}";
        String line2 = "{\"url\": \"https://www.hespress.com/a2\", \"title\": \"ارتفاع حصيلة زلزال الحوز\", "
                + "\"time\": \"2023-09-10T08:00:00+01:00\", \"text\": \"" + ArabicStories.QUAKE_2 + "\"}";
        // A line repeating an address while the first is still being analysed, and a bad line between.
        Path archive = Files.writeString(dir.resolve("dump.jsonl"),
                line1 + "\n" + line1 + "\n{broken\n" + line2 + "\n", StandardCharsets.UTF_8);
        List<List<Object>> stores = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            Path data = dir.resolve("data-" + threads);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Main.run(new String[] {"ingest", "--threads", threads, "--data-dir", data.toString(), archive.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo("ingest: 3 inputs, 2 articles stored, 1 already present, 1 error\n");
            assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(1).first().asString()
                    .startsWith("marsad: " + archive + ":3: not a JSON object");
            try (Database db = Database.open(DatabaseConfig.h2(data))) {
                List<Object> articles = new ArrayList<>();
                new dev.marsad.adapter.store.JdbcArticleStore(db).articles()
                        .forEach(a -> articles.add(List.of(a.id(), a.ref(), a.article())));
                // The stories placed as the articles were stored, with their summaries.
                articles.add(new dev.marsad.adapter.store.JdbcStoryStore(db).stories());
                stores.add(articles);
            }
        }
        assertThat(stores.get(0)).hasSize(3).isEqualTo(stores.get(1));
        assertThat((List<?>) stores.get(0).get(2)).isNotEmpty();
    }
}
