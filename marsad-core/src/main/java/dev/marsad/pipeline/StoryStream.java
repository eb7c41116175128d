package dev.marsad.pipeline;

import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryPipeline.StoryInput;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The long-lived story engine of a store: its articles, offered one by one in the order they were stored, kept
 * grouped so that the stories are at every moment those {@link StoryPipeline#clusterArticles} tells of the
 * same articles (the {@code cluster} command's stories).
 *
 * <p>An article that comes in clustering order (its day not before the last one placed; the normal case for a
 * live stream and for an archive in publication order) is placed at once, at constant cost. A <em>late</em>
 * article (an earlier day than one already placed, a dated one after undated ones, or a page date that would
 * move articles already placed) cannot be placed without changing history: {@link #offer} says so and leaves
 * the stream unchanged, and the caller {@link #replay replays} the stored articles (linear in them), typically
 * once at the end of a batch. Not thread-safe.
 */
public final class StoryStream {
    private final StoryPipeline pipeline;
    private StoryRun run;
    private LocalDate lastKey = LocalDate.MIN;
    /** The day of each page's own article (index 0), which its pasted articles without a date are placed on. */
    private final Map<String, LocalDate> pageDays = new HashMap<>();
    /** The page day each page's pasted articles were placed on (empty: none known then). */
    private final Map<String, Optional<LocalDate>> pastedOn = new HashMap<>();

    public StoryStream(StoryPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.run = pipeline.newRun();
    }

    /**
     * Places the next stored article; returns its story number, or empty when it is late (nothing changed;
     * {@link #replay} the stored articles to place it).
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
        lastKey = key;
        if (input.ref().index() == 0) {
            own.ifPresent(d -> pageDays.put(source, d));
        } else if (own.isEmpty()) {
            pastedOn.put(source, day);
        }
        return OptionalInt.of(run.add(input.ref(), input.article(), day));
    }

    /**
     * Starts again from {@code stored} (every stored article, in stored order), grouped as
     * {@link StoryPipeline#clusterArticles} groups them; returns each one's story number, in the order given.
     */
    public int[] replay(List<StoryInput> stored) {
        run = pipeline.newRun();
        pageDays.clear();
        pastedOn.clear();
        lastKey = LocalDate.MIN;
        for (StoryInput in : stored) {
            if (in.ref().index() == 0) {
                StoryPipeline.day(in.article()).ifPresent(d -> pageDays.put(in.ref().source(), d));
            }
        }
        int[] storyOf = new int[stored.size()];
        for (StoryPipeline.Ordered e : StoryPipeline.inOrder(stored)) {
            StoryInput in = e.input();
            storyOf[e.position()] = run.add(in.ref(), in.article(), e.day());
            lastKey = e.key();
            if (in.ref().index() != 0 && StoryPipeline.day(in.article()).isEmpty()) {
                pastedOn.put(in.ref().source(), e.day());
            }
        }
        return storyOf;
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

    /** Whether story number {@code story} is closed: final, told once (and gone after {@link #release}). */
    public boolean closed(int story) {
        return run.closed(story);
    }
}
