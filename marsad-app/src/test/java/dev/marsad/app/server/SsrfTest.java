package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: {@code POST /api/ingest {"url": …}} pointing at a service on this machine (another port of
 * 127.0.0.1) is refused with a 422 naming the reason, the internal server is never contacted, and nothing from it
 * can be read back through the API.
 */
class SsrfTest {
    private static final String SECRET = "<html><body><p>كلمة السر الداخلية لخادم الإدارة</p></body></html>";

    @Test
    void anExplicitlyAllowedAddressIsFetchedPolitelyButAFeedIsNotStoredAsAnArticle() throws Exception {
        HttpServer local = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        local.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
                byte[] rules = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, rules.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(rules);
                }
                return;
            }
            boolean feed = exchange.getRequestURI().getPath().endsWith(".xml");
            byte[] body = (feed ? "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>أخبار</title>"
                    + "<item><title>خبر</title><link>http://example.com/a</link></item></channel></rss>"
                    : SECRET).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", feed ? "application/rss+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        local.start();
        String base = "http://127.0.0.1:" + local.getAddress().getPort();
        try (Fixtures fx = new Fixtures(ServerConfig.DEFAULT_MAX_BODY,
                dev.marsad.adapter.http.AddressPolicy.allowing("127.0.0.1"))) {
            assertThat(postUrl(fx, base + "/page.html").statusCode()).isEqualTo(201);
            HttpResponse<String> feed = postUrl(fx, base + "/feed.xml");
            assertThat(feed.statusCode()).isEqualTo(422);
            assertThat(feed.body()).contains("a feed or sitemap, not an article page");
            // The server's fetches obey robots.txt as the command line's do.
            HttpResponse<String> disallowed = postUrl(fx, base + "/private/page.html");
            assertThat(disallowed.statusCode()).isEqualTo(422);
            assertThat(disallowed.body()).contains("disallowed by robots.txt");
            HttpResponse<String> tooLong = postUrl(fx, base + "/" + "a".repeat(5000));
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(tooLong.body()).contains("url longer than 2048 characters");
        } finally {
            local.stop(0);
        }
    }

    @Test
    void aTricklingServerNeitherHangsItsIngestNorBlocksTheOthers() throws Exception {
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (InterruptedException | java.io.IOException stopped) {
                // The client hung up at its deadline.
            }
        });
        slow.start();
        try (Fixtures fx = new Fixtures(ServerConfig.DEFAULT_MAX_BODY,
                dev.marsad.adapter.http.AddressPolicy.allowing("127.0.0.1"))) {
            java.util.concurrent.CompletableFuture<HttpResponse<String>> trickled =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return postUrl(fx, "http://127.0.0.1:" + slow.getAddress().getPort() + "/page.html");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            Thread.sleep(300);
            // While the trickling fetch runs, a pasted article is stored: fetching does not hold the ingest queue.
            HttpResponse<String> pasted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(fx.url("/api/ingest"))).header("Content-Type", "text/plain; charset=utf-8")
                    .header(WriteToken.HEADER, fx.token.value()).POST(HttpRequest.BodyPublishers.ofString(
                            "قمة في القاهرة\n\nقال الرئيس إن القمة ناجحة.", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(pasted.statusCode()).isEqualTo(201);
            assertThat(trickled.isDone()).as("the trickling fetch is still going").isFalse();
            HttpResponse<String> cutOff = trickled.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(cutOff.statusCode()).isEqualTo(422);
            assertThat(cutOff.body()).contains("timed out after 2000 ms");
        } finally {
            slow.stop(0);
        }
    }

    private static HttpResponse<String> postUrl(Fixtures fx, String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.url("/api/ingest")))
                        .header("Content-Type", "application/json").header(WriteToken.HEADER, fx.token.value())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anInternalUrlIsRefusedAndNeverFetched() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        internal.start();
        try (Fixtures fx = new Fixtures()) {
            int before = fx.articles.articles().size();
            for (String url : new String[] {
                "http://127.0.0.1:" + internal.getAddress().getPort() + "/secret.html",
                "http://localhost:" + internal.getAddress().getPort() + "/secret.html",
                "http://169.254.169.254/latest/meta-data/"}) {
                HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(fx.url("/api/ingest"))).header("Content-Type", "application/json")
                        .header(WriteToken.HEADER, fx.token.value())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(reply.statusCode()).as(url).isEqualTo(422);
                assertThat(reply.body()).as(url).contains("refused: ").contains(" address");
            }
            assertThat(hits.get()).isZero();
            assertThat(fx.articles.articles()).hasSize(before);
            assertThat(fx.index.search("الإدارة", dev.marsad.port.SearchIndex.SearchFilters.NONE, 5).total()).isZero();
        } finally {
            internal.stop(0);
        }
    }
}
