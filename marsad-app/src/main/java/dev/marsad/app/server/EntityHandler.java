package dev.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.EntityType;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.SearchIndex.SearchFilters;
import dev.marsad.port.StoryStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/entities} (every entity, or those of a search's articles when {@code q} or a search filter is
 * given; {@code format=csv} for a download) and {@code GET /api/entities/{key}} (the entity's page, see
 * {@link EntityProfile}). Thread-safe.
 */
final class EntityHandler {
    /** Search hits whose entities a search-restricted listing merges: the CSV export's row cap. */
    static final int MAX_HITS = CsvExport.MAX_ROWS;

    private final ArticleView view;
    private final StoryStore stories;
    private final SearchIndex index;

    EntityHandler(ArticleView view, StoryStore stories, SearchIndex index) {
        this.view = Objects.requireNonNull(view, "view");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.index = Objects.requireNonNull(index, "index");
    }

    void list(Context ctx) {
        Optional<EntityType> type = Params.text(ctx, "type").map(EntityHandler::entityType);
        boolean csv = Params.csv(ctx);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = csv ? Params.integer(ctx, "limit", CsvExport.DEFAULT_ROWS, 1, CsvExport.MAX_ROWS)
                : Params.integer(ctx, "limit", 100, 1, 1000);
        List<EntityDirectory.Entry> all = entries(ctx, type);
        List<EntityDirectory.Entry> page = all.stream().skip(offset).limit(limit).toList();
        if (csv) {
            CsvExport.send(ctx, "entities.csv", CsvExport.entities(page));
            return;
        }
        ObjectNode root = ApiJson.object();
        root.put("total", all.size());
        ArrayNode list = root.putArray("entities");
        page.forEach(e -> list.add(ApiStoryJson.entity(e.entity()).put("articles", e.articles().size())));
        ApiJson.send(ctx, 200, root);
    }

    /** Every entity; or, with a query or a filter, the entities of the search's first {@link #MAX_HITS} hits. */
    private List<EntityDirectory.Entry> entries(Context ctx, Optional<EntityType> type) {
        String q = SearchParams.query(ctx);
        SearchFilters filters = SearchParams.filters(ctx);
        EntityDirectory directory = view.current().entities();
        if (q.isBlank() && filters.equals(SearchFilters.NONE)) {
            return directory.list(type);
        }
        try {
            List<String> ids = index.search(q, filters, MAX_HITS).hits().stream()
                    .map(SearchIndex.SearchHit::articleId).toList();
            return directory.within(ids, type);
        } catch (SearchIndex.QueryTooComplexException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    void entity(Context ctx) {
        String key = ctx.pathParam("key");
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        ArticleView.Snapshot snapshot = view.current();
        EntityDirectory.Entry entry = snapshot.entities().entry(key)
                .orElseThrow(() -> ApiException.notFound("no entity " + key));
        ApiJson.send(ctx, 200, new EntityProfile(snapshot, entry).json(stories, offset, limit));
    }

    private static EntityType entityType(String raw) {
        try {
            return EntityType.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("type must be PERSON, LOCATION or ORGANIZATION");
        }
    }
}
