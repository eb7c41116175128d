package dev.marsad.extract;

import dev.marsad.text.ResourceLines;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists speaker resolution reads, each from its resource file ({@code speaker-*-ar.txt}), folded as
 * {@link Lexicon} folds them and loaded once. Kept apart from the name finder's lists so that its output does not
 * move with them. Thread-safe.
 */
final class SpeakerWords {
    /** After a speech verb: the verb has no subject of its own there (في، بدوره، أمس). */
    static final Set<String> NO_SUBJECT_OPENERS = Lexicon.phrases("speaker-no-subject-openers-ar.txt");
    /** Conjunctions that may open a clause before its subject (لكن مصدرا …، بينما مسؤولون …). */
    static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.phrases("speaker-clause-conjunctions-ar.txt");
    /** Between a speech verb and إن/أن without naming anyone (إلى، عن). */
    static final Set<String> VERB_PREPOSITIONS = Lexicon.phrases("speaker-verb-prepositions-ar.txt");
    /** After which a subject may stand before its verb (أن، كان). */
    static final Set<String> SUBJECT_OPENERS = Lexicon.phrases("speaker-subject-openers-ar.txt");
    /** Plural and dual relative pronouns (الذين قالوا إنه). */
    static final Set<String> PLURAL_RELATIVES = Lexicon.phrases("speaker-plural-relatives-ar.txt");
    /**
     * Ranks and academic titles that open a name and never end one (الدكتور، المهندس، اللواء): a span ending in one
     * ran up to the next person's title. Not الشيخ or الأمير, which are surnames too (حسين الشيخ).
     */
    static final Set<String> TRAILING_RANKS = Lexicon.phrases("speaker-trailing-ranks-ar.txt");
    /** Name parts that never end a person's name (عبدرب، أبو، بن، آل، ولد); folded. */
    static final Set<String> BOUND_NAME_PARTS = Lexicon.phrases("name-bound-parts-ar.txt");
    /** Titles that are given names too (قائد، سلطان): inside a name the tagger cut, they do not end it; folded. */
    static final Set<String> TITLE_GIVEN_NAMES = Lexicon.phrases("name-title-given-names-ar.txt");
    /** Verbs of stance that open a sentence before their subject (انتقد، جدد، رحب); folded, past forms. */
    static final Set<String> STANCE_VERBS = Lexicon.phrases("speaker-stance-verbs-ar.txt");

    /** A folded word without a leading conjunction و/ف, for words of more than three letters (وانتقد → انتقد). */
    static String withoutConjunction(String folded) {
        return folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') ? folded.substring(1) : folded;
    }

    /** Whether a folded word is a verb of stance ({@link #STANCE_VERBS}) once a leading و/ف is taken off. */
    static boolean isStanceVerb(String folded) {
        return STANCE_VERBS.contains(withoutConjunction(folded));
    }

    /** Whether a folded word is a relative pronoun, singular or plural (الذي، التي، الذين …). */
    static boolean isRelative(String folded) {
        return SINGULAR_RELATIVES.contains(folded) || PLURAL_RELATIVES.contains(folded);
    }
    /** Words before a verb that make it the carrying outlet's (وفق ما، حسبما); folded, one or two words. */
    static final Set<String> CARRIED_BY = Lexicon.phrases("speaker-carried-by-ar.txt");
    /** A media noun with ل: who a statement was made to (لوكالة). */
    static final Set<String> MEDIA_ADDRESSEES = Lexicon.phrases("speaker-media-addressees-ar.txt");
    /** Weekday and time words trailing a name. */
    static final Set<String> TIME_WORDS = Lexicon.phrases("speaker-time-words-ar.txt");
    /** Time adjectives, time words only after a time noun (الأسبوع المقبل), a family name after a name (عبدالعزيز المقبل). */
    static final Set<String> TIME_ADJECTIVES = Lexicon.phrases("speaker-time-adjectives-ar.txt");
    /** Weekdays and أمس: never inside a name, so a speaker's span is cut before one (the verb's object ran in). */
    static final Set<String> INNER_DAY_WORDS = Lexicon.phrases("speaker-inner-day-words-ar.txt");
    /** Words introducing a name without being part of it (ويدعى). */
    static final Set<String> NAMING_WORDS = Lexicon.phrases("speaker-naming-words-ar.txt");
    /** After which an organisation is the one speaking (باسم، بيان). */
    static final Set<String> SPOKESMAN_OF = Lexicon.phrases("speaker-spokesman-of-ar.txt");
    /** Where or with whom something was said (على، عبر). */
    static final Set<String> PLACE_PREPOSITIONS = Lexicon.phrases("speaker-place-prepositions-ar.txt");
    /** Media nouns an outlet's name keeps (وكالة، صحيفة). */
    static final Set<String> MEDIA_HEADS = Lexicon.phrases("speaker-media-heads-ar.txt");

    /** Occupations that introduce a person and then stand for him (المدرس، المدافع); folded, without the article. */
    static final Set<String> OCCUPATIONS = Lexicon.phrases("speaker-occupations-ar.txt");

    /** Whether {@code noun} (folded, without the article) is in {@code words}, or its feminine in ه is (الوزيرة، المدرسة). */
    static boolean listedOrFeminine(Set<String> words, String noun) {
        return words.contains(noun) || noun.endsWith("ه") && noun.length() > 3 && words.contains(noun.substring(0, noun.length() - 1));
    }
    /**
     * Whether a folded word is the dual of a noun for an unnamed speaker or of a title (مسؤولان، قائدان، مصدران):
     * two people the article does not name. Names ending in ان (سلمان، عدنان) are no dual of a listed noun.
     */
    static boolean isDualOfUnnamed(String folded) {
        if (folded.length() < 5 || !folded.endsWith("ان")) {
            return false;
        }
        String one = folded.substring(0, folded.length() - 2);
        return Lexicon.UNNAMED_SPEAKERS.contains(one) || Lexicon.TITLES.contains(one);
    }

    /** "Official" at the end of a body's name (الرسمية). */
    static final Set<String> OFFICIAL_WORDS = Lexicon.phrases("speaker-official-words-ar.txt");
    /** After which the next words are not a name (time words, البيان، للصحفيين). */
    static final Set<String> NOT_BEFORE_NAME = Lexicon.phrases("speaker-not-before-name-ar.txt");
    /** Words that end an organisation's name after its head noun (prepositions, time words, إن/أن). */
    static final Set<String> PHRASE_STOPS = Lexicon.phrases("speaker-phrase-stops-ar.txt");
    /** أن/إن and بأن, alone or with the pronoun of one person (folded): what opens a said clause after a verb. */
    static final Set<String> THAT_WITH_PRONOUN = Set.of("ان", "انه", "انها", "بان", "بانه", "بانها");
    /** Vague groups speaking without a name (برلمانيون، نواب), beside Lexicon.UNNAMED_SPEAKERS. */
    static final Set<String> UNNAMED_GROUPS = Lexicon.phrases("speaker-unnamed-groups-ar.txt");
    /** Titles of a body's head (رئيس، قائد، مدير). */
    static final Set<String> HEAD_TITLES = Lexicon.phrases("speaker-head-titles-ar.txt");
    /** Words before the person who heads a body (برئاسة، بقيادة). */
    static final Set<String> HEADED_BY = Lexicon.phrases("speaker-headed-by-ar.txt");
    /** Who a speaker was with (مع، برفقة، بحضور): a name after one is no subject. */
    static final Set<String> COMPANION_WORDS = Lexicon.phrases("speaker-companion-words-ar.txt");
    /** Offices held for the one named right after them (ممثل، مستشار، باسم): that name is no holder. */
    static final Set<String> DEPENDENT_TITLES = Lexicon.phrases("speaker-dependent-titles-ar.txt");
    /** A spokesman's nouns before باسم (المتحدث، الناطقة، متحدث): باسم then names whom he speaks for. */
    static final Set<String> SPOKESMAN_NOUNS = Lexicon.phrases("speaker-spokesman-nouns-ar.txt");
    /** Honorifics and rulers' titles between such an office and the name (آية الله، الرئيس، الخاص). */
    static final Set<String> PRINCIPAL_HONORIFICS = Lexicon.phrases("speaker-principal-honorifics-ar.txt");
    /** Singular relative pronouns (الذي، والتي): a speech verb right after one has the one named before it as subject. */
    static final Set<String> SINGULAR_RELATIVES = Lexicon.phrases("speaker-singular-relatives-ar.txt");
    /** Honorifics written with a pronoun (سموه، معاليه، فضيلته): the titled person just named, never a name. */
    static final Set<String> HONORIFIC_PRONOUNS = Lexicon.phrases("speaker-honorific-pronouns-ar.txt");
    /** Relatives and representatives (والدة، شقيق، محامي…): right before a name, the name is theirs to speak for. */
    static final Set<String> RELATIVES_OF = Lexicon.phrases("speaker-relatives-of-ar.txt");
    /** Where the words were said (عبر، نشرته، نقلته…): a name after one is the medium, no subject. */
    static final Set<String> MEDIUM_WORDS = Lexicon.phrases("speaker-medium-words-ar.txt");
    /** Prepositions before an outlet's head noun that make it the medium (في إذاعة، على قناة، عبر شاشة). */
    static final Set<String> MEDIUM_PREPOSITIONS = Lexicon.phrases("speaker-medium-prepositions-ar.txt");
    /** Nouns of an occasion where words were said (قمة، اجتماع، ختام، هامش), folded. */
    static final Set<String> OCCASION_WORDS = Lexicon.phrases("speaker-occasion-words-ar.txt");
    /** Prepositions of place or time before an occasion noun (في، خلال، على، عقب), folded. */
    static final Set<String> OCCASION_PREPOSITIONS = Lexicon.phrases("speaker-occasion-prepositions-ar.txt");
    /** Outlets' head nouns that after one of those prepositions are the medium (قناة، إذاعة، صحيفة; not وكالة). */
    static final Set<String> MEDIUM_OUTLETS = Lexicon.phrases("speaker-medium-outlets-ar.txt");
    /** Prepositions of a circumstance that, right after the verb, open a phrase before any subject (وأضاف خلال جلسة …). */
    static final Set<String> CIRCUMSTANCE_OPENERS = Lexicon.phrases("speaker-circumstance-openers-ar.txt");
    /** Words joining a named body to an unnamed source (ومنهم، بينهم، و). */
    static final Set<String> BESIDE_UNNAMED = Lexicon.phrases("speaker-beside-unnamed-ar.txt");
    /** Quantifiers before a group's noun (عدد من، إحدى، بعض): the group speaks through them. */
    static final Set<String> QUANTIFIERS = Lexicon.phrases("speaker-quantifiers-ar.txt");
    /** كان and its forms opening a clause whose subject comes before the speech verb (وكان فلان قال). */
    static final Set<String> KANA = Lexicon.phrases("speaker-kana-ar.txt");
    /** Words that open another clause between كان and the speech verb (بعدما، أن، الذي). */
    static final Set<String> KANA_STOPS = Lexicon.phrases("speaker-kana-stops-ar.txt");

    /**
     * Participles of allegiance and what follows them, at the end of a name (المؤيد للأكراد); matched on the name as
     * written, so the words are read unfolded.
     */
    static final Pattern ALLEGIANCE_DESCRIPTOR = Pattern.compile("\\s(?:ال)?(?:"
            + String.join("|", ResourceLines.read(Lexicon.BASE + "speaker-allegiance-words-ar.txt").stream().sorted().toList())
            + ")[ةه]?\\s.*$");

    /** The media and group nouns before a short name in marks (وكاله "…"، تنظيم "…"), folded; the file read once. */
    private static final Set<String> QUOTED_NAME_HEAD_WORDS = Lexicon.phrases("speaker-quoted-name-heads-ar.txt");

    /** {@link #QUOTED_NAME_HEAD_WORDS} as a regex group. */
    static final String QUOTED_NAME_HEADS = String.join("|", QUOTED_NAME_HEAD_WORDS.stream().sorted().toList());

    /** The media nouns among those, and political bodies' nouns (تيار، كتلة): they stay in the name. */
    static final String QUOTED_NAME_MEDIA_HEADS = String.join("|", java.util.stream.Stream.concat(MEDIA_HEADS.stream(),
                    Lexicon.phrases("speaker-quoted-name-kept-heads-ar.txt").stream())
            .filter(w -> !w.contains(" ") && QUOTED_NAME_HEAD_WORDS.contains(w)).sorted().distinct().toList());

    private SpeakerWords() {
    }

    /** A run of letters: a word (as QuoteText.LETTERS, which this class may not use: QuoteText reads these lists). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * The first word of the title some words open with (رئيس of رئيس وزراء اليونان, وزير of وزير المالية اليوناني, مدير
     * of مدير عام الإدارة), a title of one word or two, or null when they open with none. With {@code article} "ال", an
     * indefinite title: a word without the article whose form with it is a title (متحدث of أعلن متحدث باسم مصلحة السجون).
     */
    static String titleWord(String foldedWords, String article) {
        java.util.regex.Matcher m = WORD.matcher(foldedWords);
        if (!m.find() || !article.isEmpty() && m.group().startsWith("ال")) {
            return null;
        }
        String first = m.group();
        return Lexicon.SPEAKER_TITLES.contains(article + first)
                || m.find() && Lexicon.SPEAKER_TITLES.contains(article + first + " " + m.group()) ? first : null;
    }
}
