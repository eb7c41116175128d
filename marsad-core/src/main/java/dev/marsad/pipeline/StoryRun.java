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
    private final StageTimer timer;

    StoryRun(StoryConfig config, StageTimer timer) {
        this.config = config;
        this.timer = timer;
        this.dedupe = new NearDuplicateDetector(config.dedupe());
        this.clusterer = OnlineClusterer.inMemory(config.cluster());
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
        members.add(new StoryMember(ref, article));
        storyOf.add(story);
        timer.record(StageTimer.Stage.CLUSTER, System.nanoTime() - deduped);
        return story;
    }

    /** The stories so far, with all their products. */
    public List<Story> stories() {
        long start = System.nanoTime();
        Map<Integer, List<Integer>> byStory = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            byStory.computeIfAbsent(storyOf.get(i), s -> new ArrayList<>()).add(i);
        }
        StorySummarizer summarizer = new StorySummarizer(config.summarySentences());
        List<Story> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (List<Integer> indexes : byStory.values()) {
            List<StoryMember> storyMembers = indexes.stream().map(members::get).toList();
            String id = storyId(storyMembers.get(0));
            // Only two stories whose first articles are both empty can collide; keep ids unique anyway.
            for (int n = 2; !used.add(id); n++) {
                id = storyId(storyMembers.get(0)) + "-" + n;
            }
            out.add(summarizer.summarize(id, storyMembers, duplicates(indexes)));
        }
        out.sort(Comparator.comparingInt((Story s) -> s.articles().size()).reversed()
                .thenComparing(StoryRun::latest, Comparator.reverseOrder())
                .thenComparing(Story::id));
        timer.record(StageTimer.Stage.SUMMARIZE, System.nanoTime() - start);
        return out;
    }

    private List<List<ArticleRef>> duplicates(List<Integer> indexes) {
        Map<Integer, List<ArticleRef>> groups = new LinkedHashMap<>();
        for (int i : indexes) {
            groups.computeIfAbsent(originalOf.get(i), o -> new ArrayList<>()).add(members.get(i).ref());
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static String latest(Story story) {
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
