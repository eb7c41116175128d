package dev.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.Database;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch and alert tables (migration V7) through their stores, on H2; {@link Postgres} runs the same on PostgreSQL. */
class AlertStoreTest {
    @TempDir
    Path dir;
    Database database;
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    Database open() throws Exception {
        return AlertFixtures.h2(dir);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private Watch full() {
        SearchFilters filters = new SearchFilters(Optional.of("هسبريس"), Optional.of(LocalDate.of(2023, 9, 1)),
                Optional.of(LocalDate.of(2023, 9, 30)), Optional.of("LOC:marrakech"));
        return AlertFixtures.watch("w1", "زلزال المغرب", "زلزال الحوز", filters,
                Optional.of(URI.create("https://hooks.example.org/a/b?token=x")), Optional.of("desk@example.org"), T0);
    }

    @Test
    void aWatchIsKeptWithEveryFieldAndDeletedWithItsAlerts() throws Exception {
        database = open();
        JdbcWatchStore watches = new JdbcWatchStore(database);
        JdbcAlertLog log = new JdbcAlertLog(database);
        Watch watch = full();
        watches.add(watch);
        Watch entityOnly = AlertFixtures.watch("w2", "كيم", "", SearchFilters.NONE.withEntityKey("PER:kim"),
                Optional.empty(), Optional.empty(), T0.plusSeconds(1));
        watches.add(entityOnly);

        assertThat(watches.find("w1")).contains(watch);
        assertThat(watches.all()).containsExactly(watch, entityOnly);
        assertThat(log.record(new Alert("w1", "s1", "a1", T0, "{}"), List.of(Delivery.Channel.WEBHOOK))).isTrue();

        assertThat(watches.delete("w1")).isTrue();
        assertThat(watches.delete("w1")).isFalse();
        assertThat(watches.find("w1")).isEmpty();
        assertThat(log.alerts("w1", 10)).isEmpty();
        assertThat(log.due(T0.plusSeconds(60), 10)).isEmpty();
        assertThat(watches.all()).containsExactly(entityOnly);
    }

    @Test
    void aStoryAlertsOnceEvenWhenRecordedAgainAfterAReopen() throws Exception {
        database = open();
        new JdbcWatchStore(database).add(full());
        JdbcAlertLog log = new JdbcAlertLog(database);
        List<Delivery.Channel> both = List.of(Delivery.Channel.WEBHOOK, Delivery.Channel.EMAIL);
        assertThat(log.record(new Alert("w1", "s1", "a1", T0, "{\"n\":1}"), both)).isTrue();
        assertThat(log.record(new Alert("w1", "s1", "a2", T0.plusSeconds(5), "{\"n\":2}"), both)).isFalse();
        assertThat(log.record(new Alert("gone", "s1", "a1", T0, "{}"), both)).as("no such watch").isFalse();
        database.close();
        database = open();
        log = new JdbcAlertLog(database);
        assertThat(log.record(new Alert("w1", "s1", "a3", T0.plusSeconds(9), "{\"n\":3}"), both)).isFalse();
        assertThat(log.alerts("w1", 10)).extracting(Alert::articleId, Alert::payload)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "{\"n\":1}"));
        assertThat(log.count("w1")).isEqualTo(1);
        assertThat(log.due(T0, 10)).extracting(Delivery::channel)
                .containsExactlyInAnyOrder(Delivery.Channel.WEBHOOK, Delivery.Channel.EMAIL);
    }

    @Test
    void aDeliveryIsClaimedOnceAndItsOutcomeKept() throws Exception {
        database = open();
        new JdbcWatchStore(database).add(full());
        JdbcAlertLog log = new JdbcAlertLog(database);
        log.record(new Alert("w1", "s1", "a1", T0, "{}"), List.of(Delivery.Channel.WEBHOOK));
        assertThat(log.nextDue()).contains(T0);
        Delivery due = log.due(T0, 10).get(0);
        assertThat(due.watch()).isEqualTo(full());
        assertThat(due.alert().storyId()).isEqualTo("s1");

        assertThat(log.claim(due, T0.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(log.claim(due, T0.plus(Duration.ofMinutes(2)))).as("a second dispatcher").isFalse();
        assertThat(log.due(T0.plusSeconds(60), 10)).isEmpty();

        log.failed(due.id(), 1, Optional.of(T0.plusSeconds(10)), "webhook answered HTTP 500");
        JdbcAlertLog.DeliveryState failed = log.deliveries("w1").get(0);
        assertThat(failed.state()).isEqualTo("pending");
        assertThat(failed.lastError()).contains("webhook answered HTTP 500");
        Delivery again = log.due(T0.plusSeconds(10), 10).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.id()).isEqualTo(due.id());

        log.delivered(due.id(), 2, T0.plusSeconds(11));
        JdbcAlertLog.DeliveryState done = log.deliveries("w1").get(0);
        assertThat(done.state()).isEqualTo("delivered");
        assertThat(done.deliveredAt().map(t -> t.truncatedTo(ChronoUnit.SECONDS))).contains(T0.plusSeconds(11));
        assertThat(log.nextDue()).isEmpty();

        log.failed(due.id(), 8, Optional.empty(), "given up");
        assertThat(log.deliveries("w1").get(0).state()).isEqualTo("failed");
    }
}
