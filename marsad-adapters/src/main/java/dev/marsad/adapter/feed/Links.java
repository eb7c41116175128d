package dev.marsad.adapter.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Resolving and checking link strings taken from feeds and sitemaps. */
final class Links {
    private Links() {
    }

    /** {@code href} resolved against {@code base}, when it is a well-formed http(s) URL. */
    static Optional<URI> resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(new URI(href.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A title with its whitespace collapsed; empty when blank. */
    static Optional<String> clean(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String collapsed = title.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }
}
