package dev.marsad.adapter.memory;

import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.PutReport;
import dev.marsad.port.StoryPlacement;
import dev.marsad.text.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ArticleStore} in memory, for tests and one-shot runs. Idempotent by content: the id is a hash of
 * the folded title and text, so the same article fetched twice (or from two URLs) is kept once. Thread-safe.
 */
public final class InMemoryArticleStore implements ArticleStore {
    private final Map<String, StoredArticle> byId = new LinkedHashMap<>();
    private final Clock clock;
    private final Optional<InMemoryStoryStore> stories;

    public InMemoryArticleStore(Clock clock) {
        this.clock = clock;
        this.stories = Optional.empty();
    }

    public InMemoryArticleStore() {
        this(Clock.systemUTC());
    }

    /** A store that records each article's story assignment in {@code stories}, as a database does in its transaction. */
    public InMemoryArticleStore(InMemoryStoryStore stories) {
        this.clock = Clock.systemUTC();
        this.stories = Optional.of(stories);
    }

    /** The content-derived id of an article: the same for the same folded title and body. */
    public static String contentId(AnalyzedArticle article) {
        String basis = ArabicNormalizer.fold(article.article().metadata().title().orElse("")) + "\n"
                + ArabicNormalizer.fold(article.article().text());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    @Override
    public synchronized List<StoredArticle> put(Analysis analysis) {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < analysis.articles().size(); i++) {
            AnalyzedArticle article = analysis.articles().get(i);
            String id = contentId(article);
            int index = i;
            out.add(byId.computeIfAbsent(id,
                    k -> new StoredArticle(k, new ArticleRef(analysis.source(), index), article, clock.instant())));
        }
        return out;
    }

    @Override
    public synchronized PutReport put(Analysis analysis, StoryPlacement placement) {
        int before = byId.size();
        List<StoredArticle> out = put(analysis);
        List<StoredArticle> added = byId.size() == before ? List.of()
                : List.copyOf(new ArrayList<>(byId.values()).subList(before, byId.size()));
        if (!added.isEmpty()) {
            Map<String, String> placed;
            try {
                placed = placement.place(before, added);
            } catch (RuntimeException e) {
                added.forEach(a -> byId.remove(a.id()));
                throw e;
            }
            stories.ifPresent(s -> s.assign(placed));
        }
        return new PutReport(out, added.size());
    }

    @Override
    public synchronized List<StoredArticle> articles() {
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
