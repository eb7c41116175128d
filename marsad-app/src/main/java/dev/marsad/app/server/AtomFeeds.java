package dev.marsad.app.server;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.SummarySentence;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.SearchIndex;
import dev.marsad.port.SearchIndex.SnippetPart;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Atom 1.0 feeds, written by Rome: the top stories, a search (same parameters as {@code /api/search}) and the
 * articles that mention one entity, at most {@link #ENTRIES} entries each. Every title and summary is Atom
 * {@code type="text"}, so a feed reader shows stored text as text, never as markup. Links point at the JSON API
 * ({@code /api/stories/{id}}, {@code /api/articles/{id}}), made absolute from the request's Host, which
 * {@link RequestGuard} has already checked. Thread-safe.
 */
final class AtomFeeds {
    static final int ENTRIES = 50;
    static final String TYPE = "application/atom+xml; charset=utf-8";

    private final ArticleStore articles;
    private final RankedStories stories;
    private final SearchIndex index;
    private final ArticleView view;

    AtomFeeds(ArticleStore articles, RankedStories stories, SearchIndex index, ArticleView view) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.index = Objects.requireNonNull(index, "index");
        this.view = Objects.requireNonNull(view, "view");
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/feeds/stories.atom", this::stories),
                new Route("GET", "/feeds/search.atom", this::search),
                new Route("GET", "/feeds/entity/{key}.atom", this::entity));
    }

    private void stories(Context ctx) {
        String base = base(ctx);
        List<SyndEntry> entries = stories.bodies(stories.current().stored().stream().limit(ENTRIES).toList()).stream()
                .map(s -> storyEntry(base, s)).toList();
        send(ctx, feed(base, "urn:marsad:feed:stories", "مرصد: أهم القصص", "/feeds/stories.atom", entries));
    }

    private void search(Context ctx) {
        String q = SearchParams.query(ctx);
        String base = base(ctx);
        try {
            List<SyndEntry> entries = index.search(q, SearchParams.filters(ctx), ENTRIES).hits().stream()
                    .map(h -> articles.article(h.articleId()).map(a -> articleEntry(base, a,
                            h.snippet().stream().map(SnippetPart::text).collect(Collectors.joining()))))
                    .flatMap(Optional::stream).toList();
            String self = "/feeds/search.atom" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            send(ctx, feed(base, "urn:marsad:feed:search:" + enc(q), "مرصد: بحث " + q, self, entries));
        } catch (SearchIndex.QueryTooComplexException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void entity(Context ctx) {
        String key = ctx.pathParam("key");
        EntityDirectory.Entry entry = view.current().entities().entry(key)
                .orElseThrow(() -> ApiException.notFound("no entity " + key));
        String base = base(ctx);
        List<SyndEntry> entries = entry.articles().stream().map(articles::article).flatMap(Optional::stream)
                .sorted(Comparator.comparing(AtomFeeds::updated).reversed()).limit(ENTRIES)
                .map(a -> articleEntry(base, a, lead(a))).toList();
        send(ctx, feed(base, "urn:marsad:feed:entity:" + enc(key), "مرصد: " + entry.entity().name(),
                "/feeds/entity/" + enc(key) + ".atom", entries));
    }

    private static SyndEntry storyEntry(String base, Story story) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:marsad:story:" + story.id());
        entry.setTitle(story.headline());
        entry.setLink(base + "/api/stories/" + enc(story.id()));
        entry.setDescription(text(story.summary().stream().map(SummarySentence::text)
                .collect(Collectors.joining(" "))));
        Optional<Instant> latest = story.articles().stream().map(StoryArticle::published).map(FeedDates::instant)
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        entry.setUpdatedDate(FeedDates.date(latest.orElse(Instant.EPOCH)));
        latest.ifPresent(t -> entry.setPublishedDate(FeedDates.date(t)));
        entry.setAuthor(story.articles().stream().map(StoryArticle::outlet).flatMap(Optional::stream).distinct()
                .collect(Collectors.joining("، ")));
        return entry;
    }

    private static SyndEntry articleEntry(String base, StoredArticle article, String summary) {
        ArticleMetadata meta = article.article().article().metadata();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:marsad:article:" + article.id());
        entry.setTitle(meta.title().orElse(article.ref().source()));
        entry.setLink(base + "/api/articles/" + article.id());
        entry.setDescription(text(summary));
        entry.setUpdatedDate(FeedDates.date(updated(article)));
        FeedDates.instant(meta.published()).ifPresent(t -> entry.setPublishedDate(FeedDates.date(t)));
        meta.outlet().ifPresent(entry::setAuthor);
        return entry;
    }

    /** Publication time, else when it was stored. */
    private static Instant updated(StoredArticle article) {
        return FeedDates.instant(article.article().article().metadata().published()).orElse(article.storedAt());
    }

    /** The first paragraph, at most 400 characters. */
    private static String lead(StoredArticle article) {
        String text = article.article().article().text();
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() > 400 ? first.substring(0, 399) + "…" : first;
    }

    static SyndContent text(String value) {
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    static SyndFeed feed(String base, String id, String title, String self, List<SyndEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(id);
        feed.setTitle(title);
        feed.setLanguage("ar");
        SyndLink link = new SyndLinkImpl();
        link.setRel("self");
        link.setType("application/atom+xml");
        link.setHref(base + self);
        feed.setLinks(List.of(link));
        feed.setEntries(entries);
        feed.setPublishedDate(FeedDates.date(entries.stream().map(SyndEntry::getUpdatedDate)
                .max(Comparator.naturalOrder()).map(java.util.Date::toInstant).orElse(Instant.EPOCH)));
        return feed;
    }

    static void send(Context ctx, SyndFeed feed) {
        try {
            ctx.status(200).contentType(TYPE).result(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write Atom feed: " + e.getMessage(), e);
        }
    }

    static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
