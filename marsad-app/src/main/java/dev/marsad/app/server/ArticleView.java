package dev.marsad.app.server;

import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the story and entity endpoints derive from every stored article (ids by reference, the entity directory,
 * the quotations), kept up to date with the store instead of loading every article's JSON on each request. The
 * store's article count is one cheap query and also sees articles another process (a {@code watch} beside
 * {@code serve}) stored; when it grows only the new articles are read and taken in, so a request after each new
 * article costs that article, not the store. The first build reads the store a page ({@link #PAGE} articles) at
 * a time and keeps only each article's {@link ArticleDigest}, so it never holds every article's full JSON. When
 * the count goes down, or the article before the new ones is not the one last taken in (a store replaced under the
 * server), the snapshot is built again from the start. Snapshots are immutable, so a request keeps a consistent
 * one while the next is made. Thread-safe.
 */
final class ArticleView {
    /** Articles read from the store at a time. */
    static final int PAGE = 1000;

    /**
     * One state of the view: the number of articles it was made from (the first {@code count} in store order) and
     * what was derived from them.
     */
    record Snapshot(int count, ApiStoryJson stories, EntityDirectory entities, QuoteDirectory quotes) {
        static final Snapshot EMPTY = new Snapshot(0, ApiStoryJson.EMPTY, EntityDirectory.EMPTY, QuoteDirectory.EMPTY);

        /** This one with {@code added}, the next articles in store order: the same as one made from all at once. */
        Snapshot with(List<ArticleDigest> added) {
            return new Snapshot(count + added.size(), stories.with(added), entities.with(added), quotes.with(added));
        }
    }

    private final ArticleStore store;
    private final int page;
    private Snapshot snapshot;
    /** The id of the last article taken in; null before any. */
    private String lastId;

    ArticleView(ArticleStore store) {
        this(store, PAGE);
    }

    /** @param page articles read from the store at a time (tests use small pages) */
    ArticleView(ArticleStore store, int page) {
        this.store = Objects.requireNonNull(store, "store");
        if (page < 2) {
            throw new IllegalArgumentException("page must be at least 2: " + page);
        }
        this.page = page;
    }

    synchronized Snapshot current() {
        int count = store.count();
        if (snapshot == null || count < snapshot.count()) {
            rebuild();
        } else if (count > snapshot.count()) {
            extend();
        }
        return snapshot;
    }

    private void rebuild() {
        snapshot = Snapshot.EMPTY;
        lastId = null;
        takeIn(read(0));
    }

    private void takeIn(List<ArticleDigest> added) {
        if (!added.isEmpty()) {
            snapshot = snapshot.with(added);
            lastId = added.get(added.size() - 1).id();
        }
    }

    /**
     * Takes in the articles after the snapshot's, reading from the last one taken in so that a store whose order
     * changed under the view is noticed (and rebuilt) instead of being mixed into the old snapshot.
     */
    private void extend() {
        int from = snapshot.count();
        if (from == 0) {
            rebuild();
            return;
        }
        List<StoredArticle> first = store.articles(from - 1, page);
        if (first.isEmpty() || !first.get(0).id().equals(lastId)) {
            rebuild();
            return;
        }
        List<ArticleDigest> added = new ArrayList<>();
        first.subList(1, first.size()).forEach(a -> added.add(ArticleDigest.of(a)));
        if (first.size() == page) {
            added.addAll(read(from - 1 + page));
        }
        takeIn(added);
    }

    /** The digests of the articles from {@code offset} to the end, read a page at a time. */
    private List<ArticleDigest> read(int offset) {
        List<ArticleDigest> out = new ArrayList<>();
        for (int at = offset; ; ) {
            List<StoredArticle> some = store.articles(at, page);
            some.forEach(a -> out.add(ArticleDigest.of(a)));
            at += some.size();
            if (some.size() < page) {
                break;
            }
        }
        return out;
    }
}
