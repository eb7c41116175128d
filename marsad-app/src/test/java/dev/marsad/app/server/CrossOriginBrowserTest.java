package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12, in Chromium: a page on another origin (another port of 127.0.0.1) tries the writes that used to store
 * articles (a no-cors {@code text/plain} fetch and an {@code enctype=text/plain} form) and stores nothing, while
 * the reader page itself, given the token in its address's fragment, still adds an article. Skips without
 * Chromium and chromedriver, as {@link BrowserTest} does.
 */
class CrossOriginBrowserTest {
    private static final String TEXT = "فيضانات درنة. جرفت السيول أحياء كاملة في مدينة درنة الليبية وقال مسؤول إن الوضع صعب.";

    private static Fixtures fx;
    private static HttpServer attacker;
    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        fx = new Fixtures();
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] page = attackPage(fx.url("/api/ingest")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        attacker.start();
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void anotherOriginsPageCannotStoreArticles() {
        int before = fx.articles.articles().size();
        driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
        // The page sends the fetch, then submits the form, which navigates to the API's answer.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().startsWith(fx.url("/api/ingest")));
        assertThat(driver.getPageSource()).contains("cross-origin request refused");
        assertThat(fx.articles.articles()).hasSize(before);
    }

    @Test
    void theReaderPageWritesWithTheTokenFromItsAddress() {
        int before = fx.articles.articles().size();
        driver.get(fx.url("/#token=" + fx.token.value()));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("token"));
        driver.findElement(By.cssSelector("details summary")).click();
        driver.findElement(By.id("ingest-text")).sendKeys(TEXT);
        driver.findElement(By.cssSelector("#ingest-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textMatches(By.id("ingest-status"), java.util.regex.Pattern.compile("أضيف")));
        assertThat(fx.articles.articles()).hasSize(before + 1);
        assertThat(driver.findElement(By.id("ingest-token")).isDisplayed()).isFalse();
    }

    /** A hostile page: the two writes a page may send without a CORS preflight. */
    private static String attackPage(String target) {
        String body = "{\"text\": \"" + TEXT + "\"}";
        return "<!doctype html><html><body><p id=\"fetched\">waiting</p>"
                + "<form id=\"f\" method=\"POST\" enctype=\"text/plain\" action=\"" + target + "\">"
                + "<input name='{\"text\": \"" + TEXT + "\", \"x\": \"' value='\"}'></form>"
                + "<script>fetch('" + target + "', {method: 'POST', mode: 'no-cors', headers: {'Content-Type':"
                + " 'text/plain'}, body: '" + body.replace("'", "\\'") + "'})"
                + ".catch(() => null).then(() => { document.getElementById('fetched').textContent = 'done';"
                + " setTimeout(() => document.getElementById('f').submit(), 100); });</script></body></html>";
    }
}
