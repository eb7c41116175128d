package dev.marsad.app.ingest;

import dev.marsad.cluster.OnlineClusterer;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryPipeline;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import dev.marsad.pipeline.StoryStream;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.StoryPlacement;
import dev.marsad.port.StoryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * A store's story engine: a {@link StoryStream} over every stored article, kept in step with the store so that
 * the stored stories are always those {@code marsad cluster} tells of the stored articles.
 *
 * <ul>
 *   <li>Built at first use by replaying the stored articles (linear in them); what the store holds is compared
 *       with the replay and rewritten where it differs, so a process killed at any moment leaves nothing that
 *       the next start does not put right. A start after a clean stop (the stored stories
 *       {@link StoryStore#upToDate up to date}) shows the stored stories at once and leaves the replay to the
 *       first ingest ({@link #startIfNeeded}).</li>
 *   <li>Its memory is bounded by the open stories: each flush writes the changed stories, then the stream lets go
 *       of the stories the clusterer closed ({@link StoryStream#release}).</li>
 *   <li>Each new article is placed inside the transaction that stores it ({@link #place}); its assignment is
 *       committed with it. The story rows are written by {@link #flush} (end of a batch, and every
 *       {@link #FLUSH_EVERY} articles), so a story is summarised once per flush, not once per article.</li>
 *   <li>A late article (out of publication order) waits for the end of its batch. Then, when its day is one of
 *       the last days the stream keeps ({@link StoryStream#replayLate}), the stream goes back to that day and places
 *       the articles since then again with it: only the stories that changed and the assignments of the articles
 *       placed again are written, in one transaction. An article older than every day kept costs a replay of the
 *       store, as does anything a process killed mid-write leaves (the next start compares and rewrites).</li>
 *   <li>Another process storing into the same database (a {@code watch} beside {@code serve}) is noticed by the
 *       article count under the store's lock: its articles are taken in before this engine places or writes.</li>
 * </ul>
 * Not thread-safe: the ingest service serialises it.
 */
final class StoryEngine {
    /** Articles placed between two writes of the changed stories during one long batch. */
    static final int FLUSH_EVERY = 1000;
    private static final int MAX_TRIES = 5;

    private final StoryPipeline pipeline;
    private final ArticleStore articles;
    private final StoryStore stories;
    private StoryStream stream;
    /** Stored articles taken in (placed or waiting); -1 before the first replay. */
    private int seen = -1;
    /** Stories changed since the last flush, by number. */
    private final TreeSet<Integer> dirty = new TreeSet<>();
    /**
     * Stories merged away since the last flush (their ids), each with the id of the story that holds its articles now:
     * the flush deletes them and moves their stored articles, whose assignments were written when they were placed.
     */
    private final Map<String, String> mergedInto = new LinkedHashMap<>();
    /** Late articles waiting for the end of the batch. */
    private final List<StoredArticle> waiting = new ArrayList<>();
    private int sinceFlush;
    private Map<String, String> lastPlaced = Map.of();
    /**
     * The store's id of each article given to the stream that it may hand back to be placed again (those since the
     * oldest day it keeps, and some older ones until the next trim), by identity of the input.
     */
    private final Map<StoryInput, String> idOf = new IdentityHashMap<>();
    /** Articles placed again by late articles' replays (bounded or of the whole store), so far. */
    private long placedAgain;
    /** Late batches that needed a replay of the whole store, so far. */
    private long fullReplays;

    StoryEngine(StoryPipeline pipeline, ArticleStore articles, StoryStore stories) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    /** Builds the engine from the store when it has not been (or was invalidated), putting right what differs. */
    void ready() {
        if (seen < 0) {
            rebuild(false);
        }
    }

    /**
     * At a process's start: builds the engine now unless the stored stories are {@link StoryStore#upToDate up to
     * date} (the last writer wrote them after the last article it stored: a clean stop), in which case the page can
     * show them as they are and the engine is built at the first ingest ({@link #ready}). Returns whether it built.
     */
    boolean startIfNeeded() {
        if (seen >= 0 || stories.upToDate()) {
            return false;
        }
        rebuild(false);
        return true;
    }

    /** Articles the engine holds in memory now (those of its open stories); 0 before it is built. */
    int heldArticles() {
        return seen < 0 ? 0 : stream.heldMembers();
    }

    /** Stored articles taken in so far (-1 before the first replay). */
    int seen() {
        return seen;
    }

    /** Forgets the engine's state: the next use replays the store (after a failed store transaction). */
    void invalidate() {
        seen = -1;
        dirty.clear();
        mergedInto.clear();
        waiting.clear();
    }

    /** Takes in articles another process stored since this engine last looked. */
    void catchUp() {
        if (seen < 0) {
            rebuild(false);
            return;
        }
        List<StoredArticle> others = articles.articlesFrom(seen);
        for (StoredArticle a : others) {
            // Their assignments are the other process's; their stories are written again here too (the same rows,
            // the engines being deterministic), so that this engine's writes leave the stories up to date even when
            // the other process was killed before it wrote them. A late one waits for a replay.
            offer(a).ifPresent(dirty::add);
        }
        seen += others.size();
    }

    /** The placement for one input's store transaction. */
    StoryPlacement placement() {
        lastPlaced = Map.of();
        return this::place;
    }

    private Map<String, String> place(int before, List<StoredArticle> added) {
        if (before != seen) {
            throw new StoryPlacement.Behind("store holds " + before + " articles, engine " + seen);
        }
        Map<String, String> placed = new LinkedHashMap<>();
        for (StoredArticle a : added) {
            offer(a).ifPresent(n -> {
                placed.put(a.id(), stream.storyId(n));
                dirty.add(n);
            });
        }
        seen += added.size();
        sinceFlush += added.size();
        lastPlaced = placed;
        return placed;
    }

    private OptionalInt offer(StoredArticle a) {
        if (!waiting.isEmpty()) {
            // Once one article is late, the rest of the batch waits with it: the replay places them all.
            waiting.add(a);
            return OptionalInt.empty();
        }
        OptionalInt n = stream.offer(input(a));
        if (n.isEmpty()) {
            waiting.add(a);
        }
        noteMerges();
        return n;
    }

    /** Takes the stream's merges: the absorbed stories are gone, their holders changed. */
    private void noteMerges() {
        for (OnlineClusterer.Merge m : stream.drainMerged()) {
            String gone = stream.storyId(m.absorbed());
            String into = stream.storyId(stream.holder(m.into()));
            mergedInto.replaceAll((id, holder) -> holder.equals(gone) ? into : holder);
            mergedInto.put(gone, into);
            dirty.remove(m.absorbed());
            dirty.add(stream.holder(m.into()));
        }
    }

    /** What the last successful placement placed: story id by article id. */
    Map<String, String> lastPlaced() {
        return lastPlaced;
    }

    /** Whether enough articles were placed since the last flush to write their stories mid-batch. */
    boolean due() {
        return sinceFlush >= FLUSH_EVERY;
    }

    /**
     * Writes the changed stories; at the end of a batch ({@code endOfBatch}) also places the late articles by a
     * replay. Returns the late articles placed now, with their story ids.
     */
    Map<StoredArticle, String> flush(boolean endOfBatch) {
        for (int tries = 0; ; tries++) {
            try {
                return flushOnce(endOfBatch);
            } catch (StoryPlacement.Behind e) {
                if (tries == MAX_TRIES) {
                    throw e;
                }
                catchUp();
            }
        }
    }

    private Map<StoredArticle, String> flushOnce(boolean endOfBatch) {
        sinceFlush = 0;
        if (seen < 0) {
            return Map.of();
        }
        if (!waiting.isEmpty()) {
            if (!endOfBatch) {
                return Map.of();
            }
            List<StoredArticle> late = List.copyOf(waiting);
            Map<String, String> storyOf = replayLate(late).orElseGet(() -> {
                fullReplays++;
                placedAgain += seen - late.size();
                return rebuild(true);
            });
            Map<StoredArticle, String> placed = new LinkedHashMap<>();
            late.forEach(a -> placed.put(a, storyOf.get(a.id())));
            return placed;
        }
        if (!dirty.isEmpty() || !mergedInto.isEmpty()) {
            List<Story> changed = new ArrayList<>();
            dirty.forEach(n -> changed.add(stream.story(n)));
            if (mergedInto.isEmpty()) {
                stories.putAll(changed, seen);
            } else {
                stories.rewrite(changed, mergedInto.keySet(), Map.of(), mergedInto, seen);
            }
            dirty.clear();
            mergedInto.clear();
        }
        // Every closed story is written now: the stream lets go of them, so it holds only the open ones.
        stream.release();
        return Map.of();
    }

    /**
     * Places the late articles (and those stored after them) by going back to their day, when the stream keeps it,
     * and writes what changed: the stories told before or after by the articles placed again, the ids of stories
     * gone, those articles' assignments. Returns the assignments written; empty when the day is older than every
     * day kept, or when the write was refused because another process stored meanwhile: the caller then replays the
     * store (which rebuilds the stream).
     */
    private java.util.Optional<Map<String, String>> replayLate(List<StoredArticle> late) {
        java.util.Optional<StoryStream.Replaced> replayed = stream.replayLate(late.stream().map(this::input).toList());
        if (replayed.isEmpty()) {
            return java.util.Optional.empty();
        }
        StoryStream.Replaced r = replayed.get();
        if (r.unmerged()) {
            // A merge of stories with articles placed before the day gone back to was undone: only a replay of the
            // store moves those articles back.
            return java.util.Optional.empty();
        }
        dirty.removeIf(n -> n >= r.kept() || stream.closed(n) && stream.holder(n) != n);
        dirty.addAll(r.changed());
        Map<String, String> merged = new LinkedHashMap<>(mergedInto);
        merged.putAll(r.merged());
        java.util.Set<String> gone = new java.util.HashSet<>(r.goneIds());
        gone.addAll(mergedInto.keySet());
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (int i = 0; i < r.inputs().size(); i++) {
            String id = Objects.requireNonNull(idOf.get(r.inputs().get(i)), "no stored id for an article placed again");
            storyOf.put(id, stream.storyId(r.storyOf()[i]));
        }
        List<Story> changed = new ArrayList<>();
        dirty.forEach(n -> changed.add(stream.story(n)));
        try {
            stories.rewrite(changed, gone, storyOf, merged, seen);
        } catch (StoryPlacement.Behind e) {
            // Another process stored meanwhile: the replay of the store takes its articles in and writes it all.
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            // The stream has moved on and the store has not: the next use rebuilds from the store.
            invalidate();
            throw e;
        }
        placedAgain += r.inputs().size() - r.late();
        dirty.clear();
        mergedInto.clear();
        waiting.clear();
        stream.release();
        trimIds();
        return java.util.Optional.of(storyOf);
    }

    /** The stream's input for a stored article, its id noted for a bounded replay. */
    private StoryInput input(StoredArticle a) {
        StoryInput in = new StoryInput(a.ref(), a.article());
        idOf.put(in, a.id());
        return in;
    }

    /** Keeps the ids of the articles the stream holds for a replay only, once the rest outgrow them (amortised). */
    private void trimIds() {
        if (idOf.size() > 2 * stream.heldForReplay() + FLUSH_EVERY) {
            Map<StoryInput, String> keep = new IdentityHashMap<>();
            stream.heldInputs().forEach(in -> keep.put(in, idOf.get(in)));
            idOf.clear();
            idOf.putAll(keep);
        }
    }

    /** Articles placed again by late articles' replays so far (a bounded replay's days, or the whole store). */
    long placedAgain() {
        return placedAgain;
    }

    /** Late batches that needed a replay of the whole store so far (their day older than every day kept). */
    long fullReplays() {
        return fullReplays;
    }

    /** Stored articles read at a time by a rebuild: its memory holds one page, not the store. */
    static final int PAGE = 1000;

    /** A replay of the stored articles: the stream, each article's story id, how many articles it took in. */
    private record Replayed(StoryStream stream, Map<String, String> storyOf, int count) {
    }

    /**
     * Replays every stored article and writes the stories and assignments where the store differs (always when
     * {@code force}); returns each article's story id.
     */
    private Map<String, String> rebuild(boolean force) {
        for (int tries = 0; ; tries++) {
            Replayed replayed = replayInPages().orElseGet(this::replayAll);
            StoryStream fresh = replayed.stream();
            Map<String, String> storyOf = replayed.storyOf();
            List<Story> told = fresh.stories();
            try {
                if (force || !told.equals(stories.stories()) || !storyOf.equals(stories.storyIds(storyOf.keySet()))) {
                    stories.replaceAll(told, storyOf, replayed.count());
                } else if (!stories.upToDate()) {
                    stories.putAll(List.of(), replayed.count()); // the same stories: only marked up to date
                }
            } catch (StoryPlacement.Behind e) {
                if (tries == MAX_TRIES) {
                    throw e;
                }
                continue;
            }
            fresh.release();
            stream = fresh;
            trimIds();
            seen = replayed.count();
            dirty.clear();
            mergedInto.clear();
            waiting.clear();
            return storyOf;
        }
    }

    /**
     * Offers the stored articles a page at a time in the order they were stored. When none of them is late, that
     * order is the clustering order and the result is {@link #replayAll}'s, made holding one page and the open
     * stories rather than every stored article. Empty as soon as one is late: {@link #replayAll} sorts them.
     */
    private java.util.Optional<Replayed> replayInPages() {
        StoryStream fresh = new StoryStream(pipeline);
        Map<String, Integer> numberOf = new HashMap<>();
        int count = 0;
        while (true) {
            List<StoredArticle> page = articles.articles(count, PAGE);
            for (StoredArticle a : page) {
                OptionalInt n = fresh.offer(input(a));
                if (n.isEmpty()) {
                    return java.util.Optional.empty();
                }
                fresh.drainMerged(); // read below through holder(): the replay writes every story anyway
                numberOf.put(a.id(), n.getAsInt());
            }
            count += page.size();
            if (page.size() < PAGE) {
                // A story may have been merged into another after an article was placed in it.
                Map<String, String> storyOf = new HashMap<>();
                numberOf.forEach((id, n) -> storyOf.put(id, fresh.storyId(fresh.holder(n))));
                return java.util.Optional.of(new Replayed(fresh, storyOf, count));
            }
        }
    }

    /** Replays every stored article at once, in the clustering order ({@link StoryStream#replay}). */
    private Replayed replayAll() {
        List<StoredArticle> all = articles.articles();
        StoryStream fresh = new StoryStream(pipeline);
        int[] numbers = fresh.replay(all.stream().map(this::input).toList());
        fresh.drainMerged();
        Map<String, String> storyOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            storyOf.put(all.get(i).id(), fresh.storyId(fresh.holder(numbers[i])));
        }
        return new Replayed(fresh, storyOf, all.size());
    }
}
