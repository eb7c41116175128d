package dev.marsad.pipeline;

import java.util.Locale;

/**
 * Where a benchmark learns how long each stage took: the pipelines report every stage's elapsed time to it. The
 * product runs with {@link #NONE}. An implementation used by a parallel ingest is called from several threads.
 */
@FunctionalInterface
public interface StageTimer {

    /** The stages of an article's way from bytes to a searchable story member, in order. */
    enum Stage {
        DECODE, CLEAN, EXTRACT, DEDUPE, CLUSTER, SUMMARIZE, STORE, INDEX;

        /** The stage's name as reports print it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Records that {@code stage} took {@code nanos} nanoseconds. */
    void record(Stage stage, long nanos);

    /** Records nothing: the product's default. */
    StageTimer NONE = (stage, nanos) -> {
    };
}
