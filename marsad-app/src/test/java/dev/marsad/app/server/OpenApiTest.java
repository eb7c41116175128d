package dev.marsad.app.server;

import dev.marsad.app.ingest.IngestService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    @Test
    void everyRegisteredRouteIsDocumented() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(Api.openApiText()).get("paths");
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            InMemoryArticleStore articles = new InMemoryArticleStore();
            InMemoryStoryStore stories = new InMemoryStoryStore();
            IngestService ingest = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT),
                    new InputReader(new PoliteFetcher(FetchConfig.DEFAULT), 1000), articles, stories);
            Api api = new Api(articles, stories, ingest, new SearchFollower(articles, index), 1);
            assertThat(api.routes()).isNotEmpty().allSatisfy(route -> {
                assertThat(paths.has(route.path())).as("documented path %s", route.path()).isTrue();
                assertThat(paths.get(route.path()).has(route.method().toLowerCase(Locale.ROOT)))
                        .as("documented %s %s", route.method(), route.path()).isTrue();
            });
            assertThat(paths.size()).as("no documented path without a route").isEqualTo(
                    api.routes().stream().map(Route::path).distinct().count());
        }
    }

    @Test
    void openApiIsVersion3() throws Exception {
        assertThat(new ObjectMapper().readTree(Api.openApiText()).get("openapi").asText()).startsWith("3.");
    }
}
