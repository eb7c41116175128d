package dev.marsad.adapter.http;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server said to identify a version of a resource, sent back on the next request so that an unchanged
 * feed costs a 304 and no parsing.
 *
 * @param etag         the ETag header
 * @param lastModified the Last-Modified header
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    public Validators {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** True when there is nothing to send. */
    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
