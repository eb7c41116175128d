package dev.marsad.app.server;

import dev.marsad.app.ingest.IngestService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryStanding;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.StoryStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The REST API's read side (stories, articles, entities, search, quotes) and its route table. Thread-safe. */
final class Api {
    /** Stories per page: the page shows them all at once, so the cap is generous. */
    static final int MAX_STORIES = 500;

    private final ArticleStore articles;
    private final StoryStore stories;
    private final SearchIndex index;
    private final IngestHandler ingest;
    private final ArticleView view;
    private final QuoteHandler quotes;
    private final AtomFeeds feeds;
    private final EntityHandler entities;
    private final SourcesHandler sources;
    private final WatchHandler watches;

    private final SearchFollower search;
    private final RankedStories ranked;

    Api(ArticleStore articles, StoryStore stories, IngestService ingestService, SearchFollower search, long maxBody) {
        this(articles, stories, ingestService, search, maxBody, SourceListing.NONE, Optional.empty());
    }

    /**
     * @param sourceListing the watched sources' health, for /api/sources
     * @param alerts        watches and alerts (on the store's database); without them the watch routes answer 503
     */
    Api(ArticleStore articles, StoryStore stories, IngestService ingestService, SearchFollower search, long maxBody,
        SourceListing sourceListing, Optional<dev.marsad.app.alert.Alerts> alerts) {
        this.search = Objects.requireNonNull(search, "search");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        // Searches see what another process stored since the last one.
        this.index = search.following();
        this.ingest = new IngestHandler(ingestService, maxBody);
        this.view = new ArticleView(articles);
        this.quotes = new QuoteHandler(view, stories);
        this.ranked = new RankedStories(stories);
        this.feeds = new AtomFeeds(articles, ranked, this.index, view);
        this.entities = new EntityHandler(view, stories, this.index);
        this.sources = new SourcesHandler(sourceListing, java.time.Clock.systemUTC());
        this.watches = new WatchHandler(alerts);
    }

    /** Every route the server registers. */
    List<Route> routes() {
        List<Route> api = List.of(
                new Route("GET", "/api/stories", this::stories),
                new Route("GET", "/api/stories/{id}", this::story),
                new Route("GET", "/api/articles", this::articles),
                new Route("GET", "/api/articles/{id}", this::article),
                new Route("GET", "/api/entities", entities::list),
                new Route("GET", "/api/entities/{key}", entities::entity),
                new Route("GET", "/api/search", this::search),
                new Route("GET", "/api/quotes", quotes::handle),
                new Route("POST", "/api/ingest", ingest::handle),
                new Route("GET", "/openapi.json", Api::openApi),
                new Route("GET", "/stories/{id}", this::permalink));
        return java.util.stream.Stream.of(api, feeds.routes(), sources.routes(), watches.routes()).flatMap(List::stream).toList();
    }

    private void stories(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", MAX_STORIES, 1, MAX_STORIES);
        StoryRanking.Sort sort = Params.text(ctx, "sort").map(StoryRanking.Sort::of).orElse(StoryRanking.Sort.SIZE);
        Optional<Integer> days = Params.text(ctx, "days").isPresent()
                ? Optional.of(Params.integer(ctx, "days", 1, 1, 3650)) : Optional.empty();
        ApiStoryJson json = view.current().stories();
        RankedStories.Snapshot ranked = this.ranked.current();
        List<StoryStanding> all = ranked.ranked(sort, days);
        List<StoryStanding> page = all.stream().skip(offset).limit(limit).toList();
        Map<String, Story> bodies = new java.util.HashMap<>();
        this.ranked.bodies(page).forEach(s -> bodies.put(s.id(), s));
        ObjectNode root = ApiJson.object();
        ArrayNode list = root.putArray("stories");
        for (StoryStanding s : page) {
            Story story = bodies.get(s.id());
            if (story != null) {
                list.add(json.story(story).put("outletCount", s.outlets())
                        .put("breaking", StoryRanking.breaking(s, ranked.newest())));
            }
        }
        root.put("total", all.size());
        ApiJson.send(ctx, 200, root);
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Story story = stories.story(id).orElseThrow(() -> ApiException.notFound("no story " + id));
        ApiJson.send(ctx, 200, view.current().stories().story(story));
    }

    /**
     * A story's permanent address: a redirect to the page showing that story on top ({@code /#story=ID}), which
     * stays valid however the story ranks; a 404 for an id no story has.
     */
    private void permalink(Context ctx) {
        String id = ctx.pathParam("id");
        Story story = stories.story(id).orElseThrow(() -> ApiException.notFound("no story " + id));
        ctx.redirect("/#story=" + java.net.URLEncoder.encode(story.id(), StandardCharsets.UTF_8), io.javalin.http.HttpStatus.FOUND);
    }

    private void articles(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, Params.MAX_PAGE);
        List<StoredArticle> all = articles.articles();
        ObjectNode root = ApiJson.object();
        root.put("total", all.size()).put("offset", offset).put("limit", limit);
        ArrayNode list = root.putArray("articles");
        all.stream().skip(offset).limit(limit).forEach(a -> list.add(ApiJson.articleSummary(a)));
        ApiJson.send(ctx, 200, root);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle article = articles.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        ApiJson.send(ctx, 200, ApiJson.article(article));
    }

    private void search(Context ctx) {
        String q = SearchParams.query(ctx);
        boolean csv = Params.csv(ctx);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        int limit = csv ? Params.integer(ctx, "limit", CsvExport.DEFAULT_ROWS, 1, CsvExport.MAX_ROWS)
                : Params.integer(ctx, "limit", 20, 1, Params.MAX_PAGE);
        try {
            SearchIndex.SearchResult result = index.search(q, SearchParams.filters(ctx), offset + limit);
            if (csv) {
                CsvExport.send(ctx, "search.csv", CsvExport.hits(result.hits().stream().skip(offset).toList()));
            } else {
                Map<String, String> storyOf = stories.storyIds(
                        result.hits().stream().skip(offset).map(SearchIndex.SearchHit::articleId).toList());
                ApiJson.send(ctx, 200, ApiJson.searchResult(result, offset, storyOf::get));
            }
        } catch (SearchIndex.QueryTooComplexException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static void openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openApiText());
    }

    /** The hand-written OpenAPI 3 description shipped beside this class. */
    static String openApiText() {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
