package dev.marsad.app.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Arabic news site on 127.0.0.1 and an ephemeral port: an RSS feed, an Atom feed, a sitemap, a broken
 * feed, a redirect, a 404, a 500, a windows-1256 page, robots.txt with a disallowed folder, and ETag support.
 */
final class SiteFixture implements AutoCloseable {
    static final String KIM = "<html><head><meta charset=\"utf-8\"><title>كيم في روسيا</title></head><body>"
            + "<p>وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا للقاء الرئيس فلاديمير بوتين.</p>"
            + "<p>وقال المتحدث باسم الكرملين إن الزيارة ستستمر أياما.</p></body></html>";
    static final String BEIRUT = "<html><head><meta charset=\"windows-1256\"></head><body>"
            + "<p>زار الرئيس مدينة بيروت اليوم الاثنين والتقى رئيس الحكومة.</p></body></html>";
    static final String SULLIVAN = "<html><body><p>قال جايك ساليفان إن واشنطن تراقب القمة عن كثب.</p></body></html>";

    private final HttpServer server;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    final AtomicInteger notModified = new AtomicInteger();

    SiteFixture() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    private void handle(HttpExchange e) throws IOException {
        String path = e.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        try (e) {
            switch (path) {
                case "/robots.txt" -> send(e, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", StandardCharsets.UTF_8);
                case "/feed.xml" -> feed(e);
                case "/atom.xml" -> atomFeed(e);
                case "/sitemap.xml" -> send(e, 200, "application/xml", sitemap(), StandardCharsets.UTF_8);
                case "/self-index.xml" -> send(e, 200, "application/xml", selfIndex(), StandardCharsets.UTF_8);
                case "/long-feed.xml" -> send(e, 200, "application/rss+xml", longFeed(), StandardCharsets.UTF_8);
                case "/long-url-feed.xml" -> send(e, 200, "application/rss+xml", longUrlFeed(), StandardCharsets.UTF_8);
                case "/page" -> send(e, 200, "text/html; charset=utf-8", KIM.replace("أياما",
                        "أياما " + e.getRequestURI().getQuery()), StandardCharsets.UTF_8);
                case "/broken.xml" -> send(e, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item>",
                        StandardCharsets.UTF_8);
                case "/kim.html", "/private/secret.html" -> send(e, 200, "text/html; charset=utf-8", KIM, StandardCharsets.UTF_8);
                case "/beirut.html" -> send(e, 200, "text/html", BEIRUT, Charset.forName("windows-1256"));
                case "/sullivan.html" -> send(e, 200, "text/html; charset=utf-8", SULLIVAN, StandardCharsets.UTF_8);
                case "/moved.html" -> {
                    e.getResponseHeaders().set("Location", "/sullivan.html");
                    e.sendResponseHeaders(302, -1);
                }
                case "/error.html" -> e.sendResponseHeaders(500, -1);
                default -> e.sendResponseHeaders(404, -1);
            }
        }
    }

    private void feed(HttpExchange e) throws IOException {
        if ("\"feed-v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            e.sendResponseHeaders(304, -1);
            return;
        }
        e.getResponseHeaders().set("ETag", "\"feed-v1\"");
        send(e, 200, "application/rss+xml", rss(), StandardCharsets.UTF_8);
    }

    private void atomFeed(HttpExchange e) throws IOException {
        if ("Thu, 14 Sep 2023 10:00:00 GMT".equals(e.getRequestHeaders().getFirst("If-Modified-Since"))) {
            notModified.incrementAndGet();
            e.sendResponseHeaders(304, -1);
            return;
        }
        e.getResponseHeaders().set("Last-Modified", "Thu, 14 Sep 2023 10:00:00 GMT");
        send(e, 200, "application/atom+xml", atom(), StandardCharsets.UTF_8);
    }

    private String rss() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>"
                + item("كيم يصل إلى روسيا", "/kim.html", "<pubDate>Wed, 13 Sep 2023 08:30:00 GMT</pubDate>")
                + item("الرئيس في بيروت", "/beirut.html", "")
                + item("خبر محذوف", "/gone.html", "")
                + item("سري", "/private/secret.html", "")
                + item("خطأ في الخادم", "/error.html", "")
                + "</channel></rss>";
    }

    private String item(String title, String path, String extra) {
        return "<item><title>" + title + "</title><link>" + url(path) + "</link>" + extra + "</item>";
    }

    private String atom() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>وكالة</title>"
                + "<id>urn:x</id><updated>2023-09-14T10:00:00Z</updated><entry><title>ساليفان</title>"
                + "<link href=\"" + url("/moved.html") + "\"/><id>urn:x:1</id><updated>2023-09-14T10:00:00Z</updated>"
                + "</entry></feed>";
    }

    /** A sitemap index listing itself (and the sitemap): the issue 12 loop. */
    private String selfIndex() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + url("/self-index.xml") + "</loc></sitemap>"
                + "<sitemap><loc>" + url("/sitemap.xml") + "</loc></sitemap></sitemapindex>";
    }

    /** Twenty entries, each a distinct page. */
    private String longFeed() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            items.append(item("خبر " + i, "/page?n=" + i, ""));
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>" + items
                + "</channel></rss>";
    }

    /** An entry whose URL is 5,000 characters long, then an ordinary one. */
    private String longUrlFeed() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>"
                + item("طويل", "/page?n=" + "x".repeat(5000), "") + item("كيم", "/kim.html", "") + "</channel></rss>";
    }

    private String sitemap() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + url("/kim.html") + "</loc></url><url><loc>" + url("/sullivan.html") + "</loc></url></urlset>";
    }

    private static void send(HttpExchange e, int status, String type, String body, Charset charset) throws IOException {
        byte[] bytes = body.getBytes(charset);
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
