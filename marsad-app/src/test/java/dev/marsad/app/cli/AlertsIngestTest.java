package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcStoryStore;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.app.Main;
import dev.marsad.app.alert.Alert;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.alert.JdbcAlertLog;
import dev.marsad.app.alert.Watch;
import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.Story;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert path end to end with the real pipeline and story grouping: five outlets' copies of one story arrive
 * one {@code marsad ingest} at a time (five processes' worth of runs on one database), and the watch fires once;
 * a server's dispatcher then posts that one alert to a webhook receiver on 127.0.0.1.
 */
class AlertsIngestTest {
    static final List<String> OUTLETS = List.of("هسبريس", "الأمة برس", "سبوتنيك عربي", "الشرق الأوسط", "الجزيرة نت");

    @TempDir
    Path dir;

    private void ingest(Path data, Path input) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"ingest", "--data-dir", data.toString(), input.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String line(int i) {
        String text = "أفادت " + OUTLETS.get(i) + " بأن " + ArabicStories.QUAKE_1;
        return "{\"url\": \"https://outlet" + i + ".example/quake\", \"title\": \"زلزال قوي يضرب إقليم الحوز\", "
                + "\"outlet\": \"" + OUTLETS.get(i) + "\", \"time\": \"2023-09-09T0" + (i + 1) + ":00:00+01:00\", "
                + "\"text\": \"" + text.replace("\n", " ") + "\"}\n";
    }

    @Test
    void copiesFromFiveOutletsArrivingOneByOneFireOneAlertAndOnePost() throws Exception {
        Path data = dir.resolve("data");
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> posts = new CopyOnWriteArrayList<>();
        receiver.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            try (Database db = Database.open(DatabaseConfig.h2(data))) {
                new dev.marsad.app.alert.JdbcWatchStore(db).add(new Watch("w1", "زلزال الحوز", "زلزال الحوز",
                        SearchFilters.NONE, Optional.of(hook), Optional.empty(), "test-secret-0123456789abcdef",
                        Instant.now().minusSeconds(1)));
            }
            for (int i = 0; i < OUTLETS.size(); i++) {
                ingest(data, Files.writeString(dir.resolve("copy-" + i + ".jsonl"), line(i), StandardCharsets.UTF_8));
            }
            try (Database db = Database.open(DatabaseConfig.h2(data))) {
                List<Story> stories = new JdbcStoryStore(db).stories();
                assertThat(stories).as("the five copies make one story").hasSize(1);
                assertThat(stories.get(0).articles()).hasSize(5);
                JdbcAlertLog log = new JdbcAlertLog(db);
                List<Alert> alerts = log.alerts("w1", 10);
                assertThat(alerts).hasSize(1);
                assertThat(alerts.get(0).storyId()).isEqualTo(stories.get(0).id());

                try (Alerts server = new Alerts(db, new JdbcStoryStore(db), AddressPolicy.allowing("127.0.0.1"),
                        Optional.empty(), new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 3),
                        Clock.systemUTC()).start()) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    while (posts.isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    Thread.sleep(300); // room for a second post, which must not come
                }
                assertThat(posts).hasSize(1);
                assertThat(posts.get(0)).contains(stories.get(0).id()).contains("زلزال الحوز");
                assertThat(log.deliveries("w1")).extracting(JdbcAlertLog.DeliveryState::state)
                        .containsExactly("delivered");
            }
        } finally {
            receiver.stop(0);
        }
    }
}
