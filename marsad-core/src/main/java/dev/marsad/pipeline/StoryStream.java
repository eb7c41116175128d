package dev.marsad.pipeline;

import dev.marsad.cluster.OnlineClusterer;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The long-lived story engine of a store: its articles, offered one by one in the order they were stored, kept
 * grouped so that the stories are at every moment those {@link StoryPipeline#clusterArticles} tells of the
 * same articles (the {@code cluster} command's stories).
 *
 * <p>An article that comes in clustering order (its day not before the last one placed; the normal case for a
 * live stream and for an archive in publication order) is placed at once, at constant cost. A <em>late</em>
 * article (an earlier day than one already placed, a dated one after undated ones, or a page date that would
 * move articles already placed) cannot be placed without changing history: {@link #offer} says so and leaves
 * the stream unchanged, and the caller places it, typically once at the end of a batch, with the articles stored
 * after it: {@link #replayLate} goes back to the start of the late article's day and re-places that day's
 * articles and the later ones with the late ones; only a late article older than every day kept needs a
 * {@link #replay} of every stored article (linear in them). Not thread-safe.
 *
 * <p>For that the stream keeps, for the last {@code daysKept} days it placed, a checkpoint of the run at the
 * start of the day (see {@link StoryRun#checkpoint}: its cost follows the open stories, not the stream) and the
 * articles placed since, in the order placed. A late article of a few days (the pages of a feed poll that cross
 * midnight, a worker that finished a page late) then costs a few days of placements, not the store.
 */
public final class StoryStream {
    /** Days kept for a bounded replay by default: lateness of a feed poll or a placer's reorder window is hours. */
    public static final int DAYS_KEPT = 3;
    private final StoryPipeline pipeline;
    private final int daysKept;
    private StoryRun run;
    private LocalDate lastKey = LocalDate.MIN;
    /** The day of each page's own article (index 0), which its pasted articles without a date are placed on. */
    private final Map<String, LocalDate> pageDays = new HashMap<>();
    /** The page day each page's pasted articles were placed on (empty: none known then). */
    private final Map<String, Optional<LocalDate>> pastedOn = new HashMap<>();
    /** The starts of the last {@link #daysKept} days placed, oldest first, each with what was placed since. */
    private final ArrayDeque<DayStart> days = new ArrayDeque<>();
    /** During a {@link #replay}: days before this one are not kept (only the last ones can be gone back to). */
    private LocalDate keepFrom = LocalDate.MIN;
    /** The stored position the next article placed gets: articles of one day are placed in stored order. */
    private long nextStored;

    /** A checkpoint of the run before the first article of a day, and the articles placed since, in that order. */
    private static final class DayStart {
        /** The key of the last article placed before it. */
        final LocalDate after;
        final StoryRun.Checkpoint run;
        final List<Placed> placed = new ArrayList<>();

        DayStart(LocalDate after, StoryRun.Checkpoint run) {
            this.after = after;
            this.run = run;
        }
    }

    /** An article placed since a day start, its position in stored order, and the story it joined. */
    private record Placed(StoryInput input, long stored, int story) {
    }

    /**
     * What a {@link #replayLate bounded replay} placed.
     *
     * @param inputs   the articles placed again (those placed since the day gone back to, in the order they were
     *                 stored), then the late ones as given
     * @param storyOf  each one's story number, in the order of {@code inputs}
     * @param late     how many of {@code inputs} were late (the rest were placed before and placed again)
     * @param changed  the story numbers whose stories may differ from before: those the articles placed again were
     *                 in before, and those they are in now
     * @param goneIds  ids of stories that no longer exist (started since the day gone back to, not started again)
     * @param kept     stories numbered below this kept their numbers and ids; a number from this on told before the
     *                 replay may now be another story or none
     * @param merged   the merges made by the articles placed again and still standing: each absorbed story's id (also in
     *                 {@code goneIds} when it was told before) with the id of the story that holds its articles now; its
     *                 articles placed before the day gone back to are not in {@code inputs}, so a store moves them by
     *                 story
     * @param unmerged whether a merge made before the replay (with articles placed before the day gone back to) was
     *                 not made again: those articles changed story without being placed again, so a store that moved
     *                 them can only be put right by a {@link #replay} of every article
     */
    public record Replaced(List<StoryInput> inputs, int[] storyOf, int late, SortedSet<Integer> changed,
                           Set<String> goneIds, int kept, Map<String, String> merged, boolean unmerged) {
    }

    public StoryStream(StoryPipeline pipeline) {
        this(pipeline, DAYS_KEPT);
    }

    /** A stream that can go back {@code daysKept} days for a late article (0: every late article replays all). */
    public StoryStream(StoryPipeline pipeline, int daysKept) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (daysKept < 0) {
            throw new IllegalArgumentException("daysKept must be >= 0: " + daysKept);
        }
        this.daysKept = daysKept;
        this.run = pipeline.newRun();
    }

    /**
     * Places the next stored article; returns its story number, or empty when it is late (nothing changed;
     * {@link #replayLate} or {@link #replay} to place it).
     */
    public OptionalInt offer(StoryInput input) {
        String source = input.ref().source();
        Optional<LocalDate> own = StoryPipeline.day(input.article());
        if (input.ref().index() == 0 && own.isPresent() && pastedOn.containsKey(source)
                && !pastedOn.get(source).equals(own)) {
            return OptionalInt.empty();
        }
        Optional<LocalDate> day = input.ref().index() == 0 || own.isPresent()
                ? own : Optional.ofNullable(pageDays.get(source));
        LocalDate key = day.orElse(LocalDate.MAX);
        if (key.isBefore(lastKey)) {
            return OptionalInt.empty();
        }
        if (input.ref().index() == 0) {
            own.ifPresent(d -> pageDays.put(source, d));
        } else if (own.isEmpty()) {
            pastedOn.put(source, day);
        }
        return OptionalInt.of(place(input, day, key, nextStored++));
    }

    /** Places one article in clustering order, starting a day (a checkpoint) when its key moves on. */
    private int place(StoryInput in, Optional<LocalDate> day, LocalDate key, long stored) {
        if (key.isAfter(lastKey) && daysKept > 0 && !key.isBefore(keepFrom)) {
            days.addLast(new DayStart(lastKey, run.checkpoint()));
            if (days.size() > daysKept) {
                days.removeFirst();
                run.forgetBefore(days.getFirst().run);
            }
        }
        lastKey = key;
        int story = run.add(in.ref(), in.article(), day);
        if (!days.isEmpty()) {
            days.getLast().placed.add(new Placed(in, stored, story));
        }
        return story;
    }

    /**
     * Places {@code late} (stored after every article offered so far, in stored order: the late articles and any
     * stored after them) by going back to the start of the earliest day they move, when that day is kept: the run is
     * restored there and the articles placed since are placed again with {@code late}, in the clustering order.
     * The stories are then those a {@link #replay} of every stored article gives. Empty (nothing changed) when the
     * day is older than every day kept: {@link #replay} then.
     */
    public Optional<Replaced> replayLate(List<StoryInput> late) {
        // Merges before the replay were the caller's to take after each offer (drainMerged): only the replay's are told.
        run.drainMerged();
        Map<String, LocalDate> pages = new HashMap<>(pageDays);
        for (StoryInput in : late) {
            if (in.ref().index() == 0) {
                StoryPipeline.day(in.article()).ifPresent(d -> pages.put(in.ref().source(), d));
            }
        }
        // The late articles are stored after every article placed, so they follow those of their own day: the run
        // can go back to the end of their day. A pasted article moving to its page's day is stored before some of
        // that day's articles, so the run goes back to before both the day it leaves and the day it joins.
        LocalDate upTo = LocalDate.MAX;
        LocalDate before = LocalDate.MAX;
        for (StoryInput in : late) {
            Optional<LocalDate> own = StoryPipeline.day(in.article());
            Optional<LocalDate> day = own.or(() -> Optional.ofNullable(pages.get(in.ref().source())));
            upTo = min(upTo, day.orElse(LocalDate.MAX));
            Optional<LocalDate> pasted = pastedOn.get(in.ref().source());
            if (in.ref().index() == 0 && own.isPresent() && pasted != null && !pasted.equals(own)) {
                before = min(before, min(own.get(), pasted.orElse(LocalDate.MAX)));
            }
        }
        DayStart back = null;
        for (var it = days.descendingIterator(); it.hasNext() && back == null; ) {
            DayStart start = it.next();
            if (!start.after.isAfter(upTo) && start.after.isBefore(before)) {
                back = start;
            }
        }
        if (back == null) {
            return Optional.empty();
        }
        // Placed again in stored order, as a replay of every article places them: the days' lists are in the order
        // placed, and a replay may have placed an article on a later day than the one it moves to now (a pasted
        // article, undated until its page came), so neither the days' order nor the lists' give it.
        List<Placed> held = new ArrayList<>();
        SortedSet<Integer> changed = new TreeSet<>();
        while (days.getLast() != back) {
            collect(days.removeLast(), held, changed);
        }
        days.removeLast();
        collect(back, held, changed);
        held.sort(Comparator.comparingLong(Placed::stored));
        int firstNew = back.run.stories();
        Set<String> goneIds = new HashSet<>();
        for (int story = firstNew; story < run.storyCount(); story++) {
            goneIds.add(run.storyId(story));
        }
        changed.removeIf(story -> story >= firstNew);
        // Stories merged since the day gone back to, with the articles placed before it: the replay must merge them
        // again, or the store, which moved those articles, cannot be put right by this replay.
        Set<Integer> mergedSince = new HashSet<>();
        for (int story = 0; story < firstNew; story++) {
            if (run.absorbed(story)) {
                mergedSince.add(story);
            }
        }
        run.restore(back.run);
        mergedSince.removeIf(run::absorbed);
        lastKey = back.after;
        pageDays.putAll(pages);
        List<StoryInput> again = new ArrayList<>();
        long[] stored = new long[held.size() + late.size()];
        for (Placed p : held) {
            stored[again.size()] = p.stored();
            again.add(p.input());
        }
        for (StoryInput in : late) {
            stored[again.size()] = nextStored++;
            again.add(in);
        }
        int[] storyOf = new int[again.size()];
        for (StoryPipeline.Ordered e : StoryPipeline.inOrder(again, pageDays)) {
            StoryInput in = e.input();
            storyOf[e.position()] = place(in, e.day(), e.key(), stored[e.position()]);
            if (in.ref().index() != 0 && StoryPipeline.day(in.article()).isEmpty()) {
                pastedOn.put(in.ref().source(), e.day());
            }
        }
        List<OnlineClusterer.Merge> merges = run.drainMerged();
        Map<String, String> merged = new HashMap<>();
        for (OnlineClusterer.Merge m : merges) {
            merged.put(run.storyId(m.absorbed()), run.storyId(run.holder(m.absorbed())));
        }
        for (int i = 0; i < storyOf.length; i++) {
            storyOf[i] = run.holder(storyOf[i]);
        }
        for (int story : storyOf) {
            changed.add(story);
        }
        Set<Integer> absorbed = new HashSet<>();
        changed.forEach(story -> {
            if (run.absorbed(story)) {
                absorbed.add(story);
            }
        });
        changed.removeAll(absorbed);
        absorbed.forEach(story -> changed.add(run.holder(story)));
        for (int story = firstNew; story < run.storyCount(); story++) {
            goneIds.remove(run.storyId(story));
        }
        merges.forEach(m -> goneIds.add(run.storyId(m.absorbed())));
        boolean unmerged = mergedSince.stream().anyMatch(story -> !run.absorbed(story));
        return Optional.of(new Replaced(List.copyOf(again), storyOf, late.size(), changed, goneIds, firstNew, merged,
                unmerged));
    }

    private static void collect(DayStart day, List<Placed> placed, Set<Integer> stories) {
        for (Placed p : day.placed) {
            placed.add(p);
            stories.add(p.story());
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Starts again from {@code stored} (every stored article, in stored order), grouped as
     * {@link StoryPipeline#clusterArticles} groups them; returns each one's story number, in the order given.
     */
    public int[] replay(List<StoryInput> stored) {
        run = pipeline.newRun();
        pageDays.clear();
        pastedOn.clear();
        days.clear();
        lastKey = LocalDate.MIN;
        for (StoryInput in : stored) {
            if (in.ref().index() == 0) {
                StoryPipeline.day(in.article()).ifPresent(d -> pageDays.put(in.ref().source(), d));
            }
        }
        List<StoryPipeline.Ordered> order = StoryPipeline.inOrder(stored);
        keepFrom = lastDays(order);
        int[] storyOf = new int[stored.size()];
        for (StoryPipeline.Ordered e : order) {
            StoryInput in = e.input();
            storyOf[e.position()] = place(in, e.day(), e.key(), e.position());
            if (in.ref().index() != 0 && StoryPipeline.day(in.article()).isEmpty()) {
                pastedOn.put(in.ref().source(), e.day());
            }
        }
        keepFrom = LocalDate.MIN;
        nextStored = stored.size();
        // A story may have been merged into another after an article was placed in it.
        for (int i = 0; i < storyOf.length; i++) {
            storyOf[i] = run.holder(storyOf[i]);
        }
        return storyOf;
    }

    /** The earliest of the last {@link #daysKept} keys of {@code order}: a replay keeps only those days. */
    private LocalDate lastDays(List<StoryPipeline.Ordered> order) {
        LocalDate from = null;
        int seen = 0;
        for (int i = order.size() - 1; i >= 0 && seen < daysKept; i--) {
            if (from == null || order.get(i).key().isBefore(from)) {
                from = order.get(i).key();
                seen++;
            }
        }
        return from == null ? LocalDate.MIN : from;
    }

    /** Articles placed since the oldest day kept: what a bounded replay places again at most (with the late ones). */
    public int heldForReplay() {
        return days.stream().mapToInt(d -> d.placed.size()).sum();
    }

    /** The articles placed since the oldest day kept, in the order placed: those a bounded replay may place again. */
    public List<StoryInput> heldInputs() {
        List<StoryInput> out = new ArrayList<>();
        days.forEach(d -> d.placed.forEach(p -> out.add(p.input())));
        return out;
    }

    /** Days kept for a bounded replay now. */
    public int daysKept() {
        return days.size();
    }

    /** Articles placed. */
    public int size() {
        return run.size();
    }

    /** The id of story number {@code story}. */
    public String storyId(int story) {
        return run.storyId(story);
    }

    /** Story number {@code story} as it stands now. */
    public Story story(int story) {
        return run.story(story);
    }

    /**
     * Every story, ordered as {@code cluster} orders them.
     *
     * @throws IllegalStateException after {@link #release}
     */
    public List<Story> stories() {
        return run.stories();
    }

    /**
     * Lets go of the closed stories told so far (see {@link StoryRun#release}): call it once they are written, so
     * that the stream holds only its open stories. {@link #story} of a released story then fails.
     */
    public void release() {
        run.release();
    }

    /** Articles held in memory now: those of open stories and of closed ones not yet released. */
    public int heldMembers() {
        return run.heldMembers();
    }

    /** Dedupe signatures held now. */
    public int heldSignatures() {
        return run.heldSignatures();
    }

    /**
     * The merges made since the last call (see {@link StoryRun#drainMerged}): a caller that keeps stories deletes each
     * absorbed story and moves its articles to the story that took them. Call it after each {@link #offer}.
     */
    public List<OnlineClusterer.Merge> drainMerged() {
        return run.drainMerged();
    }

    /** The story that holds story {@code story}'s articles now (itself unless it was merged into another). */
    public int holder(int story) {
        return run.holder(story);
    }

    /** Whether story number {@code story} is closed: final, told once (and gone after {@link #release}). */
    public boolean closed(int story) {
        return run.closed(story);
    }
}
