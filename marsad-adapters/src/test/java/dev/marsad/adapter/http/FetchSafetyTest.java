package dev.marsad.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the fetcher refuses internal targets (on the first URL and on every redirect hop), follows a
 * bounded number of redirects, checks robots.txt for redirect targets, and holds one deadline over headers and
 * body. Everything runs against servers on 127.0.0.1.
 */
class FetchSafetyTest {
    static final byte[] SECRET = "<html><body><p>كلمة السر الداخلية</p></body></html>".getBytes(StandardCharsets.UTF_8);

    final FixtureServer server;
    final FixtureServer internal;

    FetchSafetyTest() throws IOException {
        server = new FixtureServer();
        internal = new FixtureServer();
        internal.serve("/secret.html", "text/html; charset=utf-8", SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
        internal.close();
    }

    private static FetchConfig config(AddressPolicy policy, Duration timeout) {
        return new FetchConfig(timeout, 100_000, 1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, policy);
    }

    @Test
    void theDefaultPolicyRefusesLoopbackWithoutConnecting() {
        FetchOutcome outcome = new PoliteFetcher(FetchConfig.DEFAULT.withMaxBytes(100_000))
                .fetch(internal.uri("/secret.html"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> assertThat(f.reason())
                .startsWith("refused: 127.0.0.1 is 127.0.0.1, a loopback address"));
        assertThat(internal.hits).isEmpty();
    }

    @Test
    void privateLinkLocalMulticastAndMappedAddressesAreRefused() throws Exception {
        for (String ip : new String[] {"10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "224.0.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254"}) {
            assertThat(AddressPolicy.isInternal(InetAddress.getByName(ip))).as(ip).isTrue();
        }
        assertThat(AddressPolicy.isInternal(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(AddressPolicy.isInternal(InetAddress.getByName("2001:4860:4860::8888"))).isFalse();
        assertThat(AddressPolicy.PUBLIC_ONLY.refusal(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasValueSatisfying(r -> assertThat(r).contains("link-local"));
        assertThat(AddressPolicy.allowing("10.0.0.0/8").refusal(URI.create("http://10.9.9.9/"))).isEmpty();
        assertThat(AddressPolicy.allowing("10.0.0.0/8").refusal(URI.create("http://11.0.0.1/"))).isEmpty();
        assertThat(AddressPolicy.allowing("10.0.0.0/8").refusal(URI.create("http://192.168.0.1/"))).isPresent();
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String url : new String[] {"file:///etc/passwd", "ftp://127.0.0.1/x", "jar:file:/x!/y", "gopher://x/"}) {
            assertThat(AddressPolicy.allowing("127.0.0.1").refusal(URI.create(url))).as(url)
                    .contains("only http and https URLs are fetched");
        }
    }

    @Test
    void aRedirectToAnotherInternalAddressIsRefused() {
        // The first server is allowed (a test server must be); its redirect to another loopback address is not.
        server.route("/go", e -> {
            e.getResponseHeaders().set("Location", "http://127.0.0.2:" + internal.uri("/").getPort() + "/secret.html");
            FixtureServer.send(e, 302, "text/plain", new byte[0]);
        });
        server.route("/meta", e -> {
            e.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            FixtureServer.send(e, 301, "text/plain", new byte[0]);
        });
        PoliteFetcher fetcher = new PoliteFetcher(config(AddressPolicy.allowing("127.0.0.1"), Duration.ofSeconds(5)));
        assertThat(fetcher.fetch(server.uri("/go"))).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("redirected to http://127.0.0.2:").contains("loopback address"));
        assertThat(fetcher.fetch(server.uri("/meta"))).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("169.254.169.254").contains("link-local"));
        assertThat(internal.hits).isEmpty();
    }

    @Test
    void aRedirectLoopEndsWithItsOwnReason() {
        server.route("/loop", e -> {
            e.getResponseHeaders().set("Location", "/loop");
            FixtureServer.send(e, 302, "text/plain", new byte[0]);
        });
        FetchOutcome outcome = new PoliteFetcher(config(AddressPolicy.allowing("127.0.0.1"), Duration.ofSeconds(5)))
                .fetch(server.uri("/loop"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).startsWith("too many redirects"));
        assertThat(server.count("/loop")).isEqualTo(FetchConfig.MAX_REDIRECTS + 1);
    }

    @Test
    void robotsTxtIsCheckedForTheRedirectTarget() {
        internal.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /secret\n".getBytes(StandardCharsets.UTF_8));
        server.route("/go", e -> {
            e.getResponseHeaders().set("Location", internal.uri("/secret.html").toString());
            FixtureServer.send(e, 302, "text/plain", new byte[0]);
        });
        FetchOutcome outcome = new PoliteFetcher(config(AddressPolicy.allowing("127.0.0.1"), Duration.ofSeconds(5)))
                .fetch(server.uri("/go"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Disallowed.class,
                d -> assertThat(d.reason()).contains("disallowed by robots.txt"));
        assertThat(internal.count("/secret.html")).isZero();
    }

    @Test
    void aTricklingBodyIsCutOffAtTheDeadline() {
        server.route("/trickle", e -> {
            e.getResponseHeaders().set("Content-Type", "text/html");
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (InterruptedException | IOException stopped) {
                // The client hung up: what the test wants.
            }
        });
        long start = System.nanoTime();
        FetchOutcome outcome = new PoliteFetcher(config(AddressPolicy.allowing("127.0.0.1"), Duration.ofMillis(800)))
                .fetch(server.uri("/trickle"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).startsWith("timed out after 800 ms"));
        assertThat(millis).as("a 30 s body stopped near the 0.8 s deadline").isLessThan(10_000);
    }

    @Test
    void anOverlongUrlIsRefusedCleanly() {
        URI longUrl = URI.create(server.uri("/").toString() + "a".repeat(5000));
        FetchOutcome outcome = new PoliteFetcher(config(AddressPolicy.allowing("127.0.0.1"), Duration.ofSeconds(5)))
                .fetch(longUrl);
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("URL longer than 2048 characters"));
    }
}
