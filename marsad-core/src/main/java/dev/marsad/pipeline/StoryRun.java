package dev.marsad.pipeline;

import dev.marsad.cluster.ClusterInput;
import dev.marsad.cluster.OnlineClusterer;
import dev.marsad.dedupe.NearDuplicateDetector;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.summarize.StoryMember;
import dev.marsad.summarize.StorySummarizer;
import dev.marsad.text.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One online stream of articles grouped into stories. Not thread-safe.
 *
 * <ul>
 *   <li>Dedupe runs first so that a wire copy joins its original's story whatever its score: a syndicated
 *       copy with a different outlet headline must not start a story of its own.</li>
 *   <li>Story ids are derived from the story's first article (folded title and text), so they are stable
 *       across runs and do not depend on how many other stories there are.</li>
 *   <li>{@link #stories()} orders stories by size, then by latest publication date, newest first.</li>
 * </ul>
 */
public final class StoryRun {
    private final StoryConfig config;
    private final NearDuplicateDetector dedupe;
    private final OnlineClusterer clusterer;
    private final List<StoryMember> members = new ArrayList<>();
    private final List<Integer> storyOf = new ArrayList<>();
    private final List<Integer> originalOf = new ArrayList<>();
    /** Each story's id, by story number, given when its first article starts it. */
    private final List<String> ids = new ArrayList<>();
    /** Each story's members (indexes into {@link #members}), by story number. */
    private final List<List<Integer>> membersOf = new ArrayList<>();
    private final java.util.Set<String> usedIds = new java.util.HashSet<>();
    private final StorySummarizer summarizer;

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

    /** Adds the next article (in time order); returns the number of the story it joined. */
    public int add(ArticleRef ref, AnalyzedArticle article) {
        return add(ref, article, Optional.empty());
    }

    /**
     * Adds the next article, which was seen on {@code seenOn} when it states no date of its own (an article
     * pasted into a dated page); returns the number of the story it joined.
     */
    public int add(ArticleRef ref, AnalyzedArticle article, Optional<java.time.LocalDate> seenOn) {
        long start = System.nanoTime();
        Optional<Integer> copyOf = dedupe.offer(article.article().text());
        long deduped = System.nanoTime();
        timer.record(StageTimer.Stage.DEDUPE, deduped - start);
        ClusterInput input = ClusterInput.of(article, seenOn);
        int story;
        if (copyOf.isPresent()) {
            int original = originalOf.get(copyOf.get());
            originalOf.add(original);
            story = clusterer.addTo(storyOf.get(original), input);
        } else {
            originalOf.add(members.size());
            story = clusterer.add(input);
        }
        StoryMember member = new StoryMember(ref, article);
        members.add(member);
        storyOf.add(story);
        if (story == ids.size()) {
            // Story numbers are given in order, so a new one is the next: its first article names it.
            String id = storyId(member);
            // Only two stories whose first articles are both empty can collide; keep ids unique anyway.
            for (int n = 2; !usedIds.add(id); n++) {
                id = storyId(member) + "-" + n;
            }
            ids.add(id);
            membersOf.add(new ArrayList<>());
        }
        membersOf.get(story).add(members.size() - 1);
        timer.record(StageTimer.Stage.CLUSTER, System.nanoTime() - deduped);
        return story;
    }

    /** The id of story number {@code story}. */
    public String storyId(int story) {
        return ids.get(story);
    }

    /** How many stories there are so far. */
    public int storyCount() {
        return ids.size();
    }

    /** How many articles were added so far. */
    public int size() {
        return members.size();
    }

    /** Story number {@code story} as it stands, with all its products (summarised again on each call). */
    public Story story(int story) {
        long start = System.nanoTime();
        List<Integer> indexes = membersOf.get(story);
        Story told = summarizer.summarize(ids.get(story), indexes.stream().map(members::get).toList(),
                duplicates(indexes));
        timer.record(StageTimer.Stage.SUMMARIZE, System.nanoTime() - start);
        return told;
    }

    /** The stories so far, with all their products. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (int story = 0; story < ids.size(); story++) {
            out.add(story(story));
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

    static String storyId(StoryMember first) {
        var article = first.article().article();
        String basis = ArabicNormalizer.fold(article.metadata().title().orElse("") + "\n" + article.text());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
