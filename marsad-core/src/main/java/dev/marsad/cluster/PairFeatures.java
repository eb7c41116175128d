package dev.marsad.cluster;

import java.util.List;

/**
 * What the pair model ({@link PairModel}) sees of two articles: their text, lead and entity cosines, whether a lead
 * or the entities are missing on either side, how many specific terms they share (and how rare those are), and
 * their distance in days. Thread-safe (stateless).
 */
final class PairFeatures {
    /** Feature names, in vector order: the model file names its weights with them. */
    static final List<String> NAMES = List.of("bias", "text", "lead", "entities", "no-lead", "no-entities",
            "shared-specific", "shared-rare", "shared-idf", "day-gap");
    /** IDF from which a shared term counts as specific (ln-scale over ~65,000 background articles: df ≲ 1,200). */
    static final double SPECIFIC_IDF = 5.0;
    /** IDF from which a shared term counts as rare (a name: df ≲ 130). */
    static final double RARE_IDF = 7.0;

    private PairFeatures() {
    }

    /** The feature vector of {@code a} and {@code b} (symmetric), {@link #NAMES} long, bias first. */
    static double[] of(ArticleProfile a, ArticleProfile b) {
        boolean leads = !a.lead().isEmpty() && !b.lead().isEmpty();
        boolean entities = !a.entities().isEmpty() && !b.entities().isEmpty();
        double[] shared = new double[3];
        a.rare().shared(b.rare(), SPECIFIC_IDF, RARE_IDF, shared);
        double gap = a.day().isPresent() && b.day().isPresent() ? Math.abs(a.day().get() - b.day().get()) : 0;
        return new double[] {
            1,
            a.body().dot(b.body()),
            leads ? a.lead().dot(b.lead()) : 0,
            entities ? a.entities().dot(b.entities()) : 0,
            leads ? 0 : 1,
            entities ? 0 : 1,
            Math.log1p(shared[0]),
            Math.log1p(shared[1]),
            Math.log1p(shared[2]) / 5,
            Math.min(gap, 7) / 7,
        };
    }
}
