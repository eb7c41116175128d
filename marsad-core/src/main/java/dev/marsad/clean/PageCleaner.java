package dev.marsad.clean;

import dev.marsad.model.CleanArticle;
import dev.marsad.model.CleanPage;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.Role;
import dev.marsad.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Clean stage: reads a decoded {@link SourceDocument} and produces the page's articles (main first, then
 * appended) with their metadata, and the boilerplate lines it removed, in page order. HTML is first reduced to
 * lines of its main content ({@link HtmlReader}); then both formats go through the same line rules
 * ({@link LineClassifier}, {@link ArticleSegmenter}). Never throws on bad web data. Thread-safe.
 */
public final class PageCleaner {
    private final CleanConfig config;

    public PageCleaner(CleanConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public CleanPage clean(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        return withOutletFromAddress(segment(document), document.source());
    }

    private CleanPage segment(SourceDocument document) {
        if (document.format() == DocumentFormat.HTML) {
            HtmlReader.Page page = HtmlReader.read(document.content());
            return ArticleSegmenter.segment(page.lines(), page.metadata().orElse(document.hints()), config, page.removed());
        }
        List<Line> lines = new ArrayList<>();
        for (String raw : lines(document.content())) {
            lines.add(LineClassifier.classify(raw, 0));
        }
        return ArticleSegmenter.segment(lines, document.hints(), config, List.of());
    }

    /**
     * The page's own article takes the outlet of the page's address (a known host) when the page names none: a
     * last resort, after og:site_name, site-name lines and bylines. Pasted articles keep what they say.
     */
    private static CleanPage withOutletFromAddress(CleanPage page, String source) {
        if (page.articles().isEmpty() || page.articles().get(0).role() != Role.MAIN
                || page.articles().get(0).metadata().outlet().isPresent()) {
            return page;
        }
        Optional<String> outlet = Outlets.ofAddress(source);
        if (outlet.isEmpty()) {
            return page;
        }
        List<CleanArticle> articles = new ArrayList<>(page.articles());
        CleanArticle main = articles.get(0);
        articles.set(0, new CleanArticle(main.role(), main.metadata().withOutlet(outlet), main.text()));
        return new CleanPage(articles, page.removed());
    }

    /**
     * {@code content.split("\\R", -1)} by hand: the lines between line breaks (\r\n as one), trailing empty
     * lines kept.
     */
    static List<String> lines(String content) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = content.length();
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.add(content.substring(start, i));
                if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(content.substring(start));
        return out;
    }

    public CleanConfig config() {
        return config;
    }
}
