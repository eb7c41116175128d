package dev.marsad.app.server;

import dev.marsad.app.ingest.IngestService;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.memory.InMemoryArticleStore;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimelineEvent;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A running server on an ephemeral loopback port with an in-memory store holding three hand-built stories (the
 * cluster stage is not merged yet), one of them with markup in its title, text, entity and quote.
 */
final class Fixtures implements AutoCloseable {
    static final String XSS_TITLE = "<script>alert(1)</script> عنوان خبيث";
    static final String XSS_TEXT = "نص فيه <img src=x onerror=alert(2)> وسم صورة خبيث.";

    final InMemoryStoryStore stories = new InMemoryStoryStore();
    final InMemoryArticleStore articles = new InMemoryArticleStore(stories);
    final LuceneSearchIndex index = LuceneSearchIndex.inMemory();
    final IngestService ingest;
    final SearchFollower search = new SearchFollower(articles, index);
    final MarsadServer server;
    final WriteToken token = WriteToken.ephemeral();

    Fixtures() {
        this(ServerConfig.DEFAULT_MAX_BODY);
    }

    Fixtures(long maxBody) {
        this(maxBody, AddressPolicy.PUBLIC_ONLY);
    }

    /** @param addresses what URL ingests may reach (the product's default refuses this machine's servers) */
    Fixtures(long maxBody, AddressPolicy addresses) {
        InputReader reader = new InputReader(new PoliteFetcher(new FetchConfig(Duration.ofSeconds(2), 1_000_000, 1,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, addresses)), 1_000_000);
        ingest = new IngestService(NewsPipeline.standard(PipelineConfig.DEFAULT), reader, articles, stories);
        ingest.addListener(search.listener());
        List<StoredArticle> kim = new ArrayList<>();
        kim.add(store("kim-1.txt", "كيم جونغ أون يصل إلى روسيا", "الأمة برس", "2023-09-12",
                "وصل الزعيم كيم جونغ أون إلى فلاديفوستوك. وقال بيسكوف إن المحادثات حساسة.",
                List.of(new Entity("كيم جونغ أون", EntityType.PERSON, "PER:kim", 10, 22))));
        kim.add(store("kim-2.txt", "قمة بوتين وكيم جونج أون", "سبوتنيك عربي", "2023-09-13",
                "التقى بوتين كيم جونج أون في قاعدة فوستوتشني وأطلقت بيونجيانج الصواريخ في اليوم نفسه.",
                List.of(new Entity("كيم جونج أون", EntityType.PERSON, "PER:kim", 12, 24))));
        kim.add(store("kim-3.txt", "واشنطن تحذر", "الشرق الأوسط", "2023-09-13",
                "حذرت واشنطن من صفقة أسلحة بين موسكو وبيونغ يانغ.", List.of()));
        StoredArticle quake = store("quake.txt", "زلزال يضرب الحوز", "هسبريس", "2023-09-09",
                "ضرب زلزال قوي إقليم الحوز قرب مراكش.", List.of(
                        new Entity("مراكش", EntityType.LOCATION, "LOC:marrakech", 27, 32)));
        StoredArticle xss = store("xss.html", XSS_TITLE, "<b>منفذ</b>", "2023-09-14", XSS_TEXT, List.of(
                new Entity("<img src=x onerror=alert(3)>", EntityType.PERSON, "PER:<x>", 0, 5)));
        java.util.Map<String, String> members = new java.util.HashMap<>();
        kim.forEach(a -> members.put(a.id(), "s-kim"));
        members.put(quake.id(), "s-quake");
        members.put(xss.id(), "s-xss");
        stories.replaceAll(List.of(
                story("s-kim", "زيارة كيم جونغ أون إلى روسيا", kim, "قال بيسكوف إن المحادثات حساسة."),
                story("s-quake", "زلزال المغرب", List.of(quake), "ضرب زلزال قوي إقليم الحوز."),
                story("s-xss", XSS_TITLE, List.of(xss), XSS_TEXT)), members, dev.marsad.port.StoryStore.ANY);
        server = MarsadServer.start(new ServerConfig(ServerConfig.LOOPBACK, 0, maxBody, token), articles, stories, ingest, search);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    StoredArticle store(String source, String title, String outlet, String published, String text,
                                List<Entity> entities) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of(title)).withOutlet(Optional.of(outlet))
                .withPublished(Optional.of(published));
        Quote quote = new Quote(Optional.of("<i>متحدث</i>"), Optional.empty(), text, true);
        AnalyzedArticle analyzed = new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text),
                new Extraction(entities, List.of(quote), List.of()));
        StoredArticle stored = articles.put(new Analysis(source, List.of(analyzed), List.of())).get(0);
        index.index(stored);
        return stored;
    }

    /** Stores (and indexes) one article with the given quotations and no story; undated when {@code published} is empty. */
    StoredArticle storeQuotes(String source, String title, String outlet, Optional<String> published, String text,
                              List<Quote> quotes) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(Optional.of(title)).withOutlet(Optional.of(outlet))
                .withPublished(published);
        AnalyzedArticle analyzed = new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text),
                new Extraction(List.of(), quotes, List.of()));
        StoredArticle stored = articles.put(new Analysis(source, List.of(analyzed), List.of())).get(0);
        index.index(stored);
        return stored;
    }

    static Story story(String id, String headline, List<StoredArticle> members, String summary) {
        List<StoryArticle> refs = members.stream().map(a -> new StoryArticle(a.ref(),
                a.article().article().metadata().title(), a.article().article().metadata().outlet(),
                a.article().article().metadata().published())).toList();
        ArticleRef first = members.get(0).ref();
        List<StoryEntity> entities = members.stream().flatMap(a -> a.article().extraction().entities().stream())
                .map(e -> new StoryEntity(e.key(), e.text(), e.type(), List.of(), 1)).distinct().toList();
        Quote quote = members.get(0).article().extraction().quotes().get(0);
        return new Story(id, headline, refs, List.of(new SummarySentence(summary, first)),
                List.of(new TimelineEvent(members.get(0).article().article().metadata().published().orElseThrow(),
                        summary, List.of(first.source()))),
                entities, List.of(new StoryQuote(quote, first.source())), List.of());
    }

    @Override
    public void close() {
        server.close();
        index.close();
    }
}
