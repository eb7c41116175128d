package dev.marsad.cluster;

import java.util.Collection;
import java.util.Set;

/**
 * The port behind which the online clusterer keeps its state: document frequencies, story profiles and the
 * inverted index from terms to stories. {@link InMemoryClusterState} serves one-shot runs and tests; a
 * long-running deployment implements it over its store so that clustering resumes where it stopped.
 */
public interface ClusterState {

    /** Documents counted so far. */
    int documents();

    /** Documents that contain {@code term}. */
    int documentFrequency(String term);

    /** Counts one more document containing each of {@code terms}. */
    void countDocument(Set<String> terms);

    /** The number of {@code term} (an index term or an entity key), given on first sight and kept. */
    int termId(String term);

    /** A new, empty story. */
    StoryState newStory();

    /** A story by number. */
    StoryState story(int number);

    /** Stories created so far. */
    int stories();

    /** Recent stories indexed under {@code term}, oldest first. */
    Collection<Integer> postings(String term);

    /** Indexes {@code story} under {@code term}. */
    void index(String term, int story);

    /** A point the state can be {@link #rollBack rolled back} to (what a stream's checkpoint of a day holds). */
    interface Mark {
    }

    /**
     * Marks the state as it is now, so that it can be {@link #rollBack rolled back} here: a store's story engine
     * re-places a late article's day from the day's mark instead of replaying every article. {@code open} are the
     * stories that may still change (not closed): only they are copied, closed stories never change again.
     *
     * @throws UnsupportedOperationException where the state keeps no marks
     */
    default Mark mark(Collection<Integer> open) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be rolled back");
    }

    /** Puts the state back as it was at {@code mark} (which stays usable; later marks do not). */
    default void rollBack(Mark mark) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be rolled back");
    }

    /** Lets go of what rolling back to before {@code mark} needs: {@code mark} is now the oldest one kept. */
    default void forgetBefore(Mark mark) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be rolled back");
    }
}
