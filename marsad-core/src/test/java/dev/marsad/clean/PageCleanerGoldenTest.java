package dev.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the clean stage's result on every page under golden/clean with its reviewed
 * {@code <case>.expected.json}: each article's metadata and body paragraphs, then the removed lines.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change, then review
 * the diff before committing.
 */
class PageCleanerGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper();

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
        JsonNode actual = render(result);
        String name = page.getFileName().toString().replaceAll("\\.(txt|html)$", ".expected.json");
        if (UPDATE) {
            // Rewrites the source tree's copy, not target/'s.
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            String text = JSON.writer(printer).writeValueAsString(actual).replace("\r\n", "\n") + "\n";
            Files.writeString(Path.of("src/test/resources/golden/clean").resolve(name), text, StandardCharsets.UTF_8);
            return;
        }
        Path expectedFile = page.resolveSibling(name);
        assertThat(expectedFile).exists();
        JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
        assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
    }

    static JsonNode render(CleanPage page) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (CleanArticle a : page.articles()) {
            ArticleMetadata m = a.metadata();
            ObjectNode o = articles.addObject();
            o.put("role", a.role().wireName());
            field(o, "title", m.title());
            field(o, "outlet", m.outlet());
            field(o, "agency", m.agency());
            field(o, "published", m.published());
            field(o, "dateline", m.dateline());
            field(o, "language", m.language());
            ArrayNode paragraphs = o.putArray("paragraphs");
            if (!a.text().isEmpty()) {
                for (String p : a.text().split("\n\n")) {
                    paragraphs.add(p);
                }
            }
        }
        ArrayNode removed = root.putArray("removed");
        page.removed().forEach(removed::add);
        return root;
    }

    private static void field(ObjectNode o, String name, Optional<String> value) {
        if (value.isPresent()) {
            o.put(name, value.get());
        } else {
            o.putNull(name);
        }
    }
}
