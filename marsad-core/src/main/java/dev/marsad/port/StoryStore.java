package dev.marsad.port;

import dev.marsad.model.Story;
import java.util.List;
import java.util.Optional;

/** Keeps the current stories. Infrastructure failures throw the implementation's unchecked exception. */
public interface StoryStore {

    /** Replaces the stored stories with {@code stories} atomically. */
    void replaceAll(List<Story> stories);

    /** The stories, ordered by size then recency. */
    List<Story> stories();

    /** One story by id. */
    Optional<Story> story(String id);
}
