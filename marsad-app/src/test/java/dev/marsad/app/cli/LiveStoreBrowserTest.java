package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.DatabaseConfig;
import dev.marsad.app.Main;
import dev.marsad.app.server.HeadlessChromium;
import dev.marsad.app.server.MarsadServer;
import dev.marsad.app.server.ServerConfig;
import dev.marsad.fixtures.ArabicStories;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11: {@code serve} and an {@code ingest} in another process on the same embedded store work together.
 * The page shows the story the other process stored without a restart, search finds its articles and links them
 * to it, the server's own next ingest takes the other process's articles in first, and the story's permanent
 * address leads to it.
 */
class LiveStoreBrowserTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;

    @Test
    void storiesAnotherProcessStoresAppearOnTheRunningPage() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path data = dir.resolve("data");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("1-kim.txt"), "كيم في مصنع طائرات روسي\n\n" + ArabicStories.KIM_1, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("2-kim.txt"), "كيم جونج أون يتفقد مصنعا\n\n" + ArabicStories.KIM_2, StandardCharsets.UTF_8);
        try (Workspace workspace = new Workspace(data, DatabaseConfig.h2(data), new PoliteFetcher(FetchConfig.DEFAULT));
                HeadlessChromium browser = HeadlessChromium.start()) {
            MarsadServer server = workspace.serve(ServerConfig.loopback(0, workspace.token));
            WebDriver driver = browser.driver();
            driver.get(server.url());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "لا توجد قصص بعد"));

            assertThat(ingestInAnotherProcess(data, inputs)).isZero();

            driver.navigate().refresh();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.story"), 1));
            JsonNode story = get(server, "api/stories").get("stories").get(0);
            assertThat(story.get("articles")).hasSize(2);
            String id = story.get("id").asText();
            JsonNode hits = get(server, "api/search?q=" + URLEncoder.encode("كومسومولسك", StandardCharsets.UTF_8)).get("hits");
            assertThat(hits).hasSize(2).allSatisfy(hit -> assertThat(hit.get("storyId").asText()).isEqualTo(id));

            // The server's own ingest waits for the other process's articles to be taken in, then places its own.
            byte[] quake = ("زلزال يضرب المغرب\n\n" + ArabicStories.QUAKE_1).getBytes(StandardCharsets.UTF_8);
            assertThat(workspace.ingest.ingestBytes("quake.txt", quake, Optional.of("text/plain; charset=utf-8"))
                    .added()).isEqualTo(1);
            JsonNode stories = get(server, "api/stories");
            assertThat(stories.get("total").asInt()).isEqualTo(2);
            assertThat(stories.get("stories").get(0).get("id").asText()).isEqualTo(id);
            assertThat(stories.get("stories").get(0).get("articles")).hasSize(2);

            HttpResponse<String> permalink = send(server, "stories/" + id);
            assertThat(permalink.statusCode()).isEqualTo(302);
            assertThat(permalink.headers().firstValue("Location")).contains("/#story=" + id);
            assertThat(send(server, "stories/s-none").statusCode()).isEqualTo(404);
            driver.get(server.url() + "stories/" + id);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linked-story-" + id)));
        }
    }

    /** {@code marsad ingest} in a child JVM on the same data directory, while this one serves it. */
    private static int ingestInAnotherProcess(Path data, Path inputs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--data-dir", data.toString(), inputs.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("ingest in the child process did not finish");
        }
        return child.exitValue();
    }

    private static HttpResponse<String> send(MarsadServer server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode get(MarsadServer server, String path) throws Exception {
        HttpResponse<String> reply = send(server, path);
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(reply.body());
    }
}
