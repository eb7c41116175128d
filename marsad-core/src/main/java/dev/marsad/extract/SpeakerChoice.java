package dev.marsad.extract;

import dev.marsad.model.Quote;
import java.util.List;

/**
 * The speaker choice made for one quotation: the quote as the hand-written rules resolved it, the same quote with the
 * speaker {@link SpeakerRanker} picked among {@code options}, and which option that was. What training and
 * evaluation of the ranker read; analyze keeps {@code rules} (the ranker has not clearly beaten them on unseen
 * articles, see speaker-ranker.MODEL.md).
 *
 * @param rules   the quote with the rules' speaker
 * @param ranked  the quote with the ranked speaker (evaluated as an experiment)
 * @param options the speakers weighed, the rules' own (or "nobody") first
 * @param picked  the index of the option {@code ranked} carries
 */
public record SpeakerChoice(Quote rules, Quote ranked, List<SpeakerOption> options, int picked) {
    public SpeakerChoice {
        options = List.copyOf(options);
    }
}
