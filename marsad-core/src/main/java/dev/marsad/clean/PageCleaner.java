package dev.marsad.clean;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.CleanPage;
import dev.marsad.model.Role;
import dev.marsad.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Clean stage: reads a decoded {@link SourceDocument} and produces the page's articles (main first, then
 * appended) and the boilerplate lines it removed. Never throws on bad web data. Thread-safe.
 */
public final class PageCleaner {
    private final CleanConfig config;

    public PageCleaner(CleanConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public CleanPage clean(SourceDocument document) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : document.content().split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                paragraphs.add(trimmed);
            }
        }
        ArticleMetadata meta = document.hints();
        return new CleanPage(List.of(new CleanArticle(Role.MAIN, meta, String.join("\n\n", paragraphs))), List.of());
    }

    public CleanConfig config() {
        return config;
    }
}
