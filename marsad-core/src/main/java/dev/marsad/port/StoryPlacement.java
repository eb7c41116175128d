package dev.marsad.port;

import dev.marsad.model.StoredArticle;
import java.util.List;
import java.util.Map;

/**
 * Places newly stored articles in their stories inside the transaction that stores them
 * ({@link ArticleStore#put(dev.marsad.model.Analysis, StoryPlacement)}), so an article and its story assignment
 * are committed together, and writers in separate processes take turns.
 */
@FunctionalInterface
public interface StoryPlacement {

    /**
     * Places {@code added}, the articles of one input that were not stored before.
     *
     * @param before how many articles were stored before them (by any process)
     * @return the story id of each article placed now, by article id (an article left for a later regrouping is
     *         absent)
     * @throws Behind when articles stored by another writer must be taken in first; the store rolls the input
     *                back and rethrows, and the caller catches up and tries again
     */
    Map<String, String> place(int before, List<StoredArticle> added);

    /** Another writer stored articles this placement has not seen: nothing was stored, catch up and retry. */
    final class Behind extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Behind(String message) {
            super(message);
        }
    }
}
