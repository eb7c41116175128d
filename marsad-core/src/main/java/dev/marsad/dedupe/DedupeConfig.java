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
    /** 128 hashes in 32 bands of 4 give a detection probability above 0.99 at Jaccard 0.7 and 0.05 at 0.3. */
    public static final DedupeConfig DEFAULT = new DedupeConfig(128, 32, 4, 0.7);

    public DedupeConfig {
        if (hashes < 1 || bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes must be a positive multiple of bands");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
    }
}
