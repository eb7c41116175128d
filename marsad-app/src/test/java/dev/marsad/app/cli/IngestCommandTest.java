package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.adapter.http.Validators;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcFeedStateStore;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.app.Main;
import dev.marsad.model.StoredArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad ingest} and {@code watch} end to end against a local fixture site and an embedded store. */
class IngestCommandTest {
    static final String[] FAST = {"--timeout", "1s", "--retries", "1", "--retry-backoff", "10ms", "--host-delay", "0s",
        "--allow-address", "127.0.0.1"};

    @TempDir
    Path dir;

    final SiteFixture site;
    String out;
    String err;

    IngestCommandTest() throws Exception {
        site = new SiteFixture();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    int run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(FAST));
        all.addAll(List.of(args));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    List<StoredArticle> stored() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            return new JdbcArticleStore(db).articles();
        }
    }

    @Test
    void ingestsAFeedsArticlesAndReportsEachFailure() {
        int code = run("ingest", site.url("/feed.xml"));

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out).isEqualTo("ingest: 4 inputs, 2 articles stored, 0 already present, 2 errors, "
                + "1 skipped by robots.txt\n");
        assertThat(err).contains("marsad: " + site.url("/gone.html") + ": could not be fetched (HTTP 404)")
                .contains("marsad: " + site.url("/error.html") + ": could not be fetched (HTTP 500 (gave up after 2 attempts))")
                .contains(site.url("/private/secret.html") + ": skipped, disallowed by robots.txt");
        assertThat(site.hits("/private/secret.html")).isZero();
        assertThat(site.hits("/error.html")).isEqualTo(2);
    }

    @Test
    void feedEntryDateAndTitleBecomeHints() {
        run("ingest", site.url("/feed.xml"));
        StoredArticle kim = stored().stream().filter(a -> a.ref().source().endsWith("/kim.html")).findFirst().orElseThrow();
        assertThat(kim.article().article().metadata().published()).contains("2023-09-13T08:30:00Z");
        assertThat(kim.article().article().text()).contains("كيم جونغ أون");
    }

    @Test
    void decodesWindows1256Pages() {
        run("ingest", site.url("/feed.xml"));
        assertThat(stored()).anySatisfy(a -> assertThat(a.article().article().text()).contains("زار الرئيس مدينة بيروت"));
    }

    @Test
    void ingestingAgainStoresNothingNew() {
        run("ingest", site.url("/sitemap.xml"), site.url("/kim.html"));
        assertThat(out).isEqualTo("ingest: 3 inputs, 2 articles stored, 1 already present, 0 errors\n");
        // Sitemap links already stored are not fetched again; the redirect leads to a page already stored.
        int code = run("ingest", site.url("/sitemap.xml"), site.url("/moved.html"));

        assertThat(code).isZero();
        assertThat(out).isEqualTo("ingest: 1 input, 0 articles stored, 3 already present, 0 errors\n");
        assertThat(site.hits("/sullivan.html")).isEqualTo(2);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void aBrokenFeedIsOneErrorAndOthersContinue() throws Exception {
        Path file = dir.resolve("local.txt");
        Files.writeString(file, "وصل وزير الخارجية إلى عمّان في زيارة رسمية تستمر يومين.", StandardCharsets.UTF_8);
        int code = run("ingest", site.url("/broken.xml"), file.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.lines()).singleElement().asString()
                .startsWith("marsad: " + site.url("/broken.xml") + ": malformed feed");
        assertThat(out).isEqualTo("ingest: 2 inputs, 1 article stored, 0 already present, 1 error\n");
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        int code = run("ingest", dir.resolve("nope.html").toString());
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("nope.html: no such file or directory");
    }

    @Test
    void watchOnceUsesConditionalGetWithinOneProcess() {
        int code = run("watch", "--once", site.url("/atom.xml"));
        assertThat(code).isZero();
        assertThat(out).startsWith("watch ").endsWith(": 1 input, 1 article stored, 0 already present, 0 errors\n");
    }

    @Test
    void aSecondPollOfAnUnchangedFeedIsA304AndDoesNothing() {
        IngestCommand command = new IngestCommand();
        command.options.fetch.hostDelay = java.time.Duration.ZERO;
        command.options.fetch.retries = 0;
        command.options.fetch.allowedAddresses = List.of("127.0.0.1");
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            Ingester ingester = command.newIngester(db, new java.io.PrintWriter(java.io.Writer.nullWriter()), false);
            ingester.poll(site.url("/atom.xml"));
            IngestTally first = ingester.restart();
            ingester.poll(site.url("/atom.xml"));
            IngestTally second = ingester.restart();

            assertThat(first.stored).isEqualTo(1);
            assertThat(site.notModified.get()).isEqualTo(1);
            assertThat(second.summary()).isEqualTo("0 inputs, 0 articles stored, 0 already present, 0 errors");
        }
    }

    @Test
    void separateWatchRunsRememberTheFeedsValidators() {
        assertThat(run("watch", "--once", site.url("/atom.xml"))).isZero();
        assertThat(run("watch", "--once", site.url("/atom.xml"))).isZero();

        assertThat(site.notModified.get()).isEqualTo(1);
        assertThat(out).endsWith(": 0 inputs, 0 articles stored, 0 already present, 0 errors\n");
    }

    @Test
    void aDeadLinkIsCountedButTheWatchExitsZeroAndTheFeedIsRememberedFor304() {
        int first = run("watch", "--once", site.url("/feed.xml"));
        assertThat(first).isEqualTo(ExitCodes.OK);
        assertThat(err).contains(site.url("/gone.html") + ": could not be fetched (HTTP 404); will retry in 5 min");
        assertThat(out).endsWith(": 4 inputs, 2 articles stored, 0 already present, 2 errors, "
                + "1 skipped by robots.txt\n");

        int second = run("watch", "--once", site.url("/feed.xml"));
        assertThat(second).isEqualTo(ExitCodes.OK);
        assertThat(site.notModified.get()).isEqualTo(1);
        // Nothing is due yet: the 304 costs no entry fetch at all.
        assertThat(site.hits("/gone.html")).isEqualTo(1);
        assertThat(out).endsWith(": 0 inputs, 0 articles stored, 0 already present, 0 errors\n");
    }

    @Test
    void failedEntriesAreRetriedWhenDueEvenThoughTheFeedIsUnchanged() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            Ingester ingester = pollingIngester(db, clock);
            ingester.poll(site.url("/feed.xml"));
            IngestTally first = ingester.restart();
            clock.advance(Duration.ofMinutes(1));
            ingester.poll(site.url("/feed.xml"));
            IngestTally early = ingester.restart();
            clock.advance(Duration.ofMinutes(5));
            ingester.poll(site.url("/feed.xml"));
            IngestTally due = ingester.restart();

            assertThat(first.errors).isEqualTo(2);
            assertThat(first.sourceErrors).isZero();
            assertThat(site.notModified.get()).isEqualTo(2);
            assertThat(early.summary()).isEqualTo("0 inputs, 0 articles stored, 0 already present, 0 errors");
            assertThat(due.summary()).isEqualTo("2 inputs, 0 articles stored, 0 already present, 2 errors");
            assertThat(site.hits("/gone.html")).isEqualTo(2);
            assertThat(site.hits("/error.html")).isEqualTo(4);
        }
    }

    @Test
    void aChangedFeedDoesNotFetchAWaitingEntryBeforeItsTime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            Ingester ingester = pollingIngester(db, clock);
            ingester.poll(site.url("/feed.xml"));
            ingester.restart();
            new JdbcFeedStateStore(db).remember(URI.create(site.url("/feed.xml")), Validators.NONE);
            ingester.poll(site.url("/feed.xml"));
            IngestTally second = ingester.restart();

            assertThat(site.hits("/feed.xml")).isEqualTo(2);
            assertThat(site.hits("/gone.html")).isEqualTo(1);
            assertThat(second.summary()).isEqualTo("0 inputs, 0 articles stored, 2 already present, 0 errors, "
                    + "1 skipped by robots.txt, 2 waiting for a retry");
        }
    }

    @Test
    void anEntryIsGivenUpAfterTheLastAttemptAndStoredWhenItAppears() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            JdbcFeedRetryStore retries = new JdbcFeedRetryStore(db, clock,
                    new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(5), 2));
            Ingester ingester = newIngester(db, retries);
            ingester.poll(site.url("/feed.xml"));
            clock.advance(Duration.ofMinutes(5));
            ingester.poll(site.url("/feed.xml"));
            clock.advance(Duration.ofDays(1));
            ingester.poll(site.url("/feed.xml"));

            assertThat(site.hits("/gone.html")).isEqualTo(2);
            // The feed changed meanwhile: a given-up entry is neither fetched nor counted as waiting.
            new JdbcFeedStateStore(db).remember(URI.create(site.url("/feed.xml")), Validators.NONE);
            ingester.restart();
            ingester.poll(site.url("/feed.xml"));
            assertThat(site.hits("/gone.html")).isEqualTo(2);
            assertThat(ingester.restart().waiting).isZero();
            URI feed = URI.create(site.url("/feed.xml"));
            assertThat(retries.find(feed, URI.create(site.url("/gone.html")))).get()
                    .satisfies(r -> assertThat(r.nextTry()).isEmpty());
            assertThat(retries.due(feed)).isEmpty();
        }
    }

    @Test
    void progressCountsEachPollOnItsOwn() {
        java.io.StringWriter bar = new java.io.StringWriter();
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            IngestCommand command = new IngestCommand();
            command.options.fetch.hostDelay = Duration.ZERO;
            command.options.fetch.allowedAddresses = List.of("127.0.0.1");
            Ingester ingester = command.newIngester(db, new java.io.PrintWriter(bar), true,
                    new JdbcFeedRetryStore(db));
            ingester.poll(site.url("/long-feed.xml"));
            ingester.progressBar().done();
            ingester.restart();
            bar.getBuffer().setLength(0);
            ingester.poll(site.url("/long-feed.xml"));

            // The feed (1) and its 20 entries, again: 21/21, never 42.
            assertThat(bar.toString()).contains(" 21/21 ").doesNotContain("/42").doesNotContain("22/");
        }
    }

    private Ingester pollingIngester(Database db, MutableClock clock) {
        return newIngester(db, new JdbcFeedRetryStore(db, clock, RetryPolicy.DEFAULT));
    }

    private static Ingester newIngester(Database db, JdbcFeedRetryStore retries) {
        IngestCommand command = new IngestCommand();
        command.options.fetch.hostDelay = Duration.ZERO;
        command.options.fetch.retries = 1;
        command.options.fetch.backoff = Duration.ofMillis(10);
        command.options.fetch.allowedAddresses = List.of("127.0.0.1");
        return command.newIngester(db, new java.io.PrintWriter(java.io.Writer.nullWriter()), false, retries);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theCommandLineRefusesLoopbackUnlessAllowed() {
        List<String> args = List.of("ingest", "--data-dir", dir.resolve("data").toString(), "--retries", "0",
                site.url("/kim.html"));
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains(site.url("/kim.html")
                + ": could not be fetched (refused: 127.0.0.1 is 127.0.0.1, a loopback address");
        assertThat(site.hits("/kim.html")).isZero();
    }

    @Test
    void aSelfReferencingSitemapIndexIsFetchedOnce() {
        int code = run("ingest", site.url("/self-index.xml"));
        assertThat(code).as(err).isZero();
        assertThat(site.hits("/self-index.xml")).isEqualTo(1);
        assertThat(site.hits("/sitemap.xml")).isEqualTo(1);
        assertThat(out).isEqualTo("ingest: 2 inputs, 2 articles stored, 0 already present, 0 errors\n");
    }

    @Test
    void aFeedGivesAtMostTheCapOfNewEntriesPerPollAndTheRestNextTime() {
        run("watch", "--once", "--max-new-links", "5", site.url("/long-feed.xml"));
        assertThat(err).contains(site.url("/long-feed.xml") + ": 5 new links taken, 15 left for the next run");
        assertThat(out).endsWith(": 5 inputs, 5 articles stored, 0 already present, 0 errors\n");
        run("watch", "--once", "--max-new-links", "5", site.url("/long-feed.xml"));
        assertThat(out).endsWith(": 5 inputs, 5 articles stored, 5 already present, 0 errors\n");
        assertThat(site.hits("/page")).isEqualTo(10);
    }

    @Test
    void aPollStopsWhenItsFetchBudgetIsSpent() {
        run("ingest", "--max-fetches", "3", site.url("/long-feed.xml"));
        assertThat(err).contains(site.url("/long-feed.xml") + ": budget for this input spent (3 fetches");
        assertThat(site.hits("/page")).isEqualTo(3);
    }

    @Test
    void aFiveThousandCharacterEntryUrlIsOneErrorAndTheRestGoesOn() {
        int code = run("watch", "--once", site.url("/long-url-feed.xml"));
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(err).contains(": could not be fetched (URL longer than 2048 characters)")
                .doesNotContain("database").doesNotContain("Exception");
        assertThat(out).endsWith(": 2 inputs, 1 article stored, 0 already present, 1 error\n");
    }

    @Test
    void watchRejectsAPageUrl() {
        int code = run("watch", "--once", site.url("/kim.html"));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains(site.url("/kim.html") + ": not an RSS/Atom feed or a sitemap");
    }

    @Test
    void unusableDatabaseUrlIsOneLine() {
        List<String> args = List.of("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/none", site.url("/kim.html"));
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(e.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("marsad: cannot open database jdbc:postgresql://127.0.0.1:1/none");
    }
}
