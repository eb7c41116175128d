package dev.marsad.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Single-pass, incremental story clustering. Articles must be offered in time order; each joins the
 * best-scoring story ({@link StoryScorer}) when the score reaches the threshold, or starts a new story.
 * Candidate stories come from an inverted index over each story's terms and entity keys, so an article is
 * scored against a bounded number of stories and the total cost grows near-linearly with the stream.
 * Not thread-safe: one clusterer per stream; all state lives in its {@link ClusterState}.
 */
public final class OnlineClusterer {
    private static final String ENTITY_PREFIX = "\u0000e:";
    private final ClusterConfig config;
    private final ClusterState state;
    private final StoryScorer scorer;

    public OnlineClusterer(ClusterConfig config, ClusterState state) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
        this.scorer = new StoryScorer(config);
    }

    /** A clusterer over fresh in-memory state. */
    public static OnlineClusterer inMemory(ClusterConfig config) {
        return new OnlineClusterer(config, new InMemoryClusterState(config.postingCap()));
    }

    /** Adds the next article; returns the number of the story it joined or started. */
    public int add(ClusterInput input) {
        countDocument(input);
        List<String> keys = indexKeys(input);
        int best = -1;
        double bestScore = -1;
        for (int candidate : candidates(keys)) {
            double score = scorer.score(input, state.story(candidate), state);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        StoryState story = best >= 0 && bestScore >= config.threshold() ? state.story(best) : state.newStory();
        join(story, input, keys);
        return story.number;
    }

    /** Adds the next article to a known story (a near-duplicate joins its original's story). */
    public int addTo(int storyNumber, ClusterInput input) {
        countDocument(input);
        join(state.story(storyNumber), input, indexKeys(input));
        return storyNumber;
    }

    /** The state (for a store to persist, or for inspection). */
    public ClusterState state() {
        return state;
    }

    private void countDocument(ClusterInput input) {
        Set<String> terms = new HashSet<>(input.body().keySet());
        terms.addAll(input.title().keySet());
        state.countDocument(terms);
    }

    private void join(StoryState story, ClusterInput input, List<String> keys) {
        story.add(input, config.storyTerms());
        for (String key : keys) {
            if (story.indexed.add(key)) {
                state.index(key, story.number);
            }
        }
    }

    private Set<Integer> candidates(List<String> keys) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String key : keys) {
            out.addAll(state.postings(key));
        }
        return out;
    }

    /** The article's strongest body terms, its title terms and its entity keys. */
    private List<String> indexKeys(ClusterInput input) {
        List<Map.Entry<String, Integer>> terms = new ArrayList<>(input.body().entrySet());
        terms.sort((x, y) -> {
            int c = Double.compare(StoryScorer.weight(y.getValue(), y.getKey(), state),
                    StoryScorer.weight(x.getValue(), x.getKey(), state));
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(config.queryTerms(), terms.size()); i++) {
            keys.add(terms.get(i).getKey());
        }
        input.title().keySet().stream().sorted().forEach(keys::add);
        input.entities().stream().sorted().forEach(k -> keys.add(ENTITY_PREFIX + k));
        return keys;
    }
}
