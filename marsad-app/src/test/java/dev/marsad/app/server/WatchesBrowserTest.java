package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.app.alert.AlertFixtures;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The watches view in Debian's headless Chromium (see {@link BrowserTest}): save, see alerts, delete. */
class WatchesBrowserTest {
    @TempDir
    static Path dir;
    static Database database;
    static Alerts alerts;
    static LuceneSearchIndex index;
    static IngestService ingest;
    static MarsadServer server;
    static WebDriver driver;
    static Path profile;
    static final WriteToken TOKEN = WriteToken.ephemeral();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        database = AlertFixtures.h2(dir);
        InMemoryStoryStore stories = new InMemoryStoryStore();
        InMemoryArticleStore articles = new InMemoryArticleStore(stories);
        index = LuceneSearchIndex.inMemory();
        alerts = new Alerts(database, stories, AddressPolicy.PUBLIC_ONLY, Optional.empty(),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 2), Clock.systemUTC()).start();
        ingest = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), 1_000_000), articles, stories);
        SearchFollower search = new SearchFollower(articles, index);
        ingest.addListener(search.listener());
        ingest.addListener(alerts::onArticle);
        ingest.start();
        server = MarsadServer.start(ServerConfig.loopback(0, TOKEN), articles, stories, ingest, search,
                SourceListing.NONE, Optional.of(alerts));
        profile = Files.createTempDirectory("marsad-chromium");
        driver = BrowserTest.newDriver(profile);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
            alerts.close();
            index.close();
            database.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aWatchIsSavedFromThePageShowsItsAlertsAsTextAndIsDeleted() {
        driver.get("http://127.0.0.1:" + server.port() + "/#token=" + TOKEN.value());
        waitFor().until(ExpectedConditions.textToBe(By.id("watch-count"), "(0)"));

        type("watch-name", "درنة <img src=x onerror=alert(7)>");
        type("watch-q", "فيضانات درنة");
        driver.findElement(By.cssSelector("#watch-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#watch-list li.watch"), 1));
        WebElement watch = driver.findElement(By.cssSelector("#watch-list li.watch"));
        assertThat(watch.findElement(By.cssSelector(".watch-name")).getText()).isEqualTo("درنة <img src=x onerror=alert(7)>");
        assertThat(driver.findElements(By.cssSelector("#watch-list img"))).as("the name is text, not markup").isEmpty();
        assertThat(watch.findElement(By.cssSelector(".criteria")).getText()).contains("«فيضانات درنة»");
        assertThat(driver.findElement(By.cssSelector("#watch-status .secret")).getText()).matches("[0-9a-f]{64}");
        String id = watch.getAttribute("data-id");
        assertThat(watch.findElement(By.cssSelector("a.export")).getAttribute("href")).endsWith("/feeds/watches/" + id + ".atom");

        IngestService.IngestResult stored = ingest.ingestBytes("https://news.example/derna",
                "فيضانات درنة <b>عاجل</b>\n\nجرفت السيول والفيضانات أحياء كاملة في مدينة درنة الليبية."
                        .getBytes(StandardCharsets.UTF_8), Optional.of("text/plain; charset=utf-8"));
        assertThat(stored.error()).isEmpty();
        driver.navigate().refresh();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("#watch-list li.watch .alert-count"), "تنبيه واحد"));
        driver.findElement(By.cssSelector("#watch-list li.watch .watch-name")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#watch-list li.alert"), 1));
        WebElement alert = driver.findElement(By.cssSelector("#watch-list li.alert a"));
        assertThat(alert.getText()).contains("فيضانات درنة <b>عاجل</b>");
        assertThat(driver.findElements(By.cssSelector("#watch-list li.alert b"))).isEmpty();
        assertThat(alert.getAttribute("href")).contains("#story=s-");

        driver.findElement(By.cssSelector("#watch-list li.watch .delete-watch")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#watch-list li.watch"), 0));
        assertThat(driver.findElement(By.id("watch-status")).getText()).isEqualTo("حُذفت المتابعة.");
        assertThat(alerts.watches().all()).isEmpty();
    }

    @Test
    void aSaveWithoutSearchWordsOrFilterShowsTheServersReason() {
        driver.get("http://127.0.0.1:" + server.port() + "/#token=" + TOKEN.value());
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("watch-form")));
        type("watch-name", "فارغة");
        driver.findElement(By.cssSelector("#watch-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("watch-status"), "تعذّر الحفظ"));
        assertThat(driver.findElement(By.id("watch-status")).getText()).contains("needs \"q\"");
    }
}
