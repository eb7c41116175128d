package dev.marsad.app.alert;

import dev.marsad.port.SearchIndex.SearchFilters;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved search that alerts: new articles that its search would list (words in {@code query}, the filters, an
 * entity key among them) fire an alert, once per story, to its channels (Atom feed always; webhook and e-mail
 * when set).
 *
 * @param id      random identifier
 * @param name    what the user called it
 * @param query   search words, as for {@code /api/search} (may be blank when a filter is set)
 * @param filters outlet, publication days and entity key, as for {@code /api/search}
 * @param webhook where to POST each alert
 * @param email   where to mail each alert
 * @param secret  the HMAC-SHA256 key of its webhook signatures
 * @param created when it was saved: only articles stored from then on alert
 */
public record Watch(String id, String name, String query, SearchFilters filters, Optional<URI> webhook,
                    Optional<String> email, String secret, Instant created) {
    public Watch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(created, "created");
        if (query.isBlank() && filters.equals(SearchFilters.NONE)) {
            throw new IllegalArgumentException("a watch needs search words, a filter or an entity key");
        }
    }

    @Override
    public String toString() {
        return "Watch[" + id + ", " + name + "]"; // never the secret
    }
}
