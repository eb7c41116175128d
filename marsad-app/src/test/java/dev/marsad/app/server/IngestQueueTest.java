package dev.marsad.app.server;

import dev.marsad.app.ingest.IngestService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StoryConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 12: a request does not hang behind a slow ingest; it waits its turn for a bounded time, then gets 503. */
class IngestQueueTest {
    private static final byte[] TEXT = "قمة في القاهرة\n\nقال الرئيس إن القمة ناجحة وإن المحادثات مستمرة."
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aRequestThatCannotGetItsTurnIsToldSo() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            InMemoryStoryStore stories = new InMemoryStoryStore();
            IngestService service = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                    new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), 1000), new InMemoryArticleStore(), stories,
                    StoryConfig.DEFAULT, Duration.ofMillis(200));
            service.addListener((article, story) -> {
                inside.countDown();
                await(release); // a slow listener holds the ingest lock
            });
            CompletableFuture<IngestService.IngestResult> slow = CompletableFuture.supplyAsync(() ->
                    service.ingestBytes("slow", TEXT, Optional.of("text/plain; charset=utf-8")));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> service.ingestBytes("next", TEXT, Optional.of("text/plain; charset=utf-8")))
                    .isInstanceOf(IngestService.Busy.class).hasMessageStartingWith("ingest busy");
            release.countDown();
            assertThat(slow.get(30, TimeUnit.SECONDS).stored()).hasSize(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
