package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcSourceStore;
import dev.marsad.adapter.store.SourceHealth;
import dev.marsad.app.Main;
import dev.marsad.model.StoredArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad watch --sources FILE} end to end against the local fixture site and an embedded store. */
class WatchSourcesTest {
    @TempDir
    Path dir;

    final SiteFixture site;
    String out;
    String err;

    WatchSourcesTest() throws Exception {
        site = new SiteFixture();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Path sourcesFile() throws Exception {
        Path file = dir.resolve("sources.toml");
        Files.writeString(file, String.format(java.util.Locale.ROOT, """
                [defaults]
                language = "ar"
                interval = "10m"

                [[source]]
                name = "agency"
                url = "%s"
                outlet = "وكالة الاختبار"
                country = "EG"

                [[source]]
                name = "dead"
                url = "%s"
                interval = "1h"

                [[source]]
                name = "sitemap"
                url = "%s"
                """, site.url("/atom.xml"), site.url("/gone.xml"), site.url("/sitemap.xml")),
                StandardCharsets.UTF_8);
        return file;
    }

    int run(String... args) {
        List<String> all = new ArrayList<>(List.of("watch", "--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(IngestCommandTest.FAST));
        all.addAll(List.of(args));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Map<String, SourceHealth> health() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            return new JdbcSourceStore(db).list().stream()
                    .collect(Collectors.toMap(h -> h.source().name(), Function.identity()));
        }
    }

    private List<StoredArticle> stored() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            return new JdbcArticleStore(db).articles();
        }
    }

    @Test
    void pollsEverySourceRecordsItsHealthAndADeadSourceDoesNotStopTheOthers() throws Exception {
        int code = run("--once", "--sources", sourcesFile().toString());

        assertThat(code).as("--once tells cron that a source failed").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.lines()).singleElement().asString().startsWith("watch ")
                .endsWith(": 4 inputs, 3 articles stored, 0 already present, 1 error");
        assertThat(err).contains("marsad: " + site.url("/gone.xml") + ": could not be fetched (HTTP 404)");
        Map<String, SourceHealth> health = health();
        assertThat(health).containsOnlyKeys("agency", "dead", "sitemap");
        SourceHealth agency = health.get("agency");
        assertThat(agency.polls()).isEqualTo(1);
        assertThat(agency.articlesStored()).isEqualTo(1);
        assertThat(agency.lastNewArticle()).isEqualTo(agency.lastPoll()).isPresent();
        assertThat(agency.errorsInRow()).isZero();
        assertThat(agency.source().country()).contains("EG");
        assertThat(agency.nextPoll().orElseThrow()).isEqualTo(agency.lastPoll().orElseThrow().plusSeconds(600));
        SourceHealth dead = health.get("dead");
        assertThat(dead.errorsInRow()).isEqualTo(1);
        assertThat(dead.lastError().orElseThrow()).isEqualTo("could not be fetched (HTTP 404)");
        assertThat(dead.nextPoll().orElseThrow()).isEqualTo(dead.lastPoll().orElseThrow().plusSeconds(3600));
        assertThat(health.get("sitemap").articlesStored()).isEqualTo(2);
        // The source's outlet fills in where the page does not name one.
        assertThat(stored()).filteredOn(a -> a.ref().source().endsWith("/moved.html")).singleElement()
                .satisfies(a -> assertThat(a.article().article().metadata().outlet()).contains("وكالة الاختبار"));

        run("--once", "--sources", sourcesFile().toString());
        health = health();
        assertThat(health.get("dead").errorsInRow()).isEqualTo(2);
        assertThat(health.get("agency").polls()).isEqualTo(2);
        assertThat(health.get("agency").articlesStored()).isEqualTo(1);
        assertThat(health.get("agency").lastNewArticle()).isEqualTo(agency.lastNewArticle());
    }

    @Test
    void serveShowsTheHealthThatWatchWrote() throws Exception {
        run("--once", "--sources", sourcesFile().toString());
        Path data = dir.resolve("data");
        try (Workspace workspace = new Workspace(data, DatabaseConfig.h2(data),
                new dev.marsad.adapter.http.PoliteFetcher(dev.marsad.adapter.http.FetchConfig.DEFAULT))) {
            dev.marsad.app.server.MarsadServer server = workspace.serve(
                    dev.marsad.app.server.ServerConfig.loopback(0, workspace.token));
            String body = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/sources")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            com.fasterxml.jackson.databind.JsonNode sources = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(body).get("sources");
            assertThat(sources).extracting(s -> s.get("name").asText() + " " + s.get("status").asText()
                    + " " + s.get("errorsInRow").asInt() + " " + s.get("articlesStored").asInt())
                    .containsExactly("agency ok 0 1", "dead failing 1 0", "sitemap ok 0 2");
        }
    }

    @Test
    void aLongRunningWatchKeepsPollingPastADeadSourceAndEndsCleanly() throws Exception {
        Path file = sourcesFile();
        AtomicInteger code = new AtomicInteger(-1);
        Thread watch = new Thread(() -> code.set(run("--sources", file.toString())));
        watch.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (site.hits("/sitemap.xml") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        // Wait for the round's summary line: the command is then asleep until the next source is due.
        while (watch.isAlive() && System.currentTimeMillis() < deadline && !roundDone(file)) {
            Thread.sleep(50);
        }
        assertThat(watch.isAlive()).as("a dead source does not end a long-running watch").isTrue();
        watch.interrupt();
        watch.join(10_000);
        assertThat(code.get()).isEqualTo(ExitCodes.OK);
        assertThat(health().get("dead").errorsInRow()).isEqualTo(1);
    }

    private boolean roundDone(Path file) {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            return new JdbcSourceStore(db).list().stream().allMatch(h -> h.polls() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aBadSourcesFileIsOneLineNamingItAndExit2() throws Exception {
        Path file = dir.resolve("bad.toml");
        Files.writeString(file, "[[source]]\nname = \"a\"\nurl = \"https://a.example/rss\"\ninterval = \"soon\"\n");
        assertThat(run("--once", "--sources", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.lines()).singleElement().asString()
                .isEqualTo("marsad: " + file + ": source 1 ('a'): interval not a duration (try 30s, 15m, 2h): soon");
        assertThat(out).isEmpty();

        Path missing = dir.resolve("missing.toml");
        assertThat(run("--once", "--sources", missing.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.lines()).singleElement().asString()
                .isEqualTo("marsad: " + missing + ": cannot be read (NoSuchFileException: " + missing + ")");
    }

    @Test
    void urlsAndASourcesFileTogetherOrNeitherIsAUsageError() throws Exception {
        assertThat(run("--once")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("give either feed or sitemap URLs or --sources FILE");
        assertThat(run("--once", "--sources", sourcesFile().toString(), site.url("/feed.xml")))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }
}
