package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.ResourceLines;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word lists of this package, folded for matching, loaded once. Thread-safe. */
final class Lexicon {
    static final String BASE = "/dev/marsad/extract/";
    static final Set<String> TITLES = phrases("titles-ar.txt");
    static final Set<String> VERBS = phrases("attribution-verbs-ar.txt");
    /** Speech verbs of quotation finding: attribution-verbs-ar.txt and speech-verbs-ar.txt. */
    static final Set<String> SPEECH_VERBS = union(VERBS, phrases("speech-verbs-ar.txt"));
    static final Set<String> STOPWORDS = phrases("name-stopwords-ar.txt");
    static final Set<String> ORGANIZATIONS = phrases("organizations-ar.txt");
    static final Set<String> LOCATIONS = phrases("locations-ar.txt");
    /** Titles that stand before a person's name and that institutions are named with (الملك، الأمير، الشيخ). */
    static final Set<String> NAMESAKE_TITLES = phrases("namesake-titles-ar.txt");
    /** Bodies that speak without a proper name (الشرطة، المعارضة). */
    static final Set<String> SPEAKING_BODIES = phrases("speaking-bodies-ar.txt");
    /** Nouns for speakers the article does not name (مصدر، مسؤولون، مراسل). */
    static final Set<String> UNNAMED_SPEAKERS = phrases("unnamed-speakers-ar.txt");
    /** Figures cited after بحسب / وفق (بيانات، أرقام): no one speaks there. */
    static final Set<String> CITED_DATA = phrases("cited-data-ar.txt");
    /** Who statements are made to (الصحافيين): never a speaker. */
    static final Set<String> AUDIENCES = phrases("audiences-ar.txt");
    /**
     * Organisation head nouns with the article (الوزارة، المنظمة، الهيئة): alone they refer back to an organisation
     * named before, and they never open a person's name.
     */
    static final Set<String> ORGANIZATION_HEADS = withArticle(ResourceLines.read(BASE + "organization-heads-ar.txt"));
    /**
     * Head nouns speaker resolution reads as opening an organisation's name: the above and more (المرصد، الدائرة،
     * الجهاز…), kept apart so that the name finder's output does not move with them.
     */
    static final Set<String> SPEAKER_HEADS = union(ORGANIZATION_HEADS,
            withArticle(ResourceLines.read(BASE + "speaker-heads-ar.txt")));
    /** Heads that name a part or organ of the body whose name follows (مفوضية الأمم المتحدة), folded. */
    static final Set<String> BODY_PART_HEADS = phrases("body-part-heads-ar.txt");
    /** Titles speaker resolution reads: titles-ar.txt and speaker-titles-ar.txt. */
    static final Set<String> SPEAKER_TITLES = union(TITLES, phrases("speaker-titles-ar.txt"));
    /** Head nouns that open an organisation's name in the rule name finder (وزاره، وكاله…); folded. */
    static final Set<String> ORG_PATTERN_HEADS = words("org-pattern-heads-ar.txt");
    /**
     * Words that end an organisation's name where a word with the article would otherwise continue it (الذي،
     * التابعة، الجديدة); folded.
     */
    static final Set<String> ORGANIZATION_CHAIN_STOPS = phrases("organization-chain-stops-ar.txt");
    /** Nouns saying what kind of body the name after them is (وكالة، حركة، نادي); folded. */
    static final Set<String> ORGANIZATION_DESCRIPTORS = phrases("organization-descriptors-ar.txt");
    /** Of those, the nouns after which one word with the article is the body's name (نادي الشباب); folded. */
    static final Set<String> ORGANIZATION_DESCRIPTORS_DEFINITE = phrases("organization-descriptors-definite-ar.txt");
    /** Connectors inside personal names (عبد، ابو، بن…); folded. */
    static final Set<String> NAME_CONNECTORS = words("name-connectors-ar.txt");
    /** Words between a title and a name that are neither (انذاك، السابق…); folded. */
    static final Set<String> TITLE_ADVERBS = words("title-adverbs-ar.txt");
    /** Idafa complements right after a title (خارجيه، دفاع…): وزير خارجية كوريا الجنوبية; folded. */
    static final Set<String> TITLE_COMPLEMENTS = words("title-complements-ar.txt");
    /** Words at which a name ends, besides punctuation and attribution verbs (ان، في، قائلا…); folded. */
    static final Set<String> NAME_END_WORDS = words("name-end-words-ar.txt");
    /** Words opening a description after a person's name (الملقب، المعروف، الشهير), never part of it. */
    static final Set<String> NAME_DESCRIPTOR_WORDS = phrases("name-descriptor-words-ar.txt");
    /** Words after which a bare four-digit number is a year (في، منذ، اواخر…); folded. */
    static final Set<String> YEAR_PREPOSITIONS = words("year-prepositions-ar.txt");
    /** Detached personal pronouns (انا، نحن، هو…), which open no name; folded. */
    static final Set<String> PERSONAL_PRONOUNS = words("personal-pronouns-ar.txt");
    /** Latin letters spelt out in Arabic (سي، إن، بي), folded: words in marks made only of them are an acronym. */
    static final Set<String> LATIN_LETTER_NAMES = phrases("latin-letter-names-ar.txt");
    /** News agencies and outlets the tagger takes for persons (سبوتنيك، شينخوا); folded. */
    static final Set<String> NEWS_AGENCIES = phrases("news-agencies-ar.txt");
    /** Head nouns of named things: storms, viruses, vaccines, missiles, weapons (عاصفة، صاروخ); folded. */
    static final Set<String> NAMED_THING_HEADS = phrases("named-thing-heads-ar.txt");
    static final int LONGEST_PHRASE = 5;
    /** First words of every title, organisation and place phrase: a word not here starts none of them. */
    static final Set<String> FIRST_WORDS = firstWords();

    private Lexicon() {
    }

    private static Set<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

/** The entries of a list written folded, as they are. */
    static Set<String> words(String file) {
        return Set.copyOf(ResourceLines.read(BASE + file));
    }

    /** Each word with the article, folded: وزارة → الوزاره. */
    private static Set<String> withArticle(List<String> words) {
        return Set.copyOf(words.stream().map(w -> fold("ال" + w)).toList());
    }

    static Set<String> phrases(String file) {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.read(BASE + file)) {
            out.add(fold(line));
        }
        return Set.copyOf(out);
    }

    private static Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (Set<String> phrases : List.of(TITLES, ORGANIZATIONS, LOCATIONS)) {
            for (String p : phrases) {
                String first = p.split(" ")[0];
                out.add(first);
                if (first.length() > 2 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
                    out.add(first.substring(1));
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Rules out most words before the set look-ups below (asked for nearly every word of every article). */
    private static final dev.marsad.text.WordFilter FIRST_WORD_FILTER = dev.marsad.text.WordFilter.of(FIRST_WORDS);

    /** True when a phrase of this package's lists may start with the folded word (or it minus a conjunction). */
    static boolean mayStartPhrase(String folded) {
        int n = folded.length();
        return (FIRST_WORD_FILTER.mayContainTail(folded, 0) && FIRST_WORDS.contains(folded))
                || (n > 2 && "وفبلك".indexOf(folded.charAt(0)) >= 0 && FIRST_WORD_FILTER.mayContainTail(folded, 1)
                        && FIRST_WORDS.contains(folded.substring(1)))
                || (n > 2 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') && folded.charAt(1) == 'ل'
                        && FIRST_WORD_FILTER.mayContainTail(folded, 2) && FIRST_WORDS.contains(folded.substring(2)));
    }

    /**
     * Whether a folded word is a nationality adjective of a listed place: the place name with ي or يه (روسي ←
     * روسيا، مصري ← مصر، صينية ← الصين، ألماني ← ألمانيا), with or without the article.
     */
    static boolean isNationality(String folded) {
        // ألماني folds to الماني: the article may be the word's own letters, so both readings are tried.
        for (String w : folded.startsWith("ال") ? List.of(folded, folded.substring(2)) : List.of(folded)) {
            String stem = w.endsWith("يه") ? w.substring(0, w.length() - 2) : w.endsWith("ي") ? w.substring(0, w.length() - 1) : "";
            if (stem.length() < 2) {
                continue;
            }
            for (String place : List.of(stem, "ال" + stem, stem + "ا", stem + "يا", "ال" + stem + "ا")) {
                if (LOCATIONS.contains(place)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Folded, lower-cased, single-spaced. */
    static String fold(String s) {
        return String.join(" ", List.of(ArabicNormalizer.fold(s).toLowerCase(Locale.ROOT).strip().split("\\s+")));
    }

    private static final dev.marsad.text.WordFilter VERB_FILTER = dev.marsad.text.WordFilter.of(VERBS);

    private static final dev.marsad.text.WordFilter SPEECH_VERB_FILTER = dev.marsad.text.WordFilter.of(SPEECH_VERBS);

    /** {@link #isSpeechVerb(String)} of {@code s[start, end)}, ruling out most words before cutting them out. */
    static boolean isSpeechVerb(String s, int start, int end) {
        boolean candidate = SPEECH_VERB_FILTER.mayContain(s, start, end) || (end - start > 3 && (s.charAt(start) == 'و'
                || s.charAt(start) == 'ف') && SPEECH_VERB_FILTER.mayContain(s, start + 1, end));
        return candidate && isSpeechVerb(s.substring(start, end));
    }

    /** True for a folded word that is a speech verb of quotation finding, with or without a leading و or ف. */
    static boolean isSpeechVerb(String folded) {
        return (SPEECH_VERB_FILTER.mayContainTail(folded, 0) && SPEECH_VERBS.contains(folded))
                || (folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')
                        && SPEECH_VERB_FILTER.mayContainTail(folded, 1) && SPEECH_VERBS.contains(folded.substring(1)));
    }

    /** {@link #isVerb(String)} of {@code s[start, end)}, ruling out most words before cutting them out. */
    static boolean isVerb(String s, int start, int end) {
        boolean candidate = VERB_FILTER.mayContain(s, start, end) || (end - start > 3 && (s.charAt(start) == 'و'
                || s.charAt(start) == 'ف') && VERB_FILTER.mayContain(s, start + 1, end));
        return candidate && isVerb(s.substring(start, end));
    }

    /** True for a folded word that is an attribution verb, with or without a leading و or ف. */
    static boolean isVerb(String folded) {
        // Asked of nearly every word; the filter spares most of them the set's probing and the cut-out copy.
        return (VERB_FILTER.mayContainTail(folded, 0) && VERBS.contains(folded))
                || (folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')
                        && VERB_FILTER.mayContainTail(folded, 1) && VERBS.contains(folded.substring(1)));
    }
}
