package dev.marsad.adapter.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a fetched document is, judged by its content (servers mislabel feeds as text/html and pages as XML). */
public enum LinkKind {
    /** An RSS 0.9x/1.0/2.0 or Atom feed. */
    FEED,
    /** An XML sitemap or sitemap index. */
    SITEMAP,
    /** Anything else: an article page or text. */
    PAGE;

    // The first element name after the XML declaration, comments, processing instructions and a doctype.
    private static final Pattern ROOT = Pattern.compile(
            "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\\w.:-]*)", Pattern.DOTALL);

    /** Sniffs the root element of the first 2 KiB. */
    public static LinkKind of(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB
                && (body[2] & 0xff) == 0xBF ? 3 : 0;
        // Root element names are ASCII in every encoding a feed or sitemap uses (UTF-8, windows-1256, …).
        String head = new String(body, start, Math.min(body.length - start, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = ROOT.matcher(head);
        if (!m.find()) {
            return PAGE;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String local = name.substring(name.indexOf(':') + 1);
        return switch (local) {
            case "rss", "feed", "rdf" -> FEED;
            case "urlset", "sitemapindex" -> SITEMAP;
            default -> PAGE;
        };
    }
}
