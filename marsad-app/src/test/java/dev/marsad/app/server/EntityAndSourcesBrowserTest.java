package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The entity page view (#entity=KEY) and the sources page (/sources) in Debian's headless Chromium. */
class EntityAndSourcesBrowserTest {
    private static Fixtures fx;
    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        fx = new Fixtures();
        fx.storeExtracted("kim-moscow.txt", "كيم في موسكو", "الأمة برس", "2023-09-13T09:00:00Z",
                "قال كيم جونغ أون في موسكو: نرحب بالتعاون.", List.of(
                        new Entity("كيم جونغ أون", EntityType.PERSON, "PER:kim", 4, 16),
                        new Entity("موسكو", EntityType.LOCATION, "LOC:moscow", 20, 25)),
                List.of(new Quote(Optional.of("كيم جونغ أون"), Optional.of("PER:kim"), "نرحب بالتعاون", true)));
        fx.sources = SourceSamples.around(Instant.now());
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aNameChipOpensItsPageWithSpellingsChartStoriesQuotesAndOutlets() {
        driver.get(fx.url("/"));
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.story"), 3));
        WebElement link = driver.findElement(By.cssSelector("#story-s-kim .chip .entity[data-key='PER:kim'] + a.entity-page"));
        assertThat(link.getAttribute("href")).endsWith("#entity=PER%3Akim");
        link.click();
        WebElement card = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#entity-view .entity-card[data-key='PER:kim']")));
        assertThat(card.findElement(By.className("headline")).getText()).startsWith("كيم جونغ أون");
        assertThat(card.findElement(By.className("spellings")).getText())
                .contains("كيم جونغ أون (2)").contains("كيم جونج أون (1)");
        List<WebElement> bars = card.findElements(By.cssSelector(".chart svg rect.bar"));
        assertThat(bars).as("mentions on the 12th and the 13th").hasSize(2);
        assertThat(Double.parseDouble(bars.get(1).getAttribute("height")))
                .isEqualTo(2 * Double.parseDouble(bars.get(0).getAttribute("height")), org.assertj.core.data.Offset.offset(0.5));
        assertThat(card.findElement(By.cssSelector(".entity-stories a.story-link")).getAttribute("href")).endsWith("#story=s-kim");
        assertThat(card.findElements(By.cssSelector(".entity-articles li"))).hasSize(3);
        assertThat(card.findElements(By.cssSelector(".quotesBy li.quote"))).singleElement()
                .satisfies(q -> assertThat(q.getText()).contains("«نرحب بالتعاون»"));
        assertThat(card.findElements(By.cssSelector(".quotesAbout li.quote"))).hasSize(2);
        assertThat(card.findElement(By.cssSelector(".related a.entity-page")).getText()).isEqualTo("موسكو");
        assertThat(card.findElements(By.cssSelector("table.outlets tbody tr"))).hasSize(2);
        assertThat(card.findElement(By.cssSelector("table.outlets tbody tr td")).getText()).isEqualTo("الأمة برس");
        screenshot("marsad-entity-page.png");

        // A companion name leads to its own page; filtering the search by the name is still a click away.
        card.findElement(By.cssSelector(".related a.entity-page")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".entity-card[data-key='LOC:moscow']")));
        driver.findElement(By.cssSelector(".entity-card .filter-entity")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hits li.hit"), 1));
        assertThat(driver.findElement(By.id("filter-note")).getText()).contains("موسكو");
        // The search's names come as a CSV download.
        assertThat(driver.findElement(By.id("entities-csv")).getAttribute("href"))
                .isEqualTo(fx.url("/api/entities?entity=LOC%3Amoscow&format=csv"));
    }

    @Test
    void anEntityPermalinkOpensItsPageAndMarkupInANameStaysText() {
        driver.get(fx.url("/#entity=" + java.net.URLEncoder.encode("PER:<x>", java.nio.charset.StandardCharsets.UTF_8)));
        WebElement card = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".entity-card")));
        assertThat(card.findElement(By.className("headline")).getText()).startsWith("<img src=x onerror=alert(3)>");
        assertThat(driver.findElements(By.cssSelector("#entity-view img"))).isEmpty();
        driver.get(fx.url("/#entity=none"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-view"), "تعذّر العثور على الاسم"));
    }

    @Test
    void sourcesPageShowsEachSourcesHealthAsText() {
        driver.get(fx.url("/sources"));
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#source-rows tr.source"), 4));
        assertThat(driver.findElement(By.id("source-count")).getText()).isEqualTo("(4)");
        WebElement agency = driver.findElement(By.cssSelector("tr.source[data-name='agency']"));
        assertThat(agency.getAttribute("class")).contains("status-ok");
        assertThat(agency.getText()).contains(SourceSamples.MARKUP_OUTLET).contains("10 د").contains("سليم");
        WebElement dead = driver.findElement(By.cssSelector("tr.source[data-name='dead']"));
        assertThat(dead.findElement(By.cssSelector("td.errors")).getText()).isEqualTo("3");
        assertThat(dead.findElement(By.cssSelector("td.status")).getText()).contains("يتعثر")
                .contains("could not be fetched (HTTP 404) <b>x</b>");
        assertThat(driver.findElement(By.cssSelector("tr.source[data-name='stale'] td.status")).getText()).isEqualTo("متأخر");
        assertThat(driver.findElement(By.cssSelector("tr.source[data-name='fresh'] td.status")).getText()).isEqualTo("لم يُستطلع بعد");
        assertThat(driver.findElements(By.cssSelector("main img, main b"))).isEmpty();
        screenshot("marsad-sources-page.png");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        org.junit.jupiter.api.Assertions.assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        // The reader page links here.
        driver.get(fx.url("/"));
        // Waited for, not looked up at once: on a loaded machine the reader page may still be loading.
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("footer a[href='/sources']")))
                .getText()).isEqualTo("المصادر وحالتها");
    }

    /** Kept in the temporary directory for a look by eye, as BrowserTest keeps the reader page's. */
    private static void screenshot(String name) {
        try {
            Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                    .toPath(), Path.of(System.getProperty("java.io.tmpdir"), name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
