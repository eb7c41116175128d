package dev.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A late article placed by going back to its day ({@link StoryStream#replayLate}) leaves exactly the stories, ids
 * included, that a replay of every article gives ({@code cluster}'s), and what an engine writes from what it reports
 * (the changed stories, the gone ids) is the same again.
 */
class LateReplayTest {
    private static final String[] TEXTS = {ArabicStories.KIM_1, ArabicStories.KIM_2, ArabicStories.KIM_3,
        ArabicStories.QUAKE_1, ArabicStories.QUAKE_2, ArabicStories.QUAKE_3, ArabicStories.FOOTBALL};
    private static final LocalDate START = LocalDate.of(2023, 9, 1);
    private final StoryPipeline pipeline = StoryPipeline.standard(StoryConfig.DEFAULT);

    /**
     * A stream in roughly publication order: the Arabic fixtures (their wire copies join as duplicates) and articles
     * of their own, some undated, some pasted into a page without a date of their own, some late by up to
     * {@code maxLate} days (beyond the days kept for the larger values), in batches.
     */
    private static List<List<StoryInput>> batches(long seed, int maxLate) {
        Random random = new Random(seed);
        List<StoryInput> stream = new ArrayList<>();
        int pages = 20 + random.nextInt(24);
        for (int page = 0; page < pages; page++) {
            int day = page / 4;
            if (random.nextInt(4) == 0) {
                day -= random.nextInt(maxLate + 1);
            }
            String date = random.nextInt(15) == 0 ? null : START.plusDays(Math.max(0, day)).toString();
            String text = random.nextInt(3) == 0 ? TEXTS[random.nextInt(TEXTS.length)] : DistinctWords.text(page);
            String source = "p" + page;
            stream.add(new StoryInput(new ArticleRef(source, 0),
                    ArabicStories.article(DistinctWords.word(page + 900_000), "outlet" + random.nextInt(3), date, text)));
            if (random.nextInt(6) == 0) {
                String pasted = random.nextBoolean() ? TEXTS[random.nextInt(TEXTS.length)] : DistinctWords.text(page + 5_000);
                stream.add(new StoryInput(new ArticleRef(source, 1),
                        ArabicStories.article(Role.APPENDED, null, null, null, pasted, Extraction.EMPTY)));
            }
        }
        if (random.nextInt(3) == 0) {
            // A page's own article stored after the article pasted into it: its pasted article moves to its day.
            int at = random.nextInt(stream.size());
            StoryInput moved = stream.get(at);
            if (moved.ref().index() == 0 && at + 1 < stream.size() && stream.get(at + 1).ref().index() == 1) {
                stream.remove(at);
                stream.add(Math.min(stream.size(), at + 1 + random.nextInt(8)), moved);
            }
        }
        List<List<StoryInput>> out = new ArrayList<>();
        for (int i = 0; i < stream.size(); ) {
            int size = 1 + random.nextInt(6);
            out.add(stream.subList(i, Math.min(stream.size(), i + size)));
            i += size;
        }
        return out;
    }

    /** An engine over a stream: what it wrote (story by id) and how many articles its replays placed again. */
    private static final class Engine {
        final StoryStream stream;
        final List<StoryInput> stored = new ArrayList<>();
        final Map<String, Story> written = new TreeMap<>();
        int fullReplays;
        int boundedReplays;
        int placedAgain;

        Engine(StoryStream stream) {
            this.stream = stream;
        }

        /** As the store's engine does: offers each article, the late one and the rest of its batch wait for its end. */
        void batch(List<StoryInput> batch) {
            List<StoryInput> waiting = new ArrayList<>();
            TreeSet<Integer> dirty = new TreeSet<>();
            for (StoryInput in : batch) {
                stored.add(in);
                OptionalInt n = waiting.isEmpty() ? stream.offer(in) : OptionalInt.empty();
                if (n.isPresent()) {
                    dirty.add(n.getAsInt());
                } else {
                    waiting.add(in);
                }
                // As the store's engine does after each offer: an absorbed story is gone, its holder changed.
                for (var m : stream.drainMerged()) {
                    written.remove(stream.storyId(m.absorbed()));
                    dirty.remove(m.absorbed());
                    dirty.add(stream.holder(m.into()));
                }
            }
            if (!waiting.isEmpty()) {
                Optional<StoryStream.Replaced> replaced = stream.replayLate(waiting);
                // As the store's engine does: a merge undone with articles placed before the day gone back to (which
                // the engine moved when it was made) is put right only by a replay of every article.
                if (replaced.isPresent() && !replaced.get().unmerged()) {
                    boundedReplays++;
                    placedAgain += replaced.get().inputs().size() - replaced.get().late();
                    assertThat(replaced.get().late()).isEqualTo(waiting.size());
                    dirty.removeIf(n -> n >= replaced.get().kept());
                    dirty.addAll(replaced.get().changed());
                    replaced.get().goneIds().forEach(written::remove);
                } else {
                    fullReplays++;
                    stream.replay(stored);
                    dirty.clear();
                    written.clear();
                    stream.stories().forEach(s -> written.put(s.id(), s));
                }
            }
            dirty.forEach(n -> {
                Story s = stream.story(n);
                written.put(s.id(), s);
            });
            stream.release();
        }

        List<Story> writtenStories() {
            List<Story> out = new ArrayList<>(written.values());
            out.sort(StoryRun.ORDER);
            return out;
        }
    }

    @Property(tries = 20)
    void aBoundedReplayGivesTheStoriesAndIdsOfAFullReplay(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int maxLate,
                                                          @ForAll @IntRange(min = 0, max = 4) int daysKept) {
        Engine engine = new Engine(new StoryStream(pipeline, daysKept));
        for (List<StoryInput> batch : batches(seed, maxLate)) {
            engine.batch(batch);
            assertThat(engine.writtenStories()).isEqualTo(pipeline.clusterArticles(engine.stored));
        }
        // The stream itself, not only what was written: a check with nothing released.
        StoryStream fresh = new StoryStream(pipeline, daysKept);
        List<StoryInput> stored = new ArrayList<>();
        for (List<StoryInput> batch : batches(seed, maxLate)) {
            stored.addAll(batch);
            List<StoryInput> waiting = new ArrayList<>();
            for (StoryInput in : batch) {
                if (!waiting.isEmpty() || fresh.offer(in).isEmpty()) {
                    waiting.add(in);
                }
            }
            if (!waiting.isEmpty() && fresh.replayLate(waiting).isEmpty()) {
                fresh.replay(stored);
            }
            assertThat(fresh.stories()).isEqualTo(pipeline.clusterArticles(stored));
        }
    }

    /**
     * The case jqwik found (seed -13, late by up to a day, 3 days kept): a pasted article placed undated (its page's
     * own article not stored yet) and moved back to its page's day when the page came, two replays later. Placed
     * again in the order of the days' lists (newest day first) it went before that day's earlier articles; a replay
     * of every article places them in stored order, and so must a bounded replay.
     */
    @Test
    void aPastedArticleMovedBackToItsPagesDayIsPlacedAgainInStoredOrder() {
        aBoundedReplayGivesTheStoriesAndIdsOfAFullReplay(-13, 1, 3);
    }

    /**
     * The case jqwik found (seed -156, late by up to a day, no day kept): an article offered in order joined two
     * stories, the second absorbed into the first; the model engine of this test did not take the offer's merges
     * (the store's engine does, {@code StoryEngine.noteMerges}), so it kept the absorbed story. A fault of the test's
     * model, not of the stream.
     */
    @Test
    void anOfferThatMergesTwoStoriesLeavesOnlyTheHolder() {
        aBoundedReplayGivesTheStoriesAndIdsOfAFullReplay(-156, 1, 0);
    }

    /**
     * The case jqwik found (seed 22239, none late in its own batch but undated pages first, one day kept): a bounded
     * replay undid a merge of two stories made by an earlier replay ({@code Replaced.unmerged}); the absorbed story's
     * earlier article had been moved and its id deleted, so only a replay of every article brings the story back. The
     * store's engine does so; the model engine of this test did not. A fault of the test's model, not of the stream.
     */
    @Test
    void aBoundedReplayThatUndoesAMergeIsFollowedByAFullReplay() {
        aBoundedReplayGivesTheStoriesAndIdsOfAFullReplay(22239, 0, 1);
    }

    @Test
    void aLateArticleWithinTheDaysKeptPlacesOnlyItsDaysAgain() {
        // 40 days of 3 articles each, then one of the day before the last: only the last two days are placed again.
        List<StoryInput> stream = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            stream.add(new StoryInput(new ArticleRef("a" + n, 0), ArabicStories.article(DistinctWords.word(n + 900_000),
                    "outlet", START.plusDays(n / 3).toString(), n % 7 == 0 ? TEXTS[n % TEXTS.length] : DistinctWords.text(n))));
        }
        Engine engine = new Engine(new StoryStream(pipeline, 3));
        stream.forEach(in -> engine.batch(List.of(in)));
        StoryInput late = new StoryInput(new ArticleRef("late", 0), ArabicStories.article("زلزال", "outlet",
                START.plusDays(38).toString(), ArabicStories.QUAKE_3));
        engine.batch(List.of(late));
        assertThat(engine.boundedReplays).isEqualTo(1);
        assertThat(engine.fullReplays).isZero();
        assertThat(engine.placedAgain).isEqualTo(3); // day 39's articles
        assertThat(engine.writtenStories()).isEqualTo(pipeline.clusterArticles(engine.stored));

        StoryInput older = new StoryInput(new ArticleRef("older", 0), ArabicStories.article("كيم", "outlet",
                START.plusDays(30).toString(), ArabicStories.KIM_3));
        engine.batch(List.of(older));
        assertThat(engine.fullReplays).as("older than every day kept: a full replay").isEqualTo(1);
        assertThat(engine.writtenStories()).isEqualTo(pipeline.clusterArticles(engine.stored));
    }

    @Test
    void onlyTheLastDaysAreKept() {
        StoryStream stream = new StoryStream(pipeline, 2);
        for (int n = 0; n < 30; n++) {
            stream.offer(new StoryInput(new ArticleRef("a" + n, 0), ArabicStories.article(DistinctWords.word(n + 900_000),
                    "outlet", START.plusDays(n / 3).toString(), DistinctWords.text(n))));
            assertThat(stream.daysKept()).isEqualTo(Math.min(2, n / 3 + 1));
            assertThat(stream.heldForReplay()).isEqualTo(Math.min(n + 1, n % 3 + 1 + (n >= 3 ? 3 : 0)));
        }
        // Days 8 and 9 are kept: a late article of day 7 goes after day 7's articles (it was stored after them), so
        // the run goes back to the start of day 8; one of day 6 cannot be placed so.
        assertThat(stream.replayLate(List.of(new StoryInput(new ArticleRef("x", 0), ArabicStories.article("ب", "outlet",
                START.plusDays(6).toString(), DistinctWords.text(99)))))).isEmpty();
        assertThat(stream.replayLate(List.of(new StoryInput(new ArticleRef("y", 0), ArabicStories.article("ب", "outlet",
                START.plusDays(7).toString(), DistinctWords.text(98)))))).hasValueSatisfying(r -> {
                    assertThat(r.late()).isEqualTo(1);
                    assertThat(r.inputs()).hasSize(7);
                    assertThat(r.inputs().get(6).ref().source()).isEqualTo("y");
                });
        // A full replay keeps the last days too.
        StoryStream replayed = new StoryStream(pipeline, 2);
        List<StoryInput> all = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            all.add(new StoryInput(new ArticleRef("a" + n, 0), ArabicStories.article(DistinctWords.word(n + 900_000),
                    "outlet", START.plusDays(n / 3).toString(), DistinctWords.text(n))));
        }
        replayed.replay(all);
        assertThat(replayed.daysKept()).isEqualTo(2);
        assertThat(replayed.heldForReplay()).isEqualTo(6);
    }

    @Test
    void withNoDaysKeptEveryLateArticleNeedsAFullReplay() {
        StoryStream stream = new StoryStream(pipeline, 0);
        stream.offer(new StoryInput(new ArticleRef("a", 0), ArabicStories.article("أ", "o", "2023-09-02", DistinctWords.text(1))));
        assertThat(stream.replayLate(List.of(new StoryInput(new ArticleRef("b", 0),
                ArabicStories.article("ب", "o", "2023-09-01", DistinctWords.text(2)))))).isEmpty();
        assertThat(stream.daysKept()).isZero();
        assertThat(stream.heldForReplay()).isZero();
    }
}
