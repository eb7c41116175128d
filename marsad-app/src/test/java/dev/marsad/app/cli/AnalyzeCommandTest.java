package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad analyze --json}: one line per input in order, bad inputs named on stderr, the rest analysed. */
class AnalyzeCommandTest {
    private static final String ARTICLE = "عنوان الخبر عن القمة\n2023-09-15\n"
            + "قال مسؤولون إن المحادثات ستستمر حتى نهاية الأسبوع في العاصمة القطرية الدوحة.\n"
            + "وأضافوا أن الوفود قدمت مقترحات جديدة للتهدئة خلال الجلسة الأخيرة من المفاوضات.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputsGetAnErrorLineAndTheOthersStillRun() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path legacy = Files.write(dir.resolve("legacy.txt"), ARTICLE.getBytes(Charset.forName("windows-1256")));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        String missing = dir.resolve("missing.txt").toString();

        Run run = run("analyze", "--json", good.toString(), binary.toString(), empty.toString(), missing, legacy.toString(), huge.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.lines()).hasSize(6);
        assertThat(run.lines().get(0).get("articles").get(0).get("title").asText()).isEqualTo("عنوان الخبر عن القمة");
        assertThat(run.lines().get(1).get("error").asText()).contains("photo.jpg").contains("binary");
        assertThat(run.lines().get(2).get("error").asText()).contains("empty.txt").contains("empty");
        assertThat(run.lines().get(3).get("error").asText()).contains("missing.txt").contains("no such file");
        assertThat(run.lines().get(4).has("error")).isFalse();
        assertThat(run.lines().get(4).get("articles").get(0).get("text").asText())
                .isEqualTo(run.lines().get(0).get("articles").get(0).get("text").asText());
        assertThat(run.lines().get(5).get("error").asText()).contains("huge.txt").contains("too large");
        List<String> errLines = run.err().lines().toList();
        assertThat(errLines).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("marsad: " + dir));
        for (int i = 0; i < run.lines().size(); i++) {
            assertThat(run.lines().get(i).get("format").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyArgumentAndASymlinkLoopSayWhatTheyAre() throws IOException {
        // Issue 12: "" used to analyse the whole working directory; a link loop was "no such file".
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop);
        Run run = run("analyze", "--json", "", loop.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0).get("error").asText())
                .isEqualTo("\"\": unsupported input (an empty argument names no file)");
        assertThat(run.lines().get(1).get("error").asText()).isEqualTo(loop
                + ": cannot be read (symbolic link to a missing file or a link loop)");
    }

    @Test
    void otherEncodingsAndBrokenHtmlAreAnalysed() throws IOException {
        byte[] utf16 = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Path bom = Files.write(dir.resolve("utf16.txt"), withBom);
        String page = "<html><head><meta charset=\"ISO-8859-6\"><title>عنوان الخبر عن القمة</title></head><body>"
                + "<p>قال مسؤولون إن المحادثات ستستمر حتى نهاية الأسبوع في العاصمة القطرية الدوحة.</p></body></html>";
        Path iso = Files.write(dir.resolve("iso.html"), page.getBytes(Charset.forName("ISO-8859-6")));
        Path broken = Files.writeString(dir.resolve("broken.html"), "<html><body><div><p>قال مسؤولون إن المحادثات "
                + "ستستمر حتى نهاية الأسبوع في العاصمة القطرية الدوحة.<p><b>وأضافوا أن الوفود قدمت مقترحات جديدة"
                + "</div></table></span><script>var x = '", StandardCharsets.UTF_8);

        Run run = run("analyze", "--json", bom.toString(), iso.toString(), broken.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(3).allSatisfy(l -> assertThat(l.has("error")).isFalse());
        assertThat(run.lines().get(0).get("articles").get(0).get("published").asText()).isEqualTo("2023-09-15");
        assertThat(run.lines().get(1).get("articles").get(0).get("text").asText()).startsWith("قال مسؤولون");
        assertThat(run.lines().get(2).get("articles").get(0).get("text").asText()).contains("قال مسؤولون").doesNotContain("var x");
    }

    @Test
    void directoryGivesOneLinePerFileInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Run run = run("analyze", "--json", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).extracting(n -> Path.of(n.get("source").asText()).getFileName().toString())
                .containsExactly("a.txt", "b.txt");
    }

    @Test
    void missingArgumentIsBadUsage() throws IOException {
        Run run = run("analyze", "--json");
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.lines()).isEmpty();
        assertThat(run.err()).contains("INPUT");
    }
}
