package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A definite description standing for a party the article named before: a head noun or a title with a nationality
 * adjective right after the verb (وقالت الشركة الهندية، وأضافت المجموعة الأمريكية، وقال الوزير الروسي) refers back
 * to the nearest earlier entity of that kind (an organisation for a body's noun, a person for a title) that the
 * article described with the same nationality, within a few words of its name (مجموعة "راجيش إكسبورت" الهندية; وزير
 * الخارجية الروسي سيرغي لافروف). This is coreference as a reader does it — head noun and nationality must agree — and
 * holds whatever the construction around the name; a body that is named by its noun (الحكومة الهندية، الشرطة
 * الروسية) is itself a name and never a description. One per article.
 */
final class DescribedReferents {
    /**
     * How many words after an entity's name its nationality adjective may stand (شركة "سوني" اليابانية; its own
     * sentence only); before the name it must be the word right before it (وزير الخارجية الروسي سيرغي لافروف), so that
     * an adjective of the party named before it is not taken (شركة "سوني" اليابانية مع شركة "ريلاينس").
     */
    static final int WORDS_AFTER = 2;
    /** How far back the described party may have been named, in characters. */
    static final int REACH = 1500;

    private static final Set<String> BODY_NOUNS = Lexicon.phrases("speaker-described-heads-ar.txt");

    private final String text;
    private final EntitySpeakers speakers;

    DescribedReferents(String text, EntitySpeakers speakers) {
        this.text = text;
        this.speakers = speakers;
    }

    /**
     * The party {@code between} (the folded words after the verb) describes when it opens with a definite head noun or
     * title and a nationality adjective, named before {@code before} in the article; null when it does not or none is.
     * When that party is the one quoted before ({@code previous}, one name holding the other), the name it was quoted
     * under, already cleaned, is kept.
     */
    Speaker referent(String between, int before, Speaker previous) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find() || !between.substring(0, m.start()).isBlank()) {
            return null;
        }
        String noun = m.group();
        int nounEnd = m.end();
        if (!m.find() || !between.substring(nounEnd, m.start()).isBlank()) {
            return null;
        }
        String adjective = m.group();
        EntityType kind = kindOf(noun);
        if (kind == null) {
            // وزير الخارجية السعودي، رئيس الوزراء الهندي: a title in construct, its nationality after its complement.
            kind = titleInConstruct(noun, between, nounEnd);
            adjective = kind == null ? adjective : nationalityAfterComplement(between, nounEnd);
        }
        if (kind == null || adjective == null || !Nationalities.isNationality(adjective)) {
            return null;
        }
        String stem = nationalityStem(adjective);
        List<Entity> earlier = speakers.entities().startingIn(Math.max(0, before - REACH), before);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Entity e = earlier.get(i);
            // A name the article gives a body's noun before (مجموعة "راجيش إكسبورت") is a body, whatever the tagger's type.
            boolean ofKind = e.type() == kind || kind == EntityType.ORGANIZATION && e.type() == EntityType.PERSON && bodyNounBefore(e);
            if (!ofKind || e.end() > before || SpeakerNameFilters.isNationalityWord(e) || SpeakerNameFilters.isBareHeadNoun(e)
                    || isDescription(e.text())) {
                continue;
            }
            if (describedAs(e, stem)) {
                Speaker found = speakers.referredTo(e, kind);
                return found != null && samePerson(found, previous) ? previous : found;
            }
        }
        return null;
    }

    /**
     * Whether a speaker's name is only a body's noun with the article and a nationality (المنظمة الألمانية، الشركة
     * الهندية): a description of a body named before, whatever entity the tagger made of it.
     */
    static boolean isDescription(Speaker s) {
        return isDescription(s.name());
    }

    private static boolean isDescription(String name) {
        String[] words = ArabicNormalizer.fold(name).strip().split("\\s+");
        return words.length == 2 && words[0].startsWith("ال") && BODY_NOUNS.contains(words[0].substring(2))
                && Nationalities.isNationality(words[1]);
    }

    /** A person when {@code noun} is a title without the article that a definite complement may follow (وزير الخارجية). */
    private static EntityType titleInConstruct(String noun, String between, int nounEnd) {
        if (noun.startsWith("ال") || !Lexicon.SPEAKER_TITLES.contains(noun)) {
            return null;
        }
        return nationalityAfterComplement(between, nounEnd) != null ? EntityType.PERSON : null;
    }

    /**
     * The nationality adjective after one or two definite words (the title's complement: الخارجية، الشؤون الدينية)
     * from {@code from} in {@code between}, written with nothing else between; null when none stands there.
     */
    private static String nationalityAfterComplement(String between, int from) {
        Matcher m = LETTERS.matcher(between).region(from, between.length());
        int previousEnd = from;
        for (int n = 0; n < 3 && m.find(); n++) {
            String w = m.group();
            if (!between.substring(previousEnd, m.start()).isBlank() || !w.startsWith("ال")) {
                return null;
            }
            if (n > 0 && Nationalities.isNationality(w)) {
                return w;
            }
            previousEnd = m.end();
        }
        return null;
    }

    /** Whether two named speakers are one, one's folded name holding the other's (رجب طيب أردوغان, أردوغان). */
    private static boolean samePerson(Speaker a, Speaker b) {
        if (b == null || b.name().isBlank() || a.name().isBlank()) {
            return false;
        }
        String x = " " + ArabicNormalizer.fold(a.name()).strip() + " ";
        String y = " " + ArabicNormalizer.fold(b.name()).strip() + " ";
        return x.contains(y) || y.contains(x);
    }

    /** A person for a title (الوزير، المسؤولة), an organisation for a body's noun; null for a noun that names a body itself. */
    static EntityType kindOf(String folded) {
        if (!folded.startsWith("ال") || folded.length() < 5 || Lexicon.SPEAKING_BODIES.contains(folded) || Nationalities.isNationality(folded)) {
            return null;
        }
        String bare = folded.substring(2);
        if (HeadNouns.isHeadNoun(folded) || BODY_NOUNS.contains(bare) || SpeakerWords.MEDIA_HEADS.contains(bare)) {
            return EntityType.ORGANIZATION;
        }
        String masculine = bare.endsWith("ه") ? bare.substring(0, bare.length() - 1) : bare; // الوزيرة → وزير
        return bare.equals("مسؤول") || masculine.equals("مسؤول") || Lexicon.SPEAKER_TITLES.contains(bare)
                || Lexicon.SPEAKER_TITLES.contains(masculine) ? EntityType.PERSON : null;
    }

    /** Whether the word right before {@code e}'s name (ل/ب/و taken off) is a body's noun: شركة، مجموعة، وكالة. */
    private boolean bodyNounBefore(Entity e) {
        String beforeText = ArabicNormalizer.fold(text.substring(Math.max(0, e.start() - 40), e.start()));
        Matcher b = LETTERS.matcher(sentencePart(beforeText, false));
        String last = null;
        while (b.find()) {
            last = b.group();
        }
        if (last == null) {
            return false;
        }
        String bare = HeadNouns.withoutLetter(last);
        return HeadNouns.isHeadNoun(last) || BODY_NOUNS.contains(bare) || SpeakerWords.MEDIA_HEADS.contains(bare);
    }

    /** Whether a nationality adjective with {@code stem} is in {@code e}'s name or right beside it, in its sentence. */
    private boolean describedAs(Entity e, String stem) {
        for (String w : wordsAround(e)) {
            if (Nationalities.isNationality(w) && nationalityStem(w).equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The folded words of the entity's name, up to {@link #WORDS_AFTER} after it and the one before it, not past a sentence's end. */
    private List<String> wordsAround(Entity e) {
        List<String> out = new ArrayList<>();
        Matcher inside = LETTERS.matcher(ArabicNormalizer.fold(e.text()));
        while (inside.find()) {
            out.add(inside.group()); // وزارة الخارجية الهندية: the nationality inside the name describes it too.
        }
        String after = ArabicNormalizer.fold(text.substring(e.end(), Math.min(text.length(), e.end() + 80)));
        Matcher m = LETTERS.matcher(sentencePart(after, true));
        for (int n = 0; n < WORDS_AFTER && m.find(); n++) {
            out.add(m.group());
        }
        String beforeText = ArabicNormalizer.fold(text.substring(Math.max(0, e.start() - 80), e.start()));
        List<String> before = new ArrayList<>();
        Matcher b = LETTERS.matcher(sentencePart(beforeText, false));
        while (b.find()) {
            before.add(b.group());
        }
        if (!opensQuotation(e)) {
            out.addAll(before.subList(Math.max(0, before.size() - 1), before.size()));
        }
        return out;
    }

    /**
     * Whether the name opens a quotation: a mark right before it that does not close right after it (وقال الرئيس
     * الأميركي "بوتين مستعد": the adjective describes the speaker, not the first name he quotes; شركة "سوني" اليابانية
     * is a name in marks).
     */
    private boolean opensQuotation(Entity e) {
        String before = text.substring(Math.max(0, e.start() - 3), e.start()).strip();
        if (before.isEmpty() || "\"«“".indexOf(before.charAt(before.length() - 1)) < 0) {
            return false;
        }
        String after = text.substring(e.end(), Math.min(text.length(), e.end() + 2)).strip();
        return after.isEmpty() || "\"»”".indexOf(after.charAt(0)) < 0;
    }

    /** The part of {@code s} before (after) its first (last) sentence end. */
    private static String sentencePart(String s, boolean leading) {
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            if (".؟?!\n".indexOf(s.charAt(i)) >= 0) {
                cut = i;
                if (leading) {
                    break;
                }
            }
        }
        if (cut < 0) {
            return s;
        }
        return leading ? s.substring(0, cut) : s.substring(cut + 1);
    }

    /** A nationality adjective without the article, و/ب/ل and its ending: الهندية، الهندي، والهندي → هند. */
    static String nationalityStem(String folded) {
        String w = folded;
        if (w.length() > 4 && "وبل".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)) {
            w = w.substring(1);
        }
        w = w.startsWith("ال") ? w.substring(2) : w;
        if (w.endsWith("يه")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("ي") ? w.substring(0, w.length() - 1) : w;
    }
}
