package dev.marsad.app.server;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import dev.marsad.model.StoredArticle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the story, entity and quote endpoints keep of one stored article in {@link ArticleView}'s snapshot: its id,
 * origin, metadata, entity mentions and quotations, without the body text and time mentions, which none of them
 * read and which are most of an article's size.
 *
 * @param id       the store's id
 * @param ref      the input and position it came from
 * @param role     the page's own article or one pasted after it
 * @param metadata title, outlet, date and the rest, as stored
 * @param storedAt when it was first stored
 * @param entities its entity mentions, in text order
 * @param quotes   its quotations, in text order
 */
record ArticleDigest(String id, ArticleRef ref, Role role, ArticleMetadata metadata, Instant storedAt,
                     List<Entity> entities, List<Quote> quotes) {
    ArticleDigest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(storedAt, "storedAt");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    static ArticleDigest of(StoredArticle stored) {
        return new ArticleDigest(stored.id(), stored.ref(), stored.article().article().role(),
                stored.article().article().metadata(), stored.storedAt(), stored.article().extraction().entities(),
                stored.article().extraction().quotes());
    }
}
