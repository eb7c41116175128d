package dev.marsad.adapter.files;

import java.util.Objects;
import java.util.Optional;

/**
 * Raw bytes of one input, before decoding.
 *
 * @param source      the input as named (a path inside a directory input is that path)
 * @param bytes       the content
 * @param contentType the HTTP Content-Type for fetched inputs
 */
public record InputSource(String source, byte[] bytes, Optional<String> contentType) {
    public InputSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
    }
}
