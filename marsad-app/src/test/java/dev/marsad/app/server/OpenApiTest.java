package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    @Test
    void everyRegisteredRouteIsDocumented() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(Api.openApiText()).get("paths");
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            Api api = new Api(new InMemoryArticleStore(), new InMemoryStoryStore(), index, null_service(), 1);
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

    private static IngestService null_service() {
        try (Fixtures fx = new Fixtures()) {
            return fx.ingest;
        }
    }
}
