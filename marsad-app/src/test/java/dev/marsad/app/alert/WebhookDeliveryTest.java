package dev.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook alerts to a receiver this test runs on 127.0.0.1, which refuses the first attempts. */
class WebhookDeliveryTest {
    static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 5);

    record Received(String body, String signature, String delivery, String event, String contentType) {
    }

    @TempDir
    Path dir;
    Database database;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<Instant> attempts = new CopyOnWriteArrayList<>();
    final List<String> deliveryIds = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        database = AlertFixtures.h2(dir);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            attempts.add(Instant.now());
            deliveryIds.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Marsad-Delivery")));
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            if (status == 204) {
                received.add(new Received(new String(body, StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("X-Marsad-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Marsad-Delivery"),
                        exchange.getRequestHeaders().getFirst("X-Marsad-Event"),
                        exchange.getRequestHeaders().getFirst("Content-Type")));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        database.close();
    }

    private URI hook() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private Alert fire(JdbcAlertLog log, String payload) {
        new JdbcWatchStore(database).add(AlertFixtures.watch("w1", "زلزال", "زلزال", SearchFilters.NONE,
                Optional.of(hook()), Optional.empty(), Instant.now()));
        Alert alert = new Alert("w1", "s1", "a1", Instant.now(), payload);
        log.record(alert, List.of(Delivery.Channel.WEBHOOK));
        return alert;
    }

    /** The receiver's side of docs/ALERTS.md: HMAC-SHA256 of the raw body with the shared secret, hex. */
    private static String expectedSignature(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aFailingReceiverGetsTheSameSignedBodyAgainWithGrowingWaitsUntilItTakesIt() throws Exception {
        failuresLeft.set(2);
        JdbcAlertLog log = new JdbcAlertLog(database);
        String payload = "{\"type\":\"marsad.alert\",\"story\":{\"headline\":\"زلزال المغرب\"}}";
        fire(log, payload);
        try (AlertDispatcher dispatcher = new AlertDispatcher(log, Map.of(Delivery.Channel.WEBHOOK,
                new WebhookSender(AddressPolicy.allowing("127.0.0.1"), Duration.ofSeconds(5))), FAST,
                Clock.systemUTC()).start()) {
            waitFor(() -> log.deliveries("w1").get(0).state().equals("delivered"));
        }
        assertThat(attempts).hasSize(3);
        assertThat(received).hasSize(1);
        Received got = received.get(0);
        assertThat(got.body()).isEqualTo(payload);
        assertThat(got.signature()).isEqualTo(expectedSignature("test-secret-0123456789abcdef", got.body()));
        assertThat(got.signature()).isNotEqualTo(expectedSignature("another-secret-0123456789", got.body()));
        assertThat(got.event()).isEqualTo("alert");
        assertThat(got.contentType()).startsWith("application/json");
        // One delivery id on every try, so a receiver that took it but answered too late can drop the repeat.
        assertThat(deliveryIds).hasSize(3).containsOnly(got.delivery());
        assertThat(got.delivery()).matches("[0-9a-f]{32}");
        // Back-off: 100 ms after the first failure, 200 ms after the second (the policy doubles).
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        JdbcAlertLog.DeliveryState state = log.deliveries("w1").get(0);
        assertThat(state.attempts()).isEqualTo(3);
        assertThat(state.lastError()).isEmpty();
    }

    @Test
    void aReceiverThatNeverTakesItIsGivenUpAfterThePolicysLastAttempt() throws Exception {
        failuresLeft.set(Integer.MAX_VALUE);
        JdbcAlertLog log = new JdbcAlertLog(database);
        fire(log, "{}");
        RetryPolicy three = new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(100), 3);
        try (AlertDispatcher dispatcher = new AlertDispatcher(log, Map.of(Delivery.Channel.WEBHOOK,
                new WebhookSender(AddressPolicy.allowing("127.0.0.1"), Duration.ofSeconds(5))), three,
                Clock.systemUTC()).start()) {
            waitFor(() -> log.deliveries("w1").get(0).state().equals("failed"));
        }
        assertThat(attempts).hasSize(3);
        assertThat(log.deliveries("w1").get(0).lastError()).contains("webhook answered HTTP 503");
    }

    @Test
    void loopbackIsRefusedUnlessTheOperatorAllowedIt() throws Exception {
        JdbcAlertLog log = new JdbcAlertLog(database);
        fire(log, "{}");
        try (AlertDispatcher dispatcher = new AlertDispatcher(log, Map.of(Delivery.Channel.WEBHOOK,
                new WebhookSender(AddressPolicy.PUBLIC_ONLY, Duration.ofSeconds(5))),
                new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(50), 1), Clock.systemUTC()).start()) {
            waitFor(() -> log.deliveries("w1").get(0).state().equals("failed"));
        }
        assertThat(attempts).as("the receiver was never called").isEmpty();
        assertThat(log.deliveries("w1").get(0).lastError().orElse(""))
                .contains("127.0.0.1").contains("loopback");
    }
}
