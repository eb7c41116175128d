package dev.marsad.kafka;

import dev.marsad.adapter.search.LuceneSearchIndex;
import dev.marsad.app.server.SearchFeed;
import dev.marsad.app.server.SearchFeedProvider;
import dev.marsad.app.server.SearchFollower;
import java.io.PrintWriter;
import java.util.Optional;

/** The {@link SearchFeedProvider} that {@code serve --kafka} finds on the class path. */
public final class KafkaSearchFeedProvider implements SearchFeedProvider {
    @Override
    public SearchFeed open(String bootstrap, String node, LuceneSearchIndex index, SearchFollower store,
                           PrintWriter err) {
        KafkaSettings settings = KafkaSettings.from(Optional.of(bootstrap));
        Topics.ensure(settings);
        return new KafkaSearchFeed(settings, node, index, store, err);
    }
}
