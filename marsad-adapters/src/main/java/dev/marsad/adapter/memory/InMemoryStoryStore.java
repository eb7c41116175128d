package dev.marsad.adapter.memory;

import dev.marsad.model.Story;
import dev.marsad.port.StoryStore;
import java.util.List;
import java.util.Optional;

/** A {@link StoryStore} in memory, for tests and one-shot runs. Thread-safe. */
public final class InMemoryStoryStore implements StoryStore {
    private volatile List<Story> stories = List.of();

    @Override
    public void replaceAll(List<Story> newStories) {
        stories = List.copyOf(newStories);
    }

    @Override
    public List<Story> stories() {
        return stories;
    }

    @Override
    public Optional<Story> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
