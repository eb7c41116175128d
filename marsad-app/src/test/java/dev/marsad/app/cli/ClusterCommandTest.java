package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.fixtures.ArabicStories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad cluster --json} end to end on files. */
class ClusterCommandTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return MarsadCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    @Test
    void clustersFilesIntoOneJsonDocument() throws Exception {
        Path kim1 = Files.writeString(dir.resolve("kim1.txt"), ArabicStories.KIM_1, StandardCharsets.UTF_8);
        Path kim2 = Files.writeString(dir.resolve("kim2.txt"), ArabicStories.KIM_2, StandardCharsets.UTF_8);
        Path quake = Files.writeString(dir.resolve("quake.txt"), ArabicStories.QUAKE_1, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(out, err, "cluster", "--json", kim1.toString(), quake.toString(), kim2.toString());
        assertThat(code).isZero();
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(stdout.strip().lines()).hasSize(1);
        JsonNode root = new ObjectMapper().readTree(stdout);
        assertThat(root.get("format").asInt()).isEqualTo(1);
        List<String> sources = new ArrayList<>();
        root.get("stories").forEach(s -> s.get("articles").forEach(a -> sources.add(a.get("source").asText())));
        assertThat(sources).containsExactlyInAnyOrder(kim1.toString(), kim2.toString(), quake.toString());
    }

    @Test
    void unreadableInputIsReportedAndOthersStillCluster() throws Exception {
        Path kim1 = Files.writeString(dir.resolve("kim1.txt"), ArabicStories.KIM_1, StandardCharsets.UTF_8);
        String missing = dir.resolve("missing.txt").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(out, err, "cluster", "--json", missing, kim1.toString());
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt");
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("stories")).hasSize(1);
    }
}
