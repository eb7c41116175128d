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
}
