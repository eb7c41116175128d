package dev.marsad.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ClusterState} in memory. Each posting list keeps only the {@code postingCap} most recently indexed
 * stories: older stories are outside the time decay anyway, and the cap keeps each lookup's cost constant as
 * the stream grows. Not thread-safe.
 */
public final class InMemoryClusterState implements ClusterState {
    private final int postingCap;
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, ArrayDeque<Integer>> postings = new HashMap<>();
    private int documents;

    public InMemoryClusterState(int postingCap) {
        this.postingCap = postingCap;
    }

    @Override
    public int documents() {
        return documents;
    }

    @Override
    public int documentFrequency(String term) {
        return df.getOrDefault(term, 0);
    }

    @Override
    public void countDocument(Set<String> terms) {
        documents++;
        for (String t : terms) {
            df.merge(t, 1, Integer::sum);
        }
    }

    @Override
    public int termId(String term) {
        Integer id = termIds.get(term);
        if (id == null) {
            id = termIds.size();
            termIds.put(term, id);
        }
        return id;
    }

    @Override
    public StoryState newStory() {
        StoryState story = new StoryState(stories.size());
        stories.add(story);
        return story;
    }

    @Override
    public StoryState story(int number) {
        return stories.get(number);
    }

    @Override
    public int stories() {
        return stories.size();
    }

    @Override
    public Collection<Integer> postings(String term) {
        ArrayDeque<Integer> list = postings.get(term);
        return list == null ? List.of() : list;
    }

    @Override
    public void index(String term, int story) {
        ArrayDeque<Integer> list = postings.computeIfAbsent(term, t -> new ArrayDeque<>(4));
        list.addLast(story);
        if (list.size() > postingCap) {
            list.removeFirst();
        }
    }
}
