package dev.marsad.extract;

import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker named in quotation marks or brackets after a media or group noun (وكالة أنباء "الأناضول"، تنظيم "جيش
 * الإسلام"، دورية (لانسيت) الطبية): the tagger often misses such names, the marks and the noun before them show them;
 * where a reported clause's subject stands, the marks alone do (وأوضحت "بلتون" أن). Nouns: {@link SpeakerWords}.
 */
final class QuotedNames {
    private QuotedNames() {
    }

    private static final Pattern QUOTED_NAME = Pattern.compile(
            "\\s*((?:" + SpeakerWords.QUOTED_NAME_HEADS + ")(?:\\s+انباء)?)\\s*(?:[«\"“]([^»\"”]{2,40})[»\"”]|\\(([^()]{2,40})\\))");
    /** A short name in marks with no noun before it, where a subject stands (وأوضحت "بلتون" في مذكرة بحثية أن). */
    private static final Pattern BARE_QUOTED_NAME = Pattern.compile("\\s*()[«\"“]([^»\"”،,.:]{2,30})[»\"”]");
    /** Media nouns an outlet's name keeps (وكالة "رويترز" → وكالة رويترز); a group noun (تنظيم "جيش الفتح") is left out. */
    private static final Pattern MEDIA_NOUN = Pattern.compile("(?:" + SpeakerWords.QUOTED_NAME_MEDIA_HEADS + ")(?:\\s+انباء)?");

    /** A short name in marks right after a media or group noun (وكالة أنباء "الأناضول"، تنظيم "جيش الإسلام"). */
    static Speaker quotedName(FoldedText text, int from, int to) {
        return quotedName(QUOTED_NAME.matcher(text.folded()).region(from, to), text);
    }

    /**
     * {@link #quotedName}, or a short name in marks with no noun before it right where the subject of a speech verb
     * stands (وأوضحت "بلتون" في مذكرة بحثية أن، وبحسب "إن بي سي" فإن، وقال "ألبيرق" في تصريحاته: "…"): only between a
     * verb and the speaker's words, where words in marks can name no one but the speaker (read as a lead subject, the
     * words in marks after a verb may be a quotation: وأضاف "مستوى اللاعبين تصاعدي").
     */
    static Speaker quotedNameOrBare(FoldedText text, int from, int to) {
        Speaker named = quotedName(text, from, to);
        return named != null ? named : quotedName(BARE_QUOTED_NAME.matcher(text.folded()).region(from, to), text);
    }

    private static Speaker quotedName(Matcher m, FoldedText text) {
        if (!m.lookingAt()) {
            return null;
        }
        int g = m.groupCount() >= 3 && m.group(2) == null ? 3 : 2; // دورية (لانسيت): the name in brackets
        if (m.group(g).strip().split("\\s+").length > 3 || m.group(g).strip().startsWith("لل")) {
            return null; // وأكد "للأمة الإيرانية" أن: ل with the article marks whom he spoke to, not who spoke.
        }
        // A media noun stays, as the article writes the outlet (شبكة "السويداء 24" → شبكة السويداء 24).
        String name = text.original().substring(text.originalStart(m.start(g)), text.originalEnd(m.end(g))).strip();
        if (MEDIA_NOUN.matcher(m.group(1)).matches()) {
            name = text.original().substring(text.originalStart(m.start(1)), text.originalEnd(m.end(1))).strip() + " " + name;
        }
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }
}
