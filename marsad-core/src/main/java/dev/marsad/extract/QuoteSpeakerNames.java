package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.model.Quote;
import java.util.Optional;

/**
 * How a resolved speaker is written on its quote: cleaned of trailing time words, a one-word name → the article's
 * fullest name, a person's lineage, an organisation's fuller name without "official". Split from
 * {@link SpeakerResolver}; one per article (it tells {@link SpokenOrganizations} which bodies spoke).
 */
final class QuoteSpeakerNames {
    private final SpeakerChain chain;
    private final SpokenOrganizations spoken;

    QuoteSpeakerNames(SpeakerChain chain, SpokenOrganizations spoken) {
        this.chain = chain;
        this.spoken = spoken;
    }

    /**
     * The quote of {@code text} by {@code speaker} (null or blank: none), the speaker named as the article names it
     * most fully and cleaned (trailing time words, "official", a short organisation name → its fuller form).
     */
    Quote quote(Speaker speaker, String text, boolean direct) {
        if (speaker != null && speaker.name().isBlank()) {
            speaker = null;
        }
        if (speaker != null) {
            speaker = new Speaker(SpeakerNameCleaner.withoutTrailingTime(speaker.name()), speaker.key());
        }
        if (speaker != null && !speaker.name().strip().contains(" ")) {
            boolean person = speaker.key() != null && speaker.key().startsWith("person:");
            speaker = new Speaker(person ? chain.fullPersonName(speaker.name()) : chain.fullName(speaker.name()), speaker.key());
        }
        if (speaker != null && speaker.key() != null && speaker.key().startsWith("person:")) {
            speaker = new Speaker(chain.withLineage(speaker.name()), speaker.key()); // مفرج الحقباني → مفرج بن سعد الحقباني
        }
        if (speaker != null && speaker.key() != null && !speaker.key().startsWith("person:")) {
            speaker = new Speaker(SpeakerNameParts.withoutOfficialWord(speaker.name()), speaker.key()); // الرسمية
        }
        if (speaker != null && speaker.key() != null && speaker.key().startsWith("organization:")) {
            speaker = new Speaker(chain.fullOrganization(speaker.name()), speaker.key());
            // المرصد السوري → المرصد السوري لحقوق الإنسان, cleaned as the name it stands for.
            String longer = SpeakerNameParts.withoutOfficialWord(SpeakerNameCleaner.withoutTrailingTime(
                    chain.longerOrganizationOpeningWith(speaker.name())));
            speaker = new Speaker(longer, speaker.key());
            spoken.spoke(speaker);
        }
        return new Quote(Optional.ofNullable(speaker).map(Speaker::name), Optional.ofNullable(speaker).map(Speaker::key), text, direct);
    }
}
