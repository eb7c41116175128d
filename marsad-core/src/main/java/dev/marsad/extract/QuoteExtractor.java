package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import java.util.List;

/**
 * The quote stage of extraction: {@link QuoteFinder} finds where the quotations are ({@link QuoteCandidate}s, no
 * speaker yet), then {@link SpeakerResolver} resolves who said each, reading them in text order with the article's
 * mention chain ({@link SpeakerChain}). {@link #choices} also weighs each quote's speaker options with the learnt
 * {@link SpeakerRanker}, for training and evaluation. Thread-safe per run.
 */
final class QuoteExtractor {
    private QuoteExtractor() {
    }

    /**
     * The quotes with the rules' speakers. The learnt ranker ({@link #choices}) is not applied here, not even where it
     * is sure: on quotes-fresh5, labelled to decide this and fitted by neither, it overruling the rules at any margin
     * gained at most one right speaker in 109; retrained with quotes-fresh5 added, on quotes-fresh6 (the next set
     * labelled to decide it) it gained none in 125 at any margin (see speaker-ranker.MODEL.md and docs/EVALUATION.md),
     * so it stays an evaluated experiment until it clearly beats them.
     */
    static List<Quote> extract(String text, List<Entity> entities, ExtractionRun run) {
        return SpeakerChoices.rules(text, entities, run, QuoteFinder.find(text));
    }

    /** The quotes with the rules' speakers, the options weighed and the ranked speakers (for training and evaluation). */
    static List<SpeakerChoice> choices(String text, List<Entity> entities, ExtractionRun run) {
        return SpeakerChoices.choose(text, entities, run, QuoteFinder.find(text), SpeakerRanker.committed());
    }
}
