package dev.marsad.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Watched sources and their health, on H2 and (when {@code MARSAD_TEST_PG_URL} is set) PostgreSQL. */
class JdbcSourceStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private DatabaseConfig fresh(String kind) throws Exception {
        return kind.equals("h2") ? DatabaseConfig.h2(Files.createTempDirectory(dir, "data"))
                : new PostgresStoreTest().freshDatabase();
    }

    private static WatchedSource source(String name, String url, Duration interval) {
        return new WatchedSource(name, URI.create(url), Optional.of("الجزيرة"), Optional.of("ar"), Optional.of("QA"),
                interval);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void registersRecordsPollsAndKeepsHealthAcrossARegistration(String kind) throws Exception {
        try (Database db = Database.open(fresh(kind))) {
            JdbcSourceStore store = new JdbcSourceStore(db);
            store.register("/etc/a.toml", List.of(source("jazeera", "https://a.example/rss", Duration.ofMinutes(10)),
                    source("dead", "https://b.example/rss", Duration.ofMinutes(5))));
            SourceHealth never = store.list().get(1);
            assertThat(never.source().name()).isEqualTo("jazeera");
            assertThat(never.lastPoll()).isEmpty();
            assertThat(never.polls()).isZero();

            store.recordPoll("jazeera", new SourceHealth.Poll(T0, 3, Optional.empty(), T0.plusSeconds(600)));
            store.recordPoll("jazeera", new SourceHealth.Poll(T0.plusSeconds(600), 0, Optional.empty(), T0.plusSeconds(1200)));
            store.recordPoll("dead", new SourceHealth.Poll(T0, 0, Optional.of("could not be fetched (HTTP 404)"), T0.plusSeconds(300)));
            store.recordPoll("dead", new SourceHealth.Poll(T0.plusSeconds(300), 0, Optional.of("x".repeat(2000)), T0.plusSeconds(600)));

            // A second registration (the file edited: jazeera's interval changed, dead removed, new added).
            store.register("/etc/a.toml", List.of(source("jazeera", "https://a.example/rss", Duration.ofMinutes(20)),
                    source("new", "https://c.example/rss", Duration.ofHours(1))));
            List<SourceHealth> all = store.list();
            assertThat(all).extracting(h -> h.source().name()).containsExactly("jazeera", "new");
            SourceHealth ok = all.get(0);
            assertThat(ok.source().interval()).isEqualTo(Duration.ofMinutes(20));
            assertThat(ok.source().outlet()).contains("الجزيرة");
            assertThat(ok.lastPoll()).contains(T0.plusSeconds(600));
            assertThat(ok.lastNewArticle()).contains(T0);
            assertThat(ok.lastSuccess()).contains(T0.plusSeconds(600));
            assertThat(ok.nextPoll()).contains(T0.plusSeconds(1200));
            assertThat(ok.polls()).isEqualTo(2);
            assertThat(ok.articlesStored()).isEqualTo(3);
            assertThat(ok.errorsInRow()).isZero();
            assertThat(ok.lastError()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void errorsCountInARowUntilAGoodPollAndAnotherFilesSourcesStay(String kind) throws Exception {
        try (Database db = Database.open(fresh(kind))) {
            JdbcSourceStore store = new JdbcSourceStore(db);
            store.register("/a.toml", List.of(source("dead", "https://b.example/rss", Duration.ofMinutes(5))));
            store.register("/b.toml", List.of(source("other", "https://o.example/rss", Duration.ofMinutes(5))));
            store.recordPoll("dead", new SourceHealth.Poll(T0, 0, Optional.of("HTTP 404"), T0.plusSeconds(300)));
            store.recordPoll("dead", new SourceHealth.Poll(T0, 0, Optional.of("y".repeat(2000)), T0.plusSeconds(300)));
            SourceHealth dead = store.list().get(0);
            assertThat(dead.errorsInRow()).isEqualTo(2);
            assertThat(dead.lastError().orElseThrow()).hasSize(1024);
            assertThat(dead.lastSuccess()).isEmpty();
            store.recordPoll("dead", new SourceHealth.Poll(T0.plusSeconds(600), 1, Optional.empty(), T0.plusSeconds(900)));
            dead = store.list().get(0);
            assertThat(dead.errorsInRow()).isZero();
            assertThat(dead.lastError()).isEmpty();
            assertThat(dead.lastNewArticle()).contains(T0.plusSeconds(600));
            // Registering a.toml again with nothing in it leaves b.toml's source alone.
            store.register("/a.toml", List.of());
            assertThat(store.list()).extracting(h -> h.source().name()).containsExactly("other");
            store.recordPoll("unknown", new SourceHealth.Poll(T0, 0, Optional.empty(), T0));
            assertThat(store.list()).hasSize(1);
        }
    }
}
