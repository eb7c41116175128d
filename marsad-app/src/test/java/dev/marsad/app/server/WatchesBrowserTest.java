package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.app.ingest.IngestService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
    static WatchingServer watching;
    static HeadlessChromium browser;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        watching = new WatchingServer(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (watching != null) {
            watching.close();
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
        driver.get(watching.url("/#token=" + watching.token.value()));
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

        IngestService.IngestResult stored = watching.ingest.ingestBytes("https://news.example/derna",
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
        assertThat(watching.alerts.watches().all()).isEmpty();
    }

    @Test
    void aSaveWithoutSearchWordsOrFilterShowsTheServersReason() {
        driver.get(watching.url("/#token=" + watching.token.value()));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("watch-form")));
        type("watch-name", "فارغة");
        driver.findElement(By.cssSelector("#watch-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("watch-status"), "تعذّر الحفظ"));
        assertThat(driver.findElement(By.id("watch-status")).getText()).contains("needs \"q\"");
    }
}
