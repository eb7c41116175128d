package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.app.Main;
import dev.marsad.app.alert.JdbcWatchStore;
import dev.marsad.app.alert.Watch;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long-running {@code marsad watch} sends the alerts of what it stores, without a server. */
class WatchCommandAlertsTest {
    @TempDir
    Path dir;

    @Test
    void aLongRunningWatchPostsTheAlertOfANewArticle() throws Exception {
        Path data = dir.resolve("data");
        List<String> posts = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        AtomicInteger code = new AtomicInteger(-1);
        try (SiteFixture site = new SiteFixture()) {
            try (Database db = Database.open(DatabaseConfig.h2(data))) {
                new JdbcWatchStore(db).add(new Watch("w1", "واشنطن والقمة", "واشنطن تراقب", SearchFilters.NONE,
                        Optional.of(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")),
                        Optional.empty(), "test-secret-0123456789abcdef", Instant.now().minusSeconds(1)));
            }
            List<String> args = new ArrayList<>(List.of("watch", "--data-dir", data.toString(), "--interval", "1h"));
            args.addAll(List.of(IngestCommandTest.FAST));
            args.add(site.url("/atom.xml"));
            Thread watch = new Thread(() -> code.set(Main.run(args.toArray(String[]::new),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))));
            watch.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (posts.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            watch.interrupt();
            watch.join(30_000);
        } finally {
            receiver.stop(0);
        }
        // The feed's one entry is SiteFixture.SULLIVAN: «… واشنطن تراقب القمة …».
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0)).contains("\"type\":\"marsad.alert\"").contains("واشنطن والقمة");
        assertThat(code).hasValue(ExitCodes.OK);
    }
}
