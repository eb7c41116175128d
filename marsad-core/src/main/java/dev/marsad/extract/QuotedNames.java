package dev.marsad.extract;

import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker named in quotation marks after a media or group noun (وكالة أنباء "الأناضول"، تنظيم "جيش الإسلام"): the
 * tagger often misses such names, the marks and the noun before them show them. Nouns: {@link SpeakerWords}.
 */
final class QuotedNames {
    private QuotedNames() {
    }

    /** A short name in marks right after a media or group noun (وكالة أنباء "الأناضول"، تنظيم "جيش الإسلام"). */
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "\\s*((?:" + SpeakerWords.QUOTED_NAME_HEADS + ")(?:\\s+انباء)?)\\s*[«\"“]([^»\"”]{2,40})[»\"”]");
    /** Media nouns an outlet's name keeps (وكالة "رويترز" → وكالة رويترز); a group noun (تنظيم "جيش الفتح") is left out. */
    private static final Pattern MEDIA_NOUN = Pattern.compile("(?:" + SpeakerWords.QUOTED_NAME_MEDIA_HEADS + ")(?:\\s+انباء)?");

    static Speaker quotedName(FoldedText text, int from, int to) {
        Matcher m = QUOTED_NAME.matcher(text.folded()).region(from, to);
        if (!m.lookingAt() || m.group(2).strip().split("\\s+").length > 3) {
            return null;
        }
        // A media noun stays, as the article writes the outlet (شبكة "السويداء 24" → شبكة السويداء 24).
        String name = text.original().substring(text.originalStart(m.start(2)), text.originalEnd(m.end(2))).strip();
        if (MEDIA_NOUN.matcher(m.group(1)).matches()) {
            name = text.original().substring(text.originalStart(m.start(1)), text.originalEnd(m.end(1))).strip() + " " + name;
        }
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }
}
