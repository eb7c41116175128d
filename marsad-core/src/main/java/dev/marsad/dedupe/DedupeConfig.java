package dev.marsad.dedupe;

/**
 * Near-duplicate detection settings.
 *
 * @param hashes      MinHash permutations per signature
 * @param bands       LSH bands ({@code hashes} must be a multiple); more bands find lower similarities
 * @param shingleSize words per shingle
 * @param threshold   estimated shingle Jaccard at or above which two articles are copies of one text
 */
public record DedupeConfig(int hashes, int bands, int shingleSize, double threshold) {
    /**
     * 64 hashes in 16 bands of 4 rows: a pair at Jaccard 0.7 shares a bucket with probability 0.99, a pair at 0.3
     * with 0.12 (then rejected by the threshold), and hashing costs half what 128 hashes do.
     */
    public static final DedupeConfig DEFAULT = new DedupeConfig(64, 16, 4, 0.7);

    public DedupeConfig {
        if (hashes < 1 || bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes must be a positive multiple of bands");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
    }
}
