package dev.marsad.pipeline;

import dev.marsad.cluster.ClusterInput;
import dev.marsad.cluster.OnlineClusterer;
import dev.marsad.dedupe.NearDuplicateDetector;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.summarize.StoryMember;
import dev.marsad.summarize.StorySummarizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One online stream of articles grouped into stories. Not thread-safe.
 *
 * <ul>
 *   <li>Dedupe runs first so that a wire copy joins its original's story whatever its score: a syndicated
 *       copy with a different outlet headline must not start a story of its own.</li>
 *   <li>Story ids are derived from the story's first article ({@link StoryIds}).</li>
 *   <li>{@link #stories()} orders stories by size, then by latest publication date, newest first.</li>
 *   <li>Memory is bounded by the open stories: when the clusterer closes a story (no new article for
 *       {@code closeDays}), it is told once and its articles and dedupe signatures are let go; a long-lived caller
 *       that has written it {@link #release}s the told story too. Only the story ids stay (to keep them unique).</li>
 * </ul>
 */
public final class StoryRun {
    private final StoryConfig config;
    private final NearDuplicateDetector dedupe;
    private final OnlineClusterer clusterer;
    /** The articles of open stories (and of closed ones not yet summarised), by arrival position. */
    private Map<Integer, StoryMember> members = new HashMap<>();
    /** The story of each article held in {@link #members}, by arrival position. */
    private Map<Integer, Integer> storyOf = new HashMap<>();
    /** The original (arrival position) each article held in {@link #members} is a copy of (itself if none). */
    private Map<Integer, Integer> originalOf = new HashMap<>();
    /** Each story's id, by story number, given when its first article starts it. */
    private final StoryIds ids = new StoryIds();
    /** Each open story's members (arrival positions), by story number. */
    private Map<Integer, List<Integer>> membersOf = new HashMap<>();
    /** Stories merged into another, by number: the story that took their members. */
    private Map<Integer, Integer> absorbedInto = new HashMap<>();
    /** Merges since {@link #drainMerged} was last called. */
    private final List<OnlineClusterer.Merge> mergedSinceDrain = new ArrayList<>();
    /** Closed stories as told at closing, by number, until {@link #release}d. */
    private TreeMap<Integer, Story> finished = new TreeMap<>();
    private final StorySummarizer summarizer;
    private int added;
    private int released;

    /** The order stories are told in: by size, then latest publication date (newest first), then id. */
    public static final Comparator<Story> ORDER = Comparator.comparingInt((Story s) -> s.articles().size()).reversed()
            .thenComparing(StoryRun::latest, Comparator.reverseOrder())
            .thenComparing(Story::id);
    private final StageTimer timer;

    StoryRun(StoryConfig config, StageTimer timer) {
        this.config = config;
        this.timer = timer;
        this.dedupe = new NearDuplicateDetector(config.dedupe());
        this.clusterer = OnlineClusterer.inMemory(config.cluster());
        this.summarizer = new StorySummarizer(config.summarySentences());
    }

    /** Adds the next article (in time order); returns the number of the story that holds it (after any merge). */
    public int add(ArticleRef ref, AnalyzedArticle article) {
        return add(ref, article, Optional.empty());
    }

    /**
     * Adds the next article, which was seen on {@code seenOn} when it states no date of its own (an article
     * pasted into a dated page); returns the number of the story that holds it: the story it joined or started, or
     * the story that one was merged into (piece merges; {@link #drainMerged} tells the merges).
     *
     * <p>A copy joins its original's story only while that story is open for it: a story closed by the
     * clusterer (no new article for {@code closeDays}) is final, so copies of its articles are not looked for.
     */
    public int add(ArticleRef ref, AnalyzedArticle article, Optional<java.time.LocalDate> seenOn) {
        long start = System.nanoTime();
        ClusterInput input = ClusterInput.of(article, seenOn);
        long weighed = System.nanoTime();
        Optional<Integer> copyOf = dedupe.offer(article.article().text(),
                other -> clusterer.open(storyOf.get(other), input.day()));
        long deduped = System.nanoTime();
        timer.record(StageTimer.Stage.DEDUPE, deduped - weighed);
        int position = added++;
        int story;
        if (copyOf.isPresent()) {
            int original = originalOf.get(copyOf.get());
            originalOf.put(position, original);
            story = clusterer.addTo(storyOf.get(original), input);
        } else {
            originalOf.put(position, position);
            story = clusterer.add(input);
        }
        StoryMember member = new StoryMember(ref, article);
        members.put(position, member);
        storyOf.put(position, story);
        if (story == ids.count()) {
            // Story numbers are given in order, so a new one is the next: its first article names it.
            ids.name(member);
            membersOf.put(story, new ArrayList<>());
        }
        membersOf.get(story).add(position);
        // The story it joined or started may have been merged into another, or have absorbed others, meanwhile.
        for (OnlineClusterer.Merge merge : clusterer.drainMerged()) {
            absorb(merge.absorbed(), merge.into());
        }
        story = storyOf.get(position);
        timer.record(StageTimer.Stage.CLUSTER, System.nanoTime() - deduped + (weighed - start));
        for (int closed : clusterer.drainClosed()) {
            finish(closed);
        }
        return story;
    }

    /**
     * Moves every member of story {@code from} to story {@code into}: the clusterer merged the two (pieces of one event,
     * see {@code ClusterConfig.PieceMerge}). The story {@code from} is gone: its id is no longer told.
     */
    private void absorb(int from, int into) {
        List<Integer> moved = membersOf.remove(from);
        List<Integer> all = membersOf.get(into);
        for (int position : moved) {
            storyOf.put(position, into);
        }
        all.addAll(moved);
        all.sort(null);
        absorbedInto.put(from, into);
        mergedSinceDrain.add(new OnlineClusterer.Merge(from, into));
    }

    /**
     * The merges made since the last call, in the order made (a story absorbed, the story that took its articles): a
     * caller that keeps stories (the store's engine) deletes the absorbed one and moves its articles.
     */
    public List<OnlineClusterer.Merge> drainMerged() {
        List<OnlineClusterer.Merge> out = List.copyOf(mergedSinceDrain);
        mergedSinceDrain.clear();
        return out;
    }

    /** Whether story number {@code story} was merged into another (its id is gone). */
    public boolean absorbed(int story) {
        return absorbedInto.containsKey(story);
    }

    /**
     * Tells a story the clusterer closed for the last time and lets go of its articles: nothing can join it any
     * more, so its members, their dedupe signatures and their bookkeeping are dropped and only the told story is
     * kept until {@link #release}.
     */
    private void finish(int story) {
        finished.put(story, tell(story));
        for (int position : membersOf.remove(story)) {
            members.remove(position);
            storyOf.remove(position);
            originalOf.remove(position);
            dedupe.forget(position);
        }
    }

    /**
     * Drops the closed stories told so far: a caller that has written them (the store's engine) calls this so
     * that a stream of months holds only its open stories. Afterwards {@link #story} of a released story and
     * {@link #stories} fail; {@code cluster}, which tells every story at the end, never releases.
     */
    public void release() {
        released += finished.size();
        finished.clear();
    }

    /**
     * The run as it is now, to {@link #restore} later: a copy of what belongs to the open stories (their members,
     * dedupe signatures, the clusterer's open stories) and marks of what grows with every article (document
     * frequencies, term ids, postings, story ids), so that its cost follows the open stories, not the stream.
     */
    Checkpoint checkpoint() {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        membersOf.forEach((story, list) -> lists.put(story, List.copyOf(list)));
        return new Checkpoint(added, released, ids.count(), Map.copyOf(members), Map.copyOf(storyOf),
                Map.copyOf(originalOf), lists, new TreeMap<>(finished), Map.copyOf(absorbedInto), dedupe.checkpoint(),
                clusterer.checkpoint());
    }

    /** Puts the run back as it was at {@code at}, which stays usable (checkpoints taken after it do not). */
    void restore(Checkpoint at) {
        added = at.added();
        released = at.released();
        ids.truncate(at.stories());
        members = new HashMap<>(at.members());
        storyOf = new HashMap<>(at.storyOf());
        originalOf = new HashMap<>(at.originalOf());
        membersOf = new HashMap<>();
        at.membersOf().forEach((story, list) -> membersOf.put(story, new ArrayList<>(list)));
        finished = new TreeMap<>(at.finished());
        absorbedInto = new HashMap<>(at.absorbedInto());
        mergedSinceDrain.clear();
        dedupe.restore(at.dedupe());
        clusterer.restore(at.clusterer());
    }

    /** Lets go of what restoring a checkpoint older than {@code at} needs. */
    void forgetBefore(Checkpoint at) {
        clusterer.forgetBefore(at.clusterer());
    }

    /** What {@link #restore} needs (the maps are copies, never changed). */
    record Checkpoint(int added, int released, int stories, Map<Integer, StoryMember> members,
                      Map<Integer, Integer> storyOf, Map<Integer, Integer> originalOf,
                      Map<Integer, List<Integer>> membersOf, TreeMap<Integer, Story> finished,
                      Map<Integer, Integer> absorbedInto, NearDuplicateDetector.Checkpoint dedupe, OnlineClusterer.Checkpoint clusterer) {
    }

    /** The id of story number {@code story}. */
    public String storyId(int story) {
        return ids.id(story);
    }

    /**
     * The story that holds story {@code story}'s articles now: itself, or the story it was merged into (followed to
     * the end: a story that absorbed others may itself be absorbed later).
     */
    public int holder(int story) {
        Integer into = absorbedInto.get(story);
        while (into != null) {
            story = into;
            into = absorbedInto.get(story);
        }
        return story;
    }

    /** How many stories there are so far. */
    public int storyCount() {
        return ids.count();
    }

    /** How many articles were added so far. */
    public int size() {
        return added;
    }

    /** Articles held in memory now: those of open stories (closed stories are told and let go). */
    public int heldMembers() {
        return members.size();
    }

    /** Dedupe signatures held now: those of open stories' articles. */
    public int heldSignatures() {
        return dedupe.held();
    }

    /** Closed stories told and kept until {@link #release}. */
    public int finishedStories() {
        return finished.size();
    }

    /** Whether story number {@code story} is closed (final): told at closing, already released, or merged into another. */
    public boolean closed(int story) {
        return story < ids.count() && !membersOf.containsKey(story);
    }

    /**
     * Story number {@code story} as it stands, with all its products (an open story is summarised again on each
     * call, a closed one was told when it closed).
     *
     * @throws IllegalStateException when the story was closed and {@link #release}d
     */
    public Story story(int story) {
        Story done = finished.get(story);
        if (done != null) {
            return done;
        }
        if (absorbedInto.containsKey(story)) {
            throw new IllegalStateException("story " + story + " was merged into story " + holder(story));
        }
        if (!membersOf.containsKey(story)) {
            throw new IllegalStateException("story " + story + " was closed and released");
        }
        return tell(story);
    }

    private Story tell(int story) {
        long start = System.nanoTime();
        List<Integer> indexes = membersOf.get(story);
        Story told = summarizer.summarize(ids.id(story), indexes.stream().map(members::get).toList(),
                duplicates(indexes));
        timer.record(StageTimer.Stage.SUMMARIZE, System.nanoTime() - start);
        return told;
    }

    /**
     * The stories so far, with all their products.
     *
     * @throws IllegalStateException when closed stories were {@link #release}d
     */
    public List<Story> stories() {
        if (released > 0) {
            throw new IllegalStateException(released + " closed stories were released: they are told by the store");
        }
        List<Story> out = new ArrayList<>();
        for (int story = 0; story < ids.count(); story++) {
            if (!absorbedInto.containsKey(story)) {
                out.add(story(story));
            }
        }
        out.sort(ORDER);
        return out;
    }

    private List<List<ArticleRef>> duplicates(List<Integer> indexes) {
        Map<Integer, List<ArticleRef>> groups = new LinkedHashMap<>();
        for (int i : indexes) {
            groups.computeIfAbsent(originalOf.get(i), o -> new ArrayList<>()).add(members.get(i).ref());
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    /** The latest publication date of {@code story}'s articles as written ("" when none is dated): the order's second key. */
    public static String latest(Story story) {
        return story.articles().stream().map(a -> a.published().orElse("")).max(String::compareTo).orElse("");
    }
}
