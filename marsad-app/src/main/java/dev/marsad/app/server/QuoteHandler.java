package dev.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.ArticleRef;
import dev.marsad.port.StoryStore;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/quotes}: quotations from the stored articles, filtered by speaker key, words and publication
 * dates, newest first, paged ({@code offset}, {@code limit} at most {@link Params#MAX_PAGE}), each with its article,
 * outlet, date and story; {@code format=csv} gives the same rows as a CSV download (limit up to
 * {@link CsvExport#MAX_ROWS}). Thread-safe.
 */
final class QuoteHandler {
    private final ArticleView view;
    private final StoryStore stories;

    QuoteHandler(ArticleView view, StoryStore stories) {
        this.view = Objects.requireNonNull(view, "view");
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    void handle(Context ctx) {
        QuoteFilter filter = filter(ctx);
        boolean csv = Params.csv(ctx);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = csv ? Params.integer(ctx, "limit", CsvExport.DEFAULT_ROWS, 1, CsvExport.MAX_ROWS)
                : Params.integer(ctx, "limit", 50, 1, Params.MAX_PAGE);
        List<QuoteRow> found = view.current().quotes().find(filter);
        List<QuoteRow> page = found.stream().skip(offset).limit(limit).toList();
        Map<ArticleRef, String> storyIds = storyIds(page);
        if (csv) {
            CsvExport.send(ctx, "quotes.csv", CsvExport.quotes(page, storyIds));
            return;
        }
        ObjectNode root = ApiJson.object();
        root.put("total", found.size()).put("offset", offset).put("limit", limit);
        ArrayNode list = root.putArray("quotes");
        page.forEach(row -> list.add(json(row, Optional.ofNullable(storyIds.get(row.article().ref())))));
        ApiJson.send(ctx, 200, root);
    }

    /** The query's filter; a query over the search's word and length limits is a 400. */
    static QuoteFilter filter(Context ctx) {
        Optional<String> q = Params.text(ctx, "q");
        if (q.isPresent() && q.get().length() > SearchParams.MAX_QUERY_CHARS) {
            throw ApiException.badRequest("q is too long (at most " + SearchParams.MAX_QUERY_CHARS + " characters)");
        }
        return new QuoteFilter(Params.text(ctx, "speaker"), q, Params.date(ctx, "from"), Params.date(ctx, "to"));
    }

    /** The story of each row's article, by reference: one look-up in the store's article → story index. */
    Map<ArticleRef, String> storyIds(List<QuoteRow> rows) {
        Map<String, String> byId = stories.storyIds(rows.stream().map(r -> r.article().id()).distinct().toList());
        Map<ArticleRef, String> ids = new HashMap<>();
        rows.forEach(r -> {
            String story = byId.get(r.article().id());
            if (story != null) {
                ids.put(r.article().ref(), story);
            }
        });
        return ids;
    }

    static ObjectNode json(QuoteRow row, Optional<String> storyId) {
        ObjectNode node = ApiJson.object();
        node.put("text", row.quote().text());
        ApiJson.putOptional(node, "speaker", row.quote().speaker());
        ApiJson.putOptional(node, "speakerKey", row.quote().speakerKey());
        node.put("direct", row.quote().direct());
        node.put("articleId", row.article().id());
        node.put("source", row.article().ref().source());
        node.put("index", row.article().ref().index());
        ApiJson.putOptional(node, "title", row.metadata().title());
        ApiJson.putOptional(node, "outlet", row.metadata().outlet());
        ApiJson.putOptional(node, "published", row.metadata().published());
        ApiJson.putOptional(node, "storyId", storyId);
        return node;
    }
}
