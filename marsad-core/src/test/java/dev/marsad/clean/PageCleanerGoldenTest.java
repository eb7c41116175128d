package dev.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.CleanPage;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.SourceDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares the clean stage's result on every page under golden/clean with its reviewed {@code .expected} file. */
class PageCleanerGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Path> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(PageCleanerGoldenTest.class.getResource("/golden/clean").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void matchesReviewedResult(Path page) throws IOException {
        String content = Files.readString(page, StandardCharsets.UTF_8);
        DocumentFormat format = page.toString().endsWith(".html") ? DocumentFormat.HTML : DocumentFormat.PLAIN_TEXT;
        CleanPage result = new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument(page.getFileName().toString(), content, format));
        String actual = render(result);
        String name = page.getFileName().toString().replaceAll("\\.(txt|html)$", ".expected");
        Path expectedFile = page.resolveSibling(name);
        if (UPDATE) {
            // Rewrites the source tree's copy, not target/'s.
            Path source = Path.of("src/test/resources/golden/clean").resolve(name);
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    static String render(CleanPage page) {
        StringBuilder out = new StringBuilder();
        for (CleanArticle a : page.articles()) {
            ArticleMetadata m = a.metadata();
            out.append("== article ").append(a.role().wireName()).append('\n');
            field(out, "title", m.title());
            field(out, "outlet", m.outlet());
            field(out, "agency", m.agency());
            field(out, "published", m.published());
            field(out, "dateline", m.dateline());
            field(out, "language", m.language());
            out.append("-- text\n").append(a.text()).append('\n');
        }
        out.append("== removed\n");
        List<String> removed = page.removed();
        removed.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private static void field(StringBuilder out, String name, Optional<String> value) {
        out.append(name).append(": ").append(value.orElse("null")).append('\n');
    }
}
