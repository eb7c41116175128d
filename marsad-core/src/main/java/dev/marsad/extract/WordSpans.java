package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;

/** The name span the rules give for a run of words. Thread-safe (stateless). */
final class WordSpans {
    /** The confidence of a rule's span (the tagger's are its own probabilities). */
    private static final double RULE_SCORE = 0.6;

    private WordSpans() {
    }

    /** A span over words {@code [from, to)}, starting after the first word's proclitics. */
    static NameSpan of(Words w, int from, int to, EntityType type) {
        int start = w.tokens().get(from).start() + w.prefixes()[from];
        return new NameSpan(start, w.tokens().get(to - 1).end(), type, RULE_SCORE);
    }
}
