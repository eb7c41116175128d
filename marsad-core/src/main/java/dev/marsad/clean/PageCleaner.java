package dev.marsad.clean;

import dev.marsad.model.CleanPage;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Clean stage: reads a decoded {@link SourceDocument} and produces the page's articles (main first, then
 * appended) with their metadata, and the boilerplate lines it removed, in page order. HTML is first reduced to
 * lines of its main content ({@link HtmlReader}); then both formats go through the same line rules
 * ({@link LineClassifier}, {@link ArticleSegmenter}). Never throws on bad web data. Thread-safe.
 */
public final class PageCleaner {
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    private final CleanConfig config;

    public PageCleaner(CleanConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public CleanPage clean(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.format() == DocumentFormat.HTML) {
            HtmlReader.Page page = HtmlReader.read(document.content());
            return ArticleSegmenter.segment(page.lines(), page.metadata().orElse(document.hints()), config, page.removed());
        }
        List<Line> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(document.content(), -1)) {
            lines.add(LineClassifier.classify(raw, 0));
        }
        return ArticleSegmenter.segment(lines, document.hints(), config, List.of());
    }

    public CleanConfig config() {
        return config;
    }
}
