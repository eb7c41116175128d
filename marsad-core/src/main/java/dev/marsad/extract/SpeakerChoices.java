package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Speaker choice for an article's quotations, in text order: the rules ({@link SpeakerResolver}) resolve each
 * quote's speaker as before, {@link SpeakerOptions} lists the speakers it may have, and {@link SpeakerRanker} picks
 * one. The rules run unchanged whatever the ranker picks (their "one quoted last" stays theirs), so the options a
 * quote gets in training are the options it gets in the pipeline.
 */
final class SpeakerChoices {
    private SpeakerChoices() {
    }

    /** The quotes with the rules' speakers alone, in text order (what analyze outputs). */
    static List<Quote> rules(String text, List<Entity> entities, ExtractionRun run, List<QuoteCandidate> candidates) {
        SpeakerResolver resolver = new SpeakerResolver(text, entities, run);
        List<Quote> out = new ArrayList<>(candidates.size());
        List<Speaker> speakers = new ArrayList<>(candidates.size());
        for (QuoteCandidate c : candidates) {
            speakers.add(resolver.speakerOf(c));
            out.add(resolver.quoteOf(c, speakers.get(speakers.size() - 1)));
        }
        namedAfter(text, resolver, candidates, speakers, out);
        return out;
    }

    /**
     * A title's quotation whose holder the article names right after it ({@link TitleCataphora}): its quote made again
     * with that holder, once every quotation is resolved (the name comes after the words).
     */
    private static void namedAfter(String text, SpeakerResolver resolver, List<QuoteCandidate> candidates, List<Speaker> speakers,
                                   List<Quote> quotes) {
        List<Speaker> resolved = TitleCataphora.resolved(text, candidates, speakers);
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) != speakers.get(i)) {
                quotes.set(i, resolver.quoteOf(candidates.get(i), resolved.get(i)));
            }
        }
    }

    /** The quotes with the rules' and the ranked speakers and the options weighed, in text order. */
    static List<SpeakerChoice> choose(String text, List<Entity> entities, ExtractionRun run, List<QuoteCandidate> candidates,
                                      SpeakerRanker ranker) {
        SpeakerResolver resolver = new SpeakerResolver(text, entities, run);
        SpeakerOptions options = resolver.options(run);
        List<Quote> before = new ArrayList<>(candidates.size());
        List<SpeakerChoice> out = new ArrayList<>(candidates.size());
        List<Speaker> speakers = new ArrayList<>(candidates.size());
        for (QuoteCandidate c : candidates) {
            Speaker rule = resolver.speakerOf(c);
            speakers.add(rule);
            Quote rules = resolver.quoteOf(c, rule);
            List<SpeakerOption> weighed = options.of(QuoteSpan.of(c), rule, before);
            int picked = ranker.pick(weighed);
            SpeakerOption o = weighed.get(picked);
            Optional<String> name = o.name().isBlank() ? Optional.empty() : Optional.of(o.name());
            Quote ranked = new Quote(name, name.isEmpty() ? Optional.empty() : Optional.ofNullable(o.key()), rules.text(), rules.direct());
            out.add(new SpeakerChoice(rules, ranked, weighed, picked));
            before.add(rules);
        }
        List<Quote> rules = new ArrayList<>(before);
        namedAfter(text, resolver, candidates, speakers, rules);
        for (int i = 0; i < out.size(); i++) {
            SpeakerChoice c = out.get(i);
            out.set(i, rules.get(i) == before.get(i) ? c : new SpeakerChoice(rules.get(i), c.ranked(), c.options(), c.picked()));
        }
        return out;
    }
}
