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
        // The three Moroccan earthquake reports, one of them in windows-1256, are stories about the same quake:
        // that file must decode to Arabic (mojibake would share no words with the others) and no headline may be
        // mojibake (Latin-1 letters such as Ø where Arabic should be).
        assertThat(printed).contains("زلزال").doesNotContain("Ø", "Ù", "\uFFFD");
        assertThat(printed.lines().filter(l -> l.contains("زلزال")).mapToInt(l -> Integer.parseInt(l.strip().split("\\s+")[0])).sum())
                .isEqualTo(3);
        // Issue 10: the three quake reports are one story (the first arrives alone: the small-story rule), the Kim visit
        // (five reports, the Putin summit among them) one, the missile launch (two) another.
        assertThat(printed).contains(" 5 stories");
        assertThat(printed.lines().filter(l -> l.contains("زلزال")).toList()).hasSize(1).first().asString().startsWith("   3 ");
        assertThat(printed.lines().filter(l -> l.contains("صاروخين")).toList()).hasSize(1).first().asString().startsWith("   2 ");
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
