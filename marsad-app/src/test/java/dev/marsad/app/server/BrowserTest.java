package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.model.Story;
import dev.marsad.model.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader page in Debian's headless Chromium, driven through Debian's chromedriver (never a Selenium Manager
 * download). Skips only when Chromium or chromedriver is not installed; {@code .ci/install.sh} installs both.
 */
class BrowserTest {
    static final Path SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"), "marsad-page.png");

    private static Fixtures fx;
    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        fx = new Fixtures();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @BeforeEach
    void load() {
        driver.get(fx.url("/"));
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.story"), 3));
    }

    @Test
    void storiesComeAPageAtATimeWithAButtonForMore() {
        List<Story> original = fx.stories.stories();
        try {
            List<Story> many = new java.util.ArrayList<>();
            for (int i = 0; i < 25; i++) {
                StoredArticle a = fx.store("page-" + i + ".txt", "خبر رقم " + i, "الأمة برس", "2023-09-1" + (i % 10),
                        "نص الخبر رقم " + i + " عن حدث في مدينة.", List.of());
                many.add(Fixtures.story("s-page-" + i, "خبر رقم " + i, List.of(a), "نص الخبر رقم " + i + "."));
            }
            fx.stories.replaceAll(many);
            driver.get(fx.url("/"));
            waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.story"), 20));
            assertThat(driver.findElement(By.id("story-count")).getText()).isEqualTo("(25)");
            WebElement more = driver.findElement(By.id("more-stories"));
            assertThat(more.isDisplayed()).isTrue();
            more.click();
            waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.story"), 25));
            assertThat(more.isDisplayed()).isFalse();
        } finally {
            fx.stories.replaceAll(original);
        }
    }

    @Test
    void aStorysPermalinkShowsItOnTopAndASearchAddressRunsTheSearch() {
        driver.get(fx.url("/#story=s-quake"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("linked-story-s-quake")));
        assertThat(driver.findElement(By.cssSelector("#linked-story .headline")).getText()).startsWith("زلزال المغرب");
        assertThat(driver.findElement(By.cssSelector("#story-s-quake .permalink")).getAttribute("href")).endsWith("/stories/s-quake");

        driver.get(fx.url("/?q=" + java.net.URLEncoder.encode("صواريخ", java.nio.charset.StandardCharsets.UTF_8)));
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hits li.hit"), 1));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("صواريخ");

        // The permanent address redirects to the page with the story on top.
        driver.get(fx.url("/stories/s-quake"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("linked-story-s-quake")));
        assertThat(driver.getCurrentUrl()).isEqualTo(fx.url("/#story=s-quake"));
    }

    @Test
    void onlyWebAddressesBecomeLinksToTheOriginal() {
        // The fixtures' articles come from files: their titles are text, never links to a path.
        assertThat(driver.findElements(By.cssSelector("#story-s-kim table.sources a"))).isEmpty();
        Object kinds = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [originalLink('https://example.org/a', 't').nodeName, originalLink('javascript:alert(1)', 't').nodeName,"
                        + " originalLink('/etc/passwd', 't').nodeName];");
        assertThat(kinds).asList().containsExactly("A", "#text", "#text");
    }

    @Test
    void storiesCanBeReorderedAndWindowedAndBreakingOnesAreMarked() {
        assertThat(driver.findElement(By.cssSelector("#story-s-kim .meta .breaking")).getText()).isEqualTo("عاجل");
        assertThat(driver.findElements(By.cssSelector("#story-s-quake .meta .breaking"))).isEmpty();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("story-sort"))).selectByValue("recent");
        waitFor().until(d -> "story-s-xss".equals(d.findElement(By.cssSelector("#stories article.story")).getAttribute("id")));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("story-days"))).selectByValue("1");
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stories article.story"), 2));
        assertThat(driver.findElement(By.id("story-count")).getText()).isEqualTo("(2)");
    }

    @Test
    void pageIsArabicRightToLeft() {
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(driver.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
    }

    @Test
    void storiesAreRenderedWithSummarySourcesAndEntities() throws IOException {
        WebElement kim = driver.findElement(By.id("story-s-kim"));
        assertThat(kim.findElement(By.className("headline")).getText()).isEqualTo("زيارة كيم جونغ أون إلى روسيا");
        assertThat(kim.findElement(By.cssSelector(".summary li")).getText())
                .contains("قال بيسكوف إن المحادثات حساسة.").contains("الأمة برس");
        assertThat(kim.findElements(By.cssSelector("table.sources tbody tr"))).hasSize(3);
        assertThat(kim.findElement(By.cssSelector(".meta")).getText()).contains("أول من نشر: الأمة برس");
        assertThat(kim.findElements(By.cssSelector(".entity"))).isNotEmpty();
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void volumeChartHasOneBarPerDay() {
        List<WebElement> bars = driver.findElements(By.cssSelector("#story-s-kim .chart svg rect.bar"));
        assertThat(bars).hasSize(2);
        double first = Double.parseDouble(bars.get(0).getAttribute("height"));
        double second = Double.parseDouble(bars.get(1).getAttribute("height"));
        assertThat(second).as("two articles on the 13th, one on the 12th").isEqualTo(first * 2, within());
    }

    @Test
    void searchShowsStemmedMatchesMarked() {
        driver.findElement(By.id("q")).sendKeys("صواريخ");
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hits li.hit"), 1));
        assertThat(driver.findElement(By.cssSelector("#hits li.hit mark")).getText()).isEqualTo("الصواريخ");
        assertThat(driver.findElement(By.cssSelector("#hits li.hit .title")).getText()).isEqualTo("قمة بوتين وكيم جونج أون");
        // The hit links to its story.
        assertThat(driver.findElement(By.cssSelector("#hits li.hit a.story-link")).getAttribute("href")).endsWith("#story=s-kim");
    }

    @Test
    void clickingAnEntityFiltersByItsKey() {
        driver.findElement(By.cssSelector("#story-s-kim .entity[data-key='PER:kim']")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hits li.hit"), 2));
        assertThat(driver.findElement(By.id("filter-note")).getText()).contains("كيم جونغ أون");
    }

    @Test
    void injectedMarkupIsShownAsText() {
        WebElement xss = driver.findElement(By.id("story-s-xss"));
        assertThat(xss.findElement(By.className("headline")).getText()).isEqualTo(Fixtures.XSS_TITLE);
        assertThat(xss.getText()).contains("<img src=x onerror=alert(2)>").contains("<b>منفذ</b>")
                .contains("<i>متحدث</i>");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("main script, main b, main i"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void quotesViewShowsWhoSaidWhatNewestFirstAsTextWithArticleAndStoryLinks() {
        By items = By.cssSelector("#quote-list li.quote");
        waitFor().until(ExpectedConditions.numberOfElementsToBe(items, 5));
        List<WebElement> quotes = driver.findElements(items);
        WebElement newest = quotes.get(0);
        assertThat(newest.findElement(By.tagName("blockquote")).getText()).isEqualTo("«" + Fixtures.XSS_TEXT + "»");
        assertThat(newest.findElement(By.className("speaker")).getText()).isEqualTo("<i>متحدث</i>");
        assertThat(newest.findElement(By.className("story-link")).getAttribute("href")).endsWith("#story-s-xss");
        assertThat(driver.findElements(By.cssSelector("#quote-list img, #quote-list i, #quote-list b"))).isEmpty();
        WebElement kim = quotes.get(1);
        assertThat(kim.getText()).contains("سبوتنيك عربي").contains("2023-09-13").contains("قول مباشر");
        assertThat(kim.findElement(By.linkText("المقال")).getAttribute("href"))
                .startsWith(fx.url("/api/articles/"));
        assertThat(kim.findElement(By.className("story-link")).getAttribute("href")).endsWith("#story-s-kim");
        assertThat(driver.findElement(By.id("quote-count")).getText()).isEqualTo("(5)");
    }

    @Test
    void quotesAreSearchedAndTheCsvLinkFollowsTheSearch() {
        driver.findElement(By.id("quote-q")).sendKeys("فوستوتشني");
        driver.findElement(By.cssSelector("#quote-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#quote-list li.quote"), 1));
        assertThat(driver.findElement(By.id("quote-csv")).getAttribute("href")).contains("format=csv")
                .contains("q=%D9%81");
    }

    @Test
    void aClickedNameShowsTheQuotesItSaid() {
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#quote-list li.quote"), 5));
        driver.findElement(By.cssSelector("#story-s-kim .entity[data-key='PER:kim']")).click();
        // The fixture's quotes have no known speaker, so none is by كيم جونغ أون.
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("#quote-list li.empty"), "لا تصريحات."));
        assertThat(driver.findElement(By.id("quote-filter")).getText()).contains("كيم جونغ أون");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.5);
    }

    private static WebDriverWait waitFor() {
        // A list the page re-renders can replace an element between finding it and reading it: look again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }
}
