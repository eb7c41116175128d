package dev.marsad.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Politeness and failure handling against a local server, with short timeouts and back-off. */
class PoliteFetcherTest {
    /** The local test server is on loopback, which the default policy refuses: allowed here explicitly. */
    static final AddressPolicy LOCAL = AddressPolicy.allowing("127.0.0.1");
    static final FetchConfig FAST = new FetchConfig(Duration.ofMillis(500), 10_000, 3, Duration.ofMillis(10),
            Duration.ofMillis(50), Duration.ZERO, Duration.ofMillis(300), LOCAL);
    static final byte[] PAGE = "<html><body><p>خبر عاجل من بيونغ يانغ</p></body></html>".getBytes(StandardCharsets.UTF_8);

    final FixtureServer server;

    PoliteFetcherTest() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPage() {
        server.serve("/a.html", "text/html; charset=utf-8", PAGE);
        FetchOutcome outcome = new PoliteFetcher(FAST).fetch(server.uri("/a.html"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.body()).isEqualTo(PAGE);
            assertThat(f.contentType()).contains("text/html; charset=utf-8");
        });
    }

    @Test
    void doesNotRetryNotFound() {
        FetchOutcome outcome = new PoliteFetcher(FAST).fetch(server.uri("/missing"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.status()).contains(404));
        assertThat(server.count("/missing")).isEqualTo(1);
    }

    @Test
    void retriesServerErrorsThenGivesUp() {
        server.route("/boom", e -> FixtureServer.send(e, 500, "text/plain", new byte[0]));
        FetchOutcome outcome = new PoliteFetcher(FAST).fetch(server.uri("/boom"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.status()).contains(500);
            assertThat(f.reason()).contains("HTTP 500").contains("3 attempts");
        });
        assertThat(server.count("/boom")).isEqualTo(3);
    }

    @Test
    void backsOffExponentiallyBetweenRetries() {
        server.route("/boom", e -> FixtureServer.send(e, 503, "text/plain", new byte[0]));
        new PoliteFetcher(FAST).fetch(server.uri("/boom"));
        var hits = server.hits.stream().filter(h -> h.path().equals("/boom")).toList();
        long first = hits.get(1).nanos() - hits.get(0).nanos();
        long second = hits.get(2).nanos() - hits.get(1).nanos();
        assertThat(Duration.ofNanos(first)).isGreaterThanOrEqualTo(Duration.ofMillis(10));
        assertThat(Duration.ofNanos(second)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void recoversWhenARetrySucceeds() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/flaky", e -> FixtureServer.send(e, calls.incrementAndGet() == 1 ? 503 : 200, "text/html", PAGE));
        assertThat(new PoliteFetcher(FAST).fetch(server.uri("/flaky"))).isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void timesOutOnASlowResponse() {
        server.route("/slow", e -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.send(e, 200, "text/html", PAGE);
        });
        FetchConfig once = new FetchConfig(Duration.ofMillis(200), 10_000, 2, Duration.ofMillis(1),
                Duration.ofMillis(1), Duration.ZERO, Duration.ZERO, LOCAL);
        FetchOutcome outcome = new PoliteFetcher(once).fetch(server.uri("/slow"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("timed out"));
        assertThat(server.count("/slow")).isEqualTo(2);
    }

    @Test
    void followsRedirects() {
        server.serve("/new.html", "text/html", PAGE);
        server.route("/old.html", e -> {
            e.getResponseHeaders().set("Location", "/new.html");
            FixtureServer.send(e, 301, "text/plain", new byte[0]);
        });
        FetchOutcome outcome = new PoliteFetcher(FAST).fetch(server.uri("/old.html"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(f.finalUri()).isEqualTo(server.uri("/new.html")));
    }

    @Test
    void capsTheBodySize() {
        server.serve("/big", "text/html", new byte[20_000]);
        FetchOutcome outcome = new PoliteFetcher(FAST).fetch(server.uri("/big"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.reason()).contains("more than 10000 bytes");
            assertThat(f.retryable()).isFalse();
        });
    }

    @Test
    void obeysRobotsDisallowWithoutRequestingThePage() {
        server.serve("/robots.txt", "text/plain",
                "User-agent: marsadbot\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
        server.serve("/private/a.html", "text/html", PAGE);
        server.serve("/public/a.html", "text/html", PAGE);
        PoliteFetcher fetcher = new PoliteFetcher(FAST);

        assertThat(fetcher.fetch(server.uri("/private/a.html"))).isInstanceOf(FetchOutcome.Disallowed.class);
        assertThat(fetcher.fetch(server.uri("/public/a.html"))).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(server.count("/private/a.html")).isZero();
        assertThat(server.count("/robots.txt")).as("robots.txt is cached per host").isEqualTo(1);
    }

    @Test
    void honoursCrawlDelay() {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.2\n".getBytes(StandardCharsets.UTF_8));
        server.serve("/a", "text/html", PAGE);
        server.serve("/b", "text/html", PAGE);
        PoliteFetcher fetcher = new PoliteFetcher(FAST);
        fetcher.fetch(server.uri("/a"));
        fetcher.fetch(server.uri("/b"));
        long a = server.hits.stream().filter(h -> h.path().equals("/a")).findFirst().orElseThrow().nanos();
        long b = server.hits.stream().filter(h -> h.path().equals("/b")).findFirst().orElseThrow().nanos();
        assertThat(Duration.ofNanos(b - a)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void conditionalGetTurnsAnUnchangedFeedIntoNotModified() {
        server.route("/feed.xml", e -> {
            if ("\"v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(e, 304, "application/rss+xml", new byte[0]);
            } else {
                e.getResponseHeaders().set("ETag", "\"v1\"");
                e.getResponseHeaders().set("Last-Modified", "Wed, 13 Sep 2023 10:00:00 GMT");
                FixtureServer.send(e, 200, "application/rss+xml", PAGE);
            }
        });
        PoliteFetcher fetcher = new PoliteFetcher(FAST);
        FetchOutcome first = fetcher.fetch(server.uri("/feed.xml"), Validators.NONE);
        FetchOutcome second = fetcher.fetch(server.uri("/feed.xml"), ((FetchOutcome.Fetched) first).validators());

        assertThat(first).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(f.validators().etag()).contains("\"v1\""));
        assertThat(second).isInstanceOf(FetchOutcome.NotModified.class);
        assertThat(server.hits.get(server.hits.size() - 1).headers().get("If-modified-since"))
                .containsExactly("Wed, 13 Sep 2023 10:00:00 GMT");
    }

    @Test
    void refusedConnectionIsAValue() {
        FetchConfig once = new FetchConfig(Duration.ofMillis(300), 1000, 1, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Duration.ZERO, LOCAL);
        FetchOutcome outcome = new PoliteFetcher(once).fetch(java.net.URI.create("http://127.0.0.1:1/x"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.status()).isEqualTo(Optional.empty()));
    }
}
