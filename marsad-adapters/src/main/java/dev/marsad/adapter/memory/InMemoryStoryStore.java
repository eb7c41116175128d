package dev.marsad.adapter.memory;

import dev.marsad.model.Story;
import dev.marsad.model.StoryStanding;
import dev.marsad.pipeline.StoryRun;
import dev.marsad.port.StoryStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link StoryStore} in memory, for tests and one-shot runs: one process, so the writes' guard is not checked.
 * Thread-safe.
 */
public final class InMemoryStoryStore implements StoryStore {
    private final Map<String, Story> byId = new LinkedHashMap<>();
    private final Map<String, String> members = new HashMap<>();
    private long version;

    @Override
    public synchronized void replaceAll(List<Story> stories, Map<String, String> storyOfArticle, int placed) {
        byId.clear();
        stories.forEach(s -> byId.put(s.id(), s));
        members.clear();
        members.putAll(storyOfArticle);
        version++;
    }

    @Override
    public synchronized void putAll(List<Story> changed, int placed) {
        changed.forEach(s -> byId.put(s.id(), s));
        version++;
    }

    @Override
    public synchronized void rewrite(List<Story> changed, java.util.Collection<String> gone,
                                     Map<String, String> storyOfArticle, Map<String, String> mergedInto, int placed) {
        members.replaceAll((article, story) -> mergedInto.getOrDefault(story, story));
        gone.forEach(byId::remove);
        changed.forEach(s -> byId.put(s.id(), s));
        members.putAll(storyOfArticle);
        version++;
    }

    /** Records article → story assignments, as a store does in the article's transaction. */
    public synchronized void assign(Map<String, String> storyOfArticle) {
        members.putAll(storyOfArticle);
    }

    @Override
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>(byId.values());
        out.sort(StoryRun.ORDER);
        return out;
    }

    @Override
    public synchronized Optional<Story> story(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<StoryStanding> standings() {
        return stories().stream().map(StoryStanding::of).toList();
    }

    @Override
    public synchronized List<Story> stories(List<String> ids) {
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized Map<String, String> storyIds(Collection<String> articleIds) {
        Map<String, String> out = new HashMap<>();
        for (String id : articleIds) {
            String story = members.get(id);
            if (story != null) {
                out.put(id, story);
            }
        }
        return out;
    }
}
