package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Findings that speak for the body that made them (أظهرت دراسة أجراها مكتب الإحصاءات … أن، أظهر استطلاع أجراه معهد
 * "سونار" … أن): the labelling rule gives the quotation to that body, and a later definite finding noun (وأضاف
 * الاستطلاع أنه، وأظهر الاستطلاع الذي شمل … أن) to the same body. One per article, read in text order.
 */
final class StudyMakers {
    static final Set<String> NOUNS = Lexicon.phrases("speaker-study-nouns-ar.txt");
    private static final Set<String> VERBS = Lexicon.phrases("speaker-study-verbs-ar.txt");
    private static final Set<String> MAKERS = Lexicon.phrases("speaker-study-makers-ar.txt");

    private final EntitySpeakers entities;
    /** The maker of the finding quoted last, for a definite finding noun after it. */
    private Speaker lastMaker;

    StudyMakers(EntitySpeakers entities) {
        this.entities = entities;
    }

    /** Whether {@code folded[start, end)} is a finding verb (أظهرت) whose next word is a finding noun (دراسة). */
    static boolean showsFinding(String folded, int start, int end) {
        String verb = folded.substring(start, end);
        String v = verb.length() > 3 && (verb.charAt(0) == 'و' || verb.charAt(0) == 'ف') ? verb.substring(1) : verb;
        if (!VERBS.contains(v)) {
            return false;
        }
        int next = QuoteText.wordStart(folded, end);
        return next >= 0 && isFindingNoun(folded.substring(next, QuoteText.wordEnd(folded, next)));
    }

    /** A verb of making or issuing with its object pronoun (أجرته، أصدرها، نشرته; folded), which names the maker next. */
    static boolean isMakingVerb(String folded) {
        return folded.length() > 3 && MAKERS.contains(folded);
    }

    /** A finding noun, with or without the article (دراسة، الاستطلاع). */
    static boolean isFindingNoun(String folded) {
        return NOUNS.contains(folded) || (folded.startsWith("ال") && NOUNS.contains(folded.substring(2)));
    }

    /**
     * The maker of the finding that opens {@code folded[from, to)} (the words between verb and أن), or null when
     * no finding noun opens them. An indefinite finding (دراسة أجراها …) names its maker after a maker word, or is
     * unnamed ({@code ""}); a definite one (الاستطلاع) is the last finding's.
     */
    Speaker makerOf(FoldedText text, int offset, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        if (!m.find() || !isFindingNoun(m.group())) {
            return null;
        }
        boolean definite = m.group().startsWith("ال");
        Speaker maker = definite ? lastMaker : new Speaker("", null);
        Matcher next = LETTERS.matcher(folded).region(m.end(), to);
        if (!definite && next.find() && next.group().length() > 3 && next.group().charAt(0) == 'ل' && next.group().charAt(1) != 'ل') {
            // وقال تقرير لمجلس الأمن إن، وأظهر مسح لرويترز أن: a finding "of" a named body is that body's (its span
            // may open at the ل). In construct (تقرير البنتاغون) the words are as often the report's own title.
            int at = offset + text.originalStart(next.start());
            for (Entity e : entities.entities().startingIn(at, at + 2)) {
                if (e.type() == EntityType.ORGANIZATION && e.end() <= offset + text.originalStart(to)) {
                    maker = new Speaker(e.text(), e.key());
                    break;
                }
            }
        }
        if (!definite && next.reset().region(m.end(), to).find() && !next.group().startsWith("ل")) {
            // وأكد تقرير "موديز" أن / وقال تقرير البنتاغون إن: a body the tagger names right after the noun, in
            // construct, made the finding (a title in construct, تقرير التنمية البشرية, is no body's name).
            int at = offset + text.originalStart(next.start());
            for (Entity e : entities.entities().startingIn(at - 1, at + 1)) {
                if (e.type() == EntityType.ORGANIZATION && e.end() <= offset + text.originalStart(to)) {
                    maker = new Speaker(e.text(), e.key());
                    break;
                }
            }
        }
        String previousWord = "";
        while (m.find()) {
            String w = m.group();
            if (MAKERS.contains(w) || MAKERS.contains(previousWord + " " + w)) {
                // الدراسة التي أجرتها جامعة كوليدج لندن: a definite finding names its maker so too.
                Speaker named = madeBy(text, offset, m.end(), to);
                if (named != null) {
                    maker = named;
                }
                break;
            }
            previousWord = w;
        }
        lastMaker = maker;
        return maker;
    }

    /**
     * Notes that {@code speaker} was quoted with the words {@code between} (folded, between the verb and أن): a named
     * speaker quoted "in the study" (وأوضح معهد الاقتصاد الألماني في الدراسة التي نشرها أمس أن) made the finding a
     * later definite finding noun (وأضافت الدراسة أن) stands for.
     */
    void noteQuotedIn(String between, Speaker speaker) {
        if (speaker == null || speaker.name().isBlank()) {
            return;
        }
        Matcher m = LETTERS.matcher(between);
        boolean afterIn = false;
        while (m.find()) {
            if (afterIn && isFindingNoun(m.group())) {
                lastMaker = speaker;
                return;
            }
            afterIn = m.group().equals("في");
        }
    }

    /** The body named after a maker word: an entity (with the head noun before a name in marks), else a head-noun phrase. */
    private Speaker madeBy(FoldedText text, int offset, int from, int to) {
        String folded = text.folded();
        Speaker phrase = SpeakerPhrases.organizationPhrase(text, QuoteText.wordStart(folded, from), to);
        Speaker quoted = QuotedNames.quotedName(text, from, to);
        if (quoted != null) {
            return quoted;
        }
        if (phrase != null) {
            return phrase;
        }
        Speaker named = entities.named(offset + text.originalStart(from), offset + text.originalStart(to),
                EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION);
        if (named == null) {
            return null;
        }
        // معهد "سونار": the head noun before a name in marks is part of how the article names the body.
        int at = folded.indexOf(ArabicNormalizer.fold(named.name()), from);
        if (at > from) {
            String before = folded.substring(from, at).replaceAll("[«\"“»”\\s]", " ").strip();
            if (!before.isEmpty() && !before.contains(" ") && SpeakerPhrases.isHead(before)) {
                String head = text.original().substring(text.originalStart(QuoteText.wordStart(folded, from)),
                        text.originalEnd(QuoteText.wordStart(folded, from) + before.length()));
                String name = head + " " + named.name();
                return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
            }
        }
        return named;
    }
}
