package dev.marsad.cluster;

import dev.marsad.cluster.ArticleWeigher.Weighted;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Single-pass, incremental story clustering. Articles must be offered in time order; each joins the
 * best-scoring story ({@link StoryScorer}: its mean similarity to the story's best-matching members) when the
 * score reaches the threshold; under it, when the event rule is on (as shipped), a story whose event its
 * headline names with terms concentrated in that story ({@link EventSignature}, {@link RecentHeadlines}); then, with
 * the name rule on (as shipped), a story whose first paragraphs name the same rare full person name ({@link NameRule});
 * then, with the small-story rule on (as shipped), a story of one or two articles whose member's headline names the
 * article's event ({@link SmallStoryRule}); then, with the body rule on (as shipped), a large story whose concentrated signature its whole text names
 * ({@link BodyRule}); or starts a new story. Then, with piece merges on (as shipped), a smaller open story whose own members' headlines name the
 * larger one's concentrated signature is merged into it ({@link ClusterConfig.PieceMerge}, {@link #drainMerged}). Candidate stories come from an inverted index over each
 * story's terms and entity keys, and each story keeps only its most recent members, so an article is compared
 * with a bounded number of articles and the total cost grows near-linearly with the stream.
 * Term weights are TF-IDF with document frequencies of a background collection ({@link BackgroundFrequencies})
 * plus those of the stream so far. Not thread-safe: one clusterer per stream; all state lives in its
 * {@link ClusterState}.
 */
public final class OnlineClusterer {
    private final ClusterConfig config;
    private final ClusterState state;
    private final ArticleWeigher weigher;
    private final StoryScorer scorer;
    /** The arriving article laid out for scoring (one at a time: the clusterer places articles one by one). */
    private final LoadedArticle loaded = new LoadedArticle();
    /** Index keys shared with the arriving article, by story number, and the stories counted (zeroed after use). */
    private int[] hitCounts = new int[0];
    private int[] hitStories = new int[0];
    private long newestDay = Long.MIN_VALUE;
    /** The clock's day at the last sweep for stories to close: a story only turns quiet when the clock moves on. */
    private long sweptAt = Long.MIN_VALUE;
    /** The stories not closed, in number order: what a sweep walks. */
    private final Set<Integer> openStories = new LinkedHashSet<>();
    /** Stories closed by sweeps since {@link #drainClosed} was last called, in number order. */
    private final List<Integer> closedSinceDrain = new ArrayList<>();
    /** Merges made since {@link #drainMerged} was last called, in the order made. */
    private final List<Merge> mergedSinceDrain = new ArrayList<>();
    /** The recent headlines' terms by story (event rule with a concentration test only; null otherwise). */
    private RecentHeadlines recent;
    /** The recent first paragraphs' full person names by story (name rule only; null otherwise). */
    private RecentHeadlines names;
    /**
     * The articles the body rule placed nowhere, newest last, at most {@link ClusterConfig.BodyRule.Retest#cap} (body
     * rule with a re-test only; empty otherwise): each started a story of its own, re-tested when a story grows past the floor.
     */
    private ArrayDeque<Alone> alone = new ArrayDeque<>();

    public OnlineClusterer(ClusterConfig config, ClusterState state, BackgroundFrequencies background) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
        this.weigher = new ArticleWeigher(config, state, Objects.requireNonNull(background, "background"));
        this.scorer = new StoryScorer(config);
        this.recent = config.eventRule() == null || config.eventRule().concentration() <= 0 ? null
                : new RecentHeadlines(config.eventRule().windowDays());
        this.names = config.nameRule() == null ? null
                : new RecentHeadlines(config.eventRule() == null ? NAME_WINDOW_DAYS : config.eventRule().windowDays());
    }

    /** The name rule's window when there is no event rule to share it with. */
    private static final int NAME_WINDOW_DAYS = 3;

    /** A clusterer over fresh in-memory state and the shipped background frequencies. */
    public static OnlineClusterer inMemory(ClusterConfig config) {
        return new OnlineClusterer(config, new InMemoryClusterState(config.postingCap()), BackgroundFrequencies.shipped());
    }

    /**
     * Adds the next article; returns the number of the story it joined or started. Piece merges may then have merged
     * that story into another ({@link #drainMerged}, {@link #holder}).
     */
    public int add(ClusterInput input) {
        Weighted article = weigh(input);
        return place(article, candidates(article.keys()));
    }

    /**
     * Like {@link #add} but scores every story instead of the indexed candidates: the brute-force reference
     * for benchmarks and for checking what the index misses. Cost grows with the number of stories.
     */
    public int addExhaustive(ClusterInput input) {
        Weighted article = weigh(input);
        List<Integer> all = new ArrayList<>(state.stories());
        for (int i = 0; i < state.stories(); i++) {
            if (!state.story(i).closed() && !quiet(state.story(i))) {
                all.add(i);
            }
        }
        return place(article, all);
    }

    /**
     * Adds the next article to a known story (a near-duplicate joins its original's story). The story must be
     * {@link #open} for the article: a closed story is final. Returns {@code storyNumber}; piece merges may then have
     * merged it into another ({@link #holder}).
     */
    public int addTo(int storyNumber, ClusterInput input) {
        if (!open(storyNumber, input.day())) {
            throw new IllegalStateException("story " + storyNumber + " is closed");
        }
        Weighted article = weigh(input);
        StoryState story = state.story(storyNumber);
        join(story, article);
        absorbPieces(story, article.profile().head());
        retestAlone(holder(story.number));
        return story.number;
    }

    /**
     * Whether story {@code storyNumber} can still take an article of {@code day}: it is not closed, and not quiet
     * once the stream's clock has moved to {@code day}. A quiet story stays quiet (nothing joins it, the clock
     * only moves on), so a story found closed here is final: its members and their copies' signatures may go.
     */
    public boolean open(int storyNumber, Optional<LocalDate> day) {
        StoryState story = state.story(storyNumber);
        if (story.closed()) {
            return false;
        }
        long newest = day.map(d -> Math.max(newestDay, d.toEpochDay())).orElse(newestDay);
        return !quiet(story, newest);
    }

    /**
     * The stories closed since the last call, in number order: final, never to change again. A stream of
     * months releases what it keeps of them (see {@code StoryRun}).
     */
    public List<Integer> drainClosed() {
        if (closedSinceDrain.isEmpty()) {
            return List.of();
        }
        List<Integer> out = List.copyOf(closedSinceDrain);
        closedSinceDrain.clear();
        return out;
    }

    /**
     * The clusterer as it is now, to {@link #restore} later (the state must support marks, see
     * {@link ClusterState#mark}): what a story stream keeps at the start of each day.
     */
    public Checkpoint checkpoint() {
        if (!closedSinceDrain.isEmpty() || !mergedSinceDrain.isEmpty()) {
            throw new IllegalStateException("closed stories or merges not drained: " + closedSinceDrain + " " + mergedSinceDrain);
        }
        return new Checkpoint(newestDay, sweptAt, List.copyOf(openStories), state.mark(openStories),
                recent == null ? null : recent.copy(), names == null ? null : names.copy(), List.copyOf(alone));
    }

    /** Puts the clusterer back as it was at {@code at} (which stays usable; later checkpoints do not). */
    public void restore(Checkpoint at) {
        state.rollBack(at.mark());
        newestDay = at.newestDay();
        sweptAt = at.sweptAt();
        openStories.clear();
        openStories.addAll(at.open());
        closedSinceDrain.clear();
        mergedSinceDrain.clear();
        // Copied again: the checkpoint stays usable for a later restore.
        recent = at.recent() == null ? null : at.recent().copy();
        names = at.names() == null ? null : at.names().copy();
        alone = new ArrayDeque<>(at.alone());
    }

    /** Lets go of what restoring a checkpoint older than {@code at} needs. */
    public void forgetBefore(Checkpoint at) {
        state.forgetBefore(at.mark());
    }

    /**
     * What {@link #restore} needs: the clock, the open stories in the order a sweep walks them, the state's mark, and a
     * copy of the recent headlines' terms (null when the event rule keeps none) and of the recent first paragraphs' names
     * (null without the name rule), and the articles kept for the body rule's re-test (empty without one).
     */
    public record Checkpoint(long newestDay, long sweptAt, List<Integer> open, ClusterState.Mark mark, RecentHeadlines recent,
                             RecentHeadlines names, List<Alone> alone) {
    }

    /**
     * An article the body rule placed nowhere: the story it started, its day, and its text's specific terms (what the
     * rule reads), kept to be re-tested when a story grows past the rule's floor. Immutable.
     */
    record Alone(int story, long day, RareTerms text) {
    }

    /** The state (for a store to persist, or for inspection). */
    public ClusterState state() {
        return state;
    }

    /** The similarity of two articles as the clusterer sees them, in [0, 1], with this state's frequencies as they are. */
    public double similarity(ClusterInput a, ClusterInput b) {
        return scorer.similarity(weigh(a, false).profile(), weigh(b, false).profile());
    }

    private int place(Weighted article, Collection<Integer> candidates) {
        int best = -1;
        double bestScore = -1;
        // Kept for the event rule's second chance only.
        double[] scores = config.eventRule() == null && config.nameRule() == null && config.smallStoryRule() == null ? null
                : new double[candidates.size()];
        int c = 0;
        LoadedArticle arriving = loaded.load(article.profile());
        for (int candidate : candidates) {
            double score = scorer.score(arriving, state.story(candidate));
            if (scores != null) {
                scores[c++] = score;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        StoryState story;
        if (best >= 0 && bestScore >= config.threshold()) {
            story = state.story(best);
        } else {
            if (recent != null && newestDay != Long.MIN_VALUE) {
                recent.advanceTo(newestDay);
            }
            int event = config.eventRule() == null ? -1 : eventStory(article.profile(), candidates, scores);
            if (event < 0 && names != null) {
                if (newestDay != Long.MIN_VALUE) {
                    names.advanceTo(newestDay);
                }
                event = config.nameRule().story(article.names(), candidates, scores, names);
            }
            if (event < 0 && config.smallStoryRule() != null && recent != null) {
                double share = config.eventRule().concentration();
                event = config.smallStoryRule().story(article.profile(), candidates, scores, state::story,
                        candidate -> term -> recent.notSpread(term, candidate, share, s -> state.story(s).size));
            }
            RareTerms text = null;
            if (event < 0 && config.bodyRule() != null && recent != null && article.pressCues() <= config.bodyRule().maxPressCues()) {
                // Weighed here, not for every article: only an article no story took reaches the rule.
                text = weigher.rareTerms(article.textTerms(), config.eventRule().minIdf());
                event = bodyStory(article, text);
            }
            story = event >= 0 ? state.story(event) : state.newStory();
            if (event < 0 && text != null) {
                keepAlone(story.number, article, text);
            }
        }
        join(story, article);
        absorbPieces(story, article.profile().head());
        retestAlone(holder(story.number));
        return story.number;
    }

    /** Keeps an article the body rule placed nowhere for {@link #retestAlone}, the oldest let go past the cap. */
    private void keepAlone(int story, Weighted article, RareTerms text) {
        ClusterConfig.BodyRule rule = config.bodyRule();
        if (rule.retest() == null || text.size() < Math.min(rule.minNamed(), rule.retest().minNamed())) {
            return;
        }
        alone.addLast(new Alone(story, article.profile().day().orElse(newestDay), text));
        while (alone.size() > rule.retest().cap()) {
            alone.removeFirst();
        }
    }

    /**
     * The body rule's re-test ({@link ClusterConfig.BodyRule.Retest}): when story {@code number} has grown and is at the
     * rule's floor or past it, the articles still alone that the rule placed nowhere (the newest {@code cap}, of the last
     * {@code days}) are tested against it again and merged into it when their text names enough of its concentrated
     * signature now. An Asir column arrives while the bombing's story holds 8 to 15 reports (the papers' pages come out
     * together, columns among reports) and its signature is still that of the first reports; the story reaches 40 later,
     * by joins and piece merges. Each article is still placed once, on arrival; this is a later story merge, as piece
     * merges are. Cost: a walk of at most {@code cap} kept term sets per placement into a story past the floor.
     */
    private void retestAlone(int number) {
        ClusterConfig.BodyRule rule = config.bodyRule();
        if (rule == null || recent == null || rule.retest() == null || alone.isEmpty()) {
            return;
        }
        StoryState story = state.story(number);
        if (story.size < rule.minMembers() || story.closed()) {
            return;
        }
        ClusterConfig.EventRule event = config.eventRule();
        ClusterConfig.BodyRule.Retest retest = rule.retest();
        int[] signature = story.signatureTerms(retest.signatureTerms(), event.minCount());
        int minNamed = retest.minNamed();
        if (signature.length < minNamed) {
            return;
        }
        int[] concentrated = new int[signature.length];
        int n = 0;
        for (int term : signature) {
            if (recent.concentrated(term, number, event.concentration(), s -> state.story(s).size)) {
                concentrated[n++] = term;
            }
        }
        if (n < minNamed) {
            return;
        }
        long oldest = newestDay == Long.MIN_VALUE ? Long.MIN_VALUE : newestDay - retest.days() + 1;
        int holder = number;
        for (Iterator<Alone> it = alone.iterator(); it.hasNext(); ) {
            Alone a = it.next();
            StoryState single = state.story(a.story());
            if (single.size != 1 || single.closed() || single.mergedInto >= 0 || a.day() < oldest) {
                it.remove();
                continue;
            }
            if (a.story() == holder) {
                continue;
            }
            int named = 0;
            for (int i = 0; i < n; i++) {
                if (a.text().contains(concentrated[i])) {
                    named++;
                }
            }
            if (named < minNamed) {
                continue;
            }
            StoryState into = state.story(holder);
            if (scorer.score(single.members().iterator().next(), into) < rule.scoreFloor()) {
                continue;
            }
            it.remove();
            // The merged story keeps the older number, as a piece merge does (story ids derive from the first article).
            if (single.number < into.number) {
                merge(into, single);
                holder = single.number;
            } else {
                merge(single, into);
            }
        }
    }

    /**
     * The story that holds story {@code story}'s articles now: itself, or the story it was merged into (followed to the
     * end: a story that absorbed others may itself be merged later).
     */
    public int holder(int story) {
        int into = state.story(story).mergedInto;
        while (into >= 0) {
            story = into;
            into = state.story(story).mergedInto;
        }
        return story;
    }

    /**
     * The merges made since the last call, in the order made: each names the story absorbed (closed, its articles now
     * the other's) and the story that holds them. A story run moves its articles ({@code StoryRun}).
     */
    public List<Merge> drainMerged() {
        if (mergedSinceDrain.isEmpty()) {
            return List.of();
        }
        List<Merge> out = List.copyOf(mergedSinceDrain);
        mergedSinceDrain.clear();
        return out;
    }

    /** Story {@code absorbed} was merged into story {@code into}: its articles are now {@code into}'s. */
    public record Merge(int absorbed, int into) {
    }

    /**
     * Piece merges ({@link ClusterConfig.PieceMerge}), after an article joined {@code story}: the open stories of the
     * window that name at least {@code minShared} of the same headline terms as the article (then, after a merge, of
     * the merged story's signature) are weighed pairwise with the article's story, the smaller against the larger's
     * concentrated signature, and merged when it names it.
     */
    private void absorbPieces(StoryState story, RareTerms head) {
        ClusterConfig.PieceMerge rule = config.pieceMerge();
        if (rule == null || recent == null) {
            return;
        }
        int holder = story.number;
        ClusterConfig.EventRule event = config.eventRule();
        int[] terms = union(head, story.signatureTerms(event.signatureTerms(), event.minCount()));
        // Each merge closes a story, so this ends; the bound only guards against a loop by mistake.
        for (int round = 0; round < MAX_MERGE_ROUNDS; round++) {
            boolean merged = false;
            for (int other : recent.storiesNamingAtLeast(terms, rule.minShared())) {
                StoryState x = state.story(holder);
                StoryState y = state.story(other);
                if (other == holder || y.closed() || quiet(y)) {
                    continue;
                }
                // The larger story's signature decides (ties: the older's); the merged story keeps the older number,
                // whose first article is the merged story's first (story ids are derived from it).
                StoryState larger = y.size > x.size || (y.size == x.size && y.number < x.number) ? y : x;
                StoryState smaller = larger == x ? y : x;
                if (absorbs(larger, smaller)) {
                    StoryState older = x.number < y.number ? x : y;
                    merge(older == x ? y : x, older);
                    holder = older.number;
                    merged = true;
                }
            }
            if (!merged) {
                break;
            }
            terms = state.story(holder).signatureTerms(event.signatureTerms(), event.minCount());
        }
    }

    private static final int MAX_MERGE_ROUNDS = 16;

    /** The article's headline terms and the story's signature terms, each once. */
    private static int[] union(RareTerms head, int[] signature) {
        int[] out = java.util.Arrays.copyOf(signature, signature.length + head.size());
        int n = signature.length;
        for (int i = 0; i < head.size(); i++) {
            int term = head.term(i);
            if (java.util.Arrays.stream(signature).noneMatch(t -> t == term)) {
                out[n++] = term;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Whether {@code smaller} is a piece of {@code larger}'s event: the larger has a signature (at least the event rule's
     * {@code minCount} members), at least {@code minShared} of its terms are concentrated in the two stories together
     * (the smaller's headlines counted with the larger's), at least {@code memberShare} of the smaller's kept members and
     * at least {@code minNaming} of them (or all, when fewer are kept) name that many of those terms in headline + lead,
     * and the smaller's members score at least {@code scoreFloor} with the larger on average. Evidence from the
     * smaller story's own members, most of them, never from one article that resembles both: that is what chained
     * unrelated stories when single articles could link them.
     */
    private boolean absorbs(StoryState larger, StoryState smaller) {
        ClusterConfig.PieceMerge rule = config.pieceMerge();
        ClusterConfig.EventRule event = config.eventRule();
        if (larger.size < event.minCount()) {
            return false;
        }
        int[] signature = larger.signatureTerms(event.signatureTerms(), event.minCount());
        if (signature.length < rule.minShared()) {
            return false;
        }
        // Members naming the whole signature bound those naming its concentrated part: most pairs end here, before
        // the concentration of each term is counted over the window.
        if (!enoughNaming(smaller, signature, signature.length)) {
            return false;
        }
        int number = larger.number;
        int absorbed = smaller.number;
        int[] concentrated = new int[signature.length];
        int n = 0;
        for (int term : signature) {
            if (recent.concentrated(term, number, event.concentration(), s -> s == absorbed ? 1 : state.story(s).size)) {
                concentrated[n++] = term;
            }
        }
        if (n < rule.minShared()) {
            return false;
        }
        if (!enoughNaming(smaller, concentrated, n)) {
            return false;
        }
        // Scored last: the members' comparisons with the larger story are the costly part.
        double scores = 0;
        for (ArticleProfile member : smaller.members()) {
            scores += scorer.score(member, larger);
        }
        return scores / smaller.members().size() >= rule.scoreFloor();
    }

    /** Whether enough of {@code smaller}'s members name at least the rule's minimum of the first {@code n} {@code terms}. */
    private boolean enoughNaming(StoryState smaller, int[] terms, int n) {
        ClusterConfig.PieceMerge rule = config.pieceMerge();
        int kept = 0;
        int naming = 0;
        for (ArticleProfile member : smaller.members()) {
            kept++;
            int named = 0;
            for (int i = 0; i < n; i++) {
                if (member.head().contains(terms[i])) {
                    named++;
                }
            }
            if (named >= rule.minShared()) {
                naming++;
            }
        }
        return kept > 0 && naming >= rule.memberShare() * kept && naming >= Math.min(rule.minNaming(), kept);
    }

    /** Moves story {@code from} into story {@code into}: members, signature counts, recent headlines, index keys. */
    private void merge(StoryState from, StoryState into) {
        List<String> keys = new ArrayList<>(from.indexed);
        into.absorb(from, config.storyMembers());
        recent.reassign(from.number, into.number);
        if (names != null) {
            names.reassign(from.number, into.number);
        }
        openStories.remove(from.number);
        for (String key : keys) {
            if (into.indexed.add(key)) {
                state.index(key, into.number);
            }
        }
        mergedSinceDrain.add(new Merge(from.number, into.number));
    }

    /**
     * The event rule, for an article that scored under the threshold with every candidate: the candidate whose
     * headline signature the article's headline and lead name most (ties: the higher score), when they name at least
     * {@code minShared} of its terms and the article scores at least the floor with it; -1 when none.
     */
    private int eventStory(ArticleProfile article, Collection<Integer> candidates, double[] scores) {
        ClusterConfig.EventRule rule = config.eventRule();
        int best = -1;
        int bestMatched = rule.minShared() - 1;
        double bestScore = -1;
        int c = 0;
        for (int candidate : candidates) {
            double score = scores[c++];
            StoryState story = state.story(candidate);
            if (score < rule.scoreFloor() || story.size < rule.minCount()) {
                continue;
            }
            IntPredicate counts = recent == null ? term -> true
                    : term -> recent.concentrated(term, candidate, rule.concentration(), s -> state.story(s).size);
            int matched = story.signatureMatched(article.head(), rule.signatureTerms(), rule.minCount(), counts);
            if (matched > bestMatched || (matched == bestMatched && best >= 0 && score > bestScore)) {
                best = candidate;
                bestMatched = matched;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The body rule ({@link BodyRule}): the stories the article's text could name the event of are those whose recent
     * headlines name at least {@code minNamed} of its specific terms (not only the indexed candidates: a column's
     * heaviest words are its own, not the event's); -1 when none takes it.
     */
    private int bodyStory(Weighted article, RareTerms text) {
        ClusterConfig.BodyRule rule = config.bodyRule();
        if (text.size() < rule.minNamed()) {
            return -1;
        }
        List<Integer> stories = new ArrayList<>();
        for (int number : recent.storiesNamingAtLeast(text.terms(), rule.minNamed())) {
            StoryState story = state.story(number);
            if (story.size >= rule.minMembers() && !story.closed() && !quiet(story)) {
                stories.add(number);
            }
        }
        double share = config.eventRule().concentration();
        return BodyRule.story(config, text, stories, state,
                (term, candidate) -> recent.concentrated(term, candidate, share, s -> state.story(s).size),
                candidate -> scorer.score(article.profile(), state.story(candidate)));
    }

    private void join(StoryState story, Weighted article) {
        story.add(article.profile(), config.storyMembers());
        record(recent, article, article.profile().head(), story);
        record(names, article, article.names(), story);
        if (!story.closed()) {
            openStories.add(story.number);
        }
        if (newestDay > sweptAt) {
            sweptAt = newestDay;
            closeQuietStories();
        }
        for (String key : article.keys()) {
            if (story.indexed.add(key)) {
                state.index(key, story.number);
            }
        }
    }

    /** Records {@code terms} of {@code article} for {@code story} in {@code window} (none when null) on the article's day. */
    private void record(RecentHeadlines window, Weighted article, RareTerms terms, StoryState story) {
        if (window == null) {
            return;
        }
        long day = article.profile().day().orElse(newestDay);
        if (day != Long.MIN_VALUE) {
            window.record(day, terms, story.number);
        }
    }

    /** Whether no article joined {@code story} for more than {@code closeDays} behind the newest article seen. */
    private boolean quiet(StoryState story) {
        return quiet(story, newestDay);
    }

    private boolean quiet(StoryState story, long newest) {
        return story.lastDay != Long.MIN_VALUE && newest != Long.MIN_VALUE && story.lastDay < newest - config.closeDays();
    }

    /**
     * Closes every quiet story, each time the clock moves to a later day: a stream of months keeps only its open
     * stories' members. When a story closes changes no placement (a quiet story is never a candidate, and
     * {@link #open} refuses it its copies), only how long its members are kept.
     */
    private void closeQuietStories() {
        for (Iterator<Integer> it = openStories.iterator(); it.hasNext(); ) {
            int number = it.next();
            StoryState story = state.story(number);
            if (quiet(story)) {
                story.close();
                it.remove();
                closedSinceDrain.add(number);
            }
        }
    }

    private Weighted weigh(ClusterInput input) {
        return weigh(input, true);
    }

    private Weighted weigh(ClusterInput input, boolean count) {
        if (count) {
            // The stream's clock: an arriving article moves it before candidates are chosen.
            input.day().ifPresent(d -> newestDay = Math.max(newestDay, d.toEpochDay()));
        }
        return weigher.weigh(input, count);
    }

    /** Stories sharing the most index keys with the article, at most {@code maxCandidates}, ties to newer. */
    private List<Integer> candidates(List<String> keys) {
        // Counted in an array by story number (numbers are dense) and ranked as packed longs, count above number:
        // one article meets thousands of postings, and boxed maps of them were a tenth of the engine's time.
        int touched = 0;
        for (String key : keys) {
            for (int story : state.postings(key)) {
                if (story >= hitCounts.length) {
                    hitCounts = java.util.Arrays.copyOf(hitCounts, Math.max(story + 1, hitCounts.length * 2));
                }
                if (hitCounts[story]++ == 0) {
                    if (touched == hitStories.length) {
                        hitStories = java.util.Arrays.copyOf(hitStories, Math.max(16, touched * 2));
                    }
                    hitStories[touched++] = story;
                }
            }
        }
        long[] ranked = new long[touched];
        for (int i = 0; i < touched; i++) {
            int story = hitStories[i];
            ranked[i] = (long) hitCounts[story] << 32 | story;
            hitCounts[story] = 0;
        }
        java.util.Arrays.sort(ranked);
        List<Integer> out = new ArrayList<>();
        // Most keys first, then the newer (higher) number.
        for (int i = ranked.length - 1; i >= 0 && out.size() < config.maxCandidates(); i--) {
            int number = (int) ranked[i];
            StoryState story = state.story(number);
            if (!story.closed() && !quiet(story)) {
                out.add(number);
            }
        }
        return out;
    }
}
