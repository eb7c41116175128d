package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import java.util.List;

/**
 * The quote stage of extraction: {@link QuoteFinder} finds where the quotations are ({@link QuoteCandidate}s, no
 * speaker yet), then {@link SpeakerResolver} resolves who said each, reading them in text order with the article's
 * mention chain ({@link SpeakerChain}). Thread-safe per run.
 */
final class QuoteExtractor {
    private QuoteExtractor() {
    }

    static List<Quote> extract(String text, List<Entity> entities, ExtractionRun run) {
        return SpeakerResolver.resolve(text, entities, run, QuoteFinder.find(text));
    }
}
