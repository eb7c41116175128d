package dev.marsad.extract;

import static dev.marsad.extract.SpeakerCues.*;

import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;

/**
 * The speaker an agency relays (ونقلت وكالة … عن فلان أن): the one named after عن — a person, else a body — or none
 * when that is an unnamed source (عن مصادر). Split from {@link SpeakerResolver}; one per article.
 */
final class RelayedSpeakers {
    private final EntitySpeakers speakers;

    RelayedSpeakers(EntitySpeakers speakers) {
        this.speakers = speakers;
    }

    /** The speaker a relaying agency names after عن: a person, else a body, else none when unnamed (عن مصادر). */
    Speaker speakerOf(ReportedClause r, FoldedText text, int offset, int from) {
        String rest = text.folded().substring(from, r.thatStart());
        Speaker speaker = null;
        if (!opensWithUnnamed(rest) || SPOKESPERSON_OF.matcher(rest).find()) {
            int at = offset + text.originalStart(from);
            int to = offset + text.originalStart(r.thatStart());
            speaker = speakers.named(at, to, EntityType.PERSON);
            Speaker bare = SpeakerPhrases.bareNameAt(text, from, r.thatStart());
            if (bare != null && speaker != null && bare.name().startsWith(speaker.name()) && bare.name().length() > speaker.name().length()) {
                speaker = bare; // The tagger cut the name short (تشانغ of تشانغ ويمين).
            }
            if (speaker == null && namesTitle(rest)) {
                speaker = SpeakerPhrases.nameAfterTitle(text, from, r.thatStart());
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.bareNameAt(text, from, r.thatStart()); // عن لي مياوتشيان الاقتصادي في …
            }
            // نقلا عن مدير عام الإدارة …: the words after عن open with a title, one word or two.
            if (speaker == null && SpeakerWords.titleWord(rest, "") != null && !SPOKESPERSON_OF.matcher(rest).find()) {
                // نقلا عن مدير عام الإدارة العامة للمباحث، إنه: the title's holder, unnamed, not the body in his title
                // (a spokesman's body speaks through him: عن متحدث باسم الجيش).
                return Talk.UNNAMED;
            }
            if (speaker == null) {
                speaker = speakers.named(at, to, EntityType.ORGANIZATION, EntityType.LOCATION);
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.organizationPhrase(text, from, r.thatStart());
            }
            if (speaker == null) {
                speaker = SpeakerPhrases.speakingBody(text, from, r.thatStart());
            }
        }
        return speaker;
    }
}
