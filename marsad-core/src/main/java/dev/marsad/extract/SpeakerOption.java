package dev.marsad.extract;

import java.util.List;

/**
 * One speaker a quotation may have, as {@link SpeakerRanker} weighs it: the name as the quote would report it
 * ({@code ""} for "nobody named"), its entity key (null when none) and the features that describe where and how the
 * article names it (sorted, without duplicates).
 *
 * @param name     the speaker's name as the quote would carry it, {@code ""} for no named speaker
 * @param key      the speaker's entity key, or null
 * @param features indicator features, e.g. {@code pos=verb_that}, {@code src=rule&kind=reported}
 */
public record SpeakerOption(String name, String key, List<String> features) {
    public SpeakerOption {
        features = List.copyOf(features);
    }
}
