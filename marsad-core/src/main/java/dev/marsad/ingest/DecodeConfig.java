package dev.marsad.ingest;

/**
 * Limits for decoding inputs.
 *
 * @param maxBytes inputs larger than this are rejected as too large (default 20 MiB: no news page is bigger,
 *                 and a bigger input is a dump or a binary by mistake)
 */
public record DecodeConfig(long maxBytes) {
    public static final DecodeConfig DEFAULT = new DecodeConfig(20L * 1024 * 1024);

    public DecodeConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }
}
