package dev.marsad.app.server;

import dev.marsad.adapter.search.LuceneSearchIndex;
import java.io.PrintWriter;

/**
 * Opens a {@link SearchFeed} on a message broker ({@code serve --kafka HOST:PORT}). Found with {@link
 * java.util.ServiceLoader}, so the single-process default carries no broker client: the implementation lives in
 * module marsad-kafka, which the launcher puts on the class path for {@code --kafka}.
 */
public interface SearchFeedProvider {

    /**
     * A feed of {@code index} from the broker at {@code bootstrap} (HOST:PORT[,HOST:PORT...]) for the server named
     * {@code node}; it rebuilds the index from the store through {@code store} when it cannot resume, and reports
     * records it skips on {@code err}.
     */
    SearchFeed open(String bootstrap, String node, LuceneSearchIndex index, SearchFollower store, PrintWriter err);

    /** The provider on the class path; a one-line error when there is none. */
    static SearchFeedProvider find() {
        return java.util.ServiceLoader.load(SearchFeedProvider.class).findFirst().orElseThrow(() ->
                new IllegalStateException("--kafka needs module marsad-kafka on the class path (run ./marsad, "
                        + "which adds it for --kafka)"));
    }
}
