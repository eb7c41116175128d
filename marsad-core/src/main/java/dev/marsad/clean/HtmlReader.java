package dev.marsad.clean;

import dev.marsad.calendar.DateMatch;
import dev.marsad.calendar.DateParser;
import dev.marsad.model.ArticleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reduces an HTML page to classified lines of its main content plus the metadata its head states. Steps:
 * <ol>
 *   <li>metadata: {@code og:title}/{@code <title>}, {@code og:site_name} or JSON-LD publisher, publication
 *       time from {@code article:published_time}, JSON-LD {@code datePublished} or {@code <time datetime>},
 *       {@code <html lang>};</li>
 *   <li>drop scripts, styles, forms, navigation, headers, footers, asides and hidden elements;</li>
 *   <li>choose the content root: the element with the most paragraph text after subtracting link text
 *       (text density minus link density, as in readability-style extractors);</li>
 *   <li>emit one line per block element, with the share of its characters inside links, so that related-link
 *       lists become furniture.</li>
 * </ol>
 * Malformed HTML is parsed as browsers do (jsoup's HTML5 tree builder); never throws. Thread-safe.
 */
final class HtmlReader {
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL);
    private static final String DROP = "script, style, noscript, template, svg, iframe, form, nav, header, footer, aside, "
            + "button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[hidden], figcaption, .share, .social, .breadcrumb, .breadcrumbs, .tags, .related, .comments, .advert, .ads";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption, div, section, article, br, tr, ul, ol, table, main";

    /**
     * Lines and metadata of a page.
     *
     * @param lines    classified lines of the content root, in order
     * @param metadata what the page's head states
     * @param removed  lines dropped before line rules (captions)
     */
    record Page(List<Line> lines, ArticleMetadata metadata, List<String> removed) {
    }

    private HtmlReader() {
    }

    static Page read(String html) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata meta = metadata(doc);
        List<String> removed = new ArrayList<>();
        doc.select("figcaption").forEach(e -> {
            if (!e.text().isBlank()) {
                removed.add(e.text().strip());
            }
        });
        doc.select(DROP).remove();
        Element root = contentRoot(doc);
        List<Line> lines = new ArrayList<>();
        emitLines(root, lines);
        return new Page(lines, meta, removed);
    }

    static ArticleMetadata metadata(Document doc) {
        Optional<String> title = firstMeta(doc, "meta[property=og:title]", "meta[name=twitter:title]")
                .or(() -> ArticleAssembler.nonBlank(doc.title()));
        Optional<String> outlet = firstMeta(doc, "meta[property=og:site_name]", "meta[name=application-name]")
                .or(() -> jsonLd(doc, JSON_LD_PUBLISHER));
        title = title.map(t -> stripSiteSuffix(t, outlet));
        Optional<String> published = firstMeta(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date]")
                .or(() -> jsonLd(doc, JSON_LD_DATE))
                .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
                .flatMap(HtmlReader::isoDate);
        Optional<String> language = ArticleAssembler.nonBlank(doc.select("html").attr("lang"))
                .map(l -> l.toLowerCase(Locale.ROOT).split("[-_]")[0]);
        return ArticleMetadata.EMPTY.withTitle(title).withOutlet(outlet).withPublished(published).withLanguage(language);
    }

    private static Optional<String> isoDate(String raw) {
        List<DateMatch> found = DateParser.find(raw);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).iso() + found.get(0).time().orElse(""));
    }

    private static String stripSiteSuffix(String title, Optional<String> outlet) {
        String[] parts = title.split("\\s+[|\\-–—»]\\s+");
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        boolean isSite = outlet.map(o -> o.strip().equalsIgnoreCase(last)).orElse(false) || LineClassifier.countWords(last) <= 3;
        return isSite ? title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceAll("[\\s|\\-–—»]+$", "").strip() : title.strip();
    }

    private static Optional<String> firstMeta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return Optional.of(e.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> jsonLd(Document doc, Pattern pattern) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = pattern.matcher(script.data());
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The element whose paragraphs hold the most non-link text; the body when nothing stands out. */
    static Element contentRoot(Document doc) {
        Element body = doc.body();
        Elements explicit = doc.select("[itemprop=articleBody], article, main, [role=main]");
        Element best = body;
        double bestScore = score(body) * 0.5;
        for (Element candidate : explicit) {
            double s = score(candidate) * 1.2;
            if (s > bestScore) {
                best = candidate;
                bestScore = s;
            }
        }
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                double s = score(parent);
                if (s > bestScore) {
                    best = parent;
                    bestScore = s;
                }
            }
        }
        return best;
    }

    private static double score(Element e) {
        double text = 0;
        for (Element p : e.select("p, h1, h2, h3, li, blockquote")) {
            text += p.ownText().length();
        }
        double links = e.select("a").text().length();
        double all = Math.max(1, e.text().length());
        return text * (1 - links / all);
    }

    private static void emitLines(Element root, List<Line> out) {
        StringBuilder line = new StringBuilder();
        int[] linkChars = {0};
        for (Node child : root.childNodes()) {
            walk(child, line, linkChars, out, false);
        }
        flush(line, linkChars, out);
    }

    private static void walk(Node node, StringBuilder line, int[] linkChars, List<Line> out, boolean inLink) {
        if (node instanceof TextNode text) {
            String t = text.text();
            line.append(t);
            if (inLink) {
                linkChars[0] += t.strip().length();
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        boolean block = e.is(BLOCKS);
        if (block) {
            flush(line, linkChars, out);
        }
        boolean link = inLink || e.normalName().equals("a");
        for (Node child : e.childNodes()) {
            walk(child, line, linkChars, out, link);
        }
        if (block) {
            flush(line, linkChars, out);
        }
    }

    private static void flush(StringBuilder line, int[] linkChars, List<Line> out) {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            double density = linkChars[0] / (double) Math.max(1, text.replaceAll("\\s+", "").length());
            out.add(LineClassifier.classify(text, Math.min(1, density)));
        }
        line.setLength(0);
        linkChars[0] = 0;
    }
}
