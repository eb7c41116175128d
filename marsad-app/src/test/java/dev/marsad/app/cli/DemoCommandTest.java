package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void findsTheBundledCorpusAndSkipsItsReadme() throws Exception {
        Path corpus = DemoCommand.bundledCorpus().orElseThrow();
        assertThat(corpus.endsWith(Path.of("demo", "articles"))).isTrue();
        assertThat(DemoCommand.corpusFiles(corpus)).hasSizeBetween(10, 14)
                .noneMatch(f -> f.endsWith("README.md"))
                .anyMatch(f -> f.endsWith(".html")).anyMatch(f -> f.contains("cp1256"));
    }

    @Test
    void noServeIngestsEveryArticleAndPrintsASummary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"demo", "--no-serve"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).startsWith("Marsad demo: 12 files, ").contains(" 0 unreadable, ");
        // The windows-1256 file must decode to Arabic, not mojibake.
        assertThat(printed).contains("زلزال المغرب: فرق الإنقاذ تسابق الزمن");
    }

    @Test
    void missingCorpusIsABadUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"demo", "--no-serve", "--articles", "/nonexistent/marsad"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/nonexistent/marsad: not a directory");
    }
}
