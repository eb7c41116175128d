package dev.marsad.adapter.store;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed or sitemap of a sources file, as {@code watch --sources} polls it.
 *
 * @param name     unique name of the source in its file (at most {@link #MAX_NAME} characters)
 * @param url      the feed or sitemap address (http or https)
 * @param outlet   the outlet publishing it, given to its articles where their pages do not say
 * @param language ISO 639-1 code of its articles' language
 * @param country  ISO 3166-1 alpha-2 code of the outlet's country
 * @param interval time between two polls of it
 */
public record WatchedSource(String name, URI url, Optional<String> outlet, Optional<String> language,
                            Optional<String> country, Duration interval) {
    public static final int MAX_NAME = 200;

    public WatchedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(interval, "interval");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters: " + name);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
    }
}
