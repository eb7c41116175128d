package dev.marsad.extract;

import static dev.marsad.extract.SpeakerNameCleaner.bare;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.List;

/**
 * A person named by a compound surname alone (عبد العاطي) → the fuller name the article gave that person (بدر عبد
 * العاطي). Split from {@link PersonNameChain}; stateless.
 */
final class CompoundSurnames {
    /** إن/أن and their forms with ب/ل/ف written on, folded: never a name word. */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("ان", "بان", "لان", "فان", "وان", "انه", "انها", "بانه", "بانها");

    private CompoundSurnames() {
    }

    /**
     * A person's name of two to four words → the one longer person's name in the article that ends with those words,
     * the words before them first names (عبد العاطي → بدر عبد العاطي; not after a place or title): news writes the
     * full name once, then a compound surname alone. Unchanged when two different longer names end with it.
     * {@code written}: an entity's name as the article writes it; {@code firstName}: whether a folded word may be a
     * first name.
     */
    static String fullerEnding(List<Entity> entities, java.util.function.Function<Entity, String> written,
                               java.util.function.Predicate<String> firstName, String name) {
        return theOneLongerName(entities, written, name, 2, 4, (words, longer, foreign) -> {
            int extra = longer.length - words.length;
            if (extra < 1 || extra > 5 || !endsWith(longer, words)) {
                return false;
            }
            // بان كي مون → كي مون: an East Asian family name of a syllable written first, dropped as news drops it.
            boolean familyFirst = extra == 1 && words.length == 2 && longer[0].length() <= 3 && !longer[0].startsWith("ال");
            return givenNames(java.util.Arrays.copyOf(longer, extra), w -> (firstName.test(w) || foreign.contains(w) || familyFirst)
                    && !Lexicon.LOCATIONS.contains(w) && !Lexicon.SPEAKER_TITLES.contains(w) && !Lexicon.isNationality(w));
        });
    }

    /**
     * Whether {@code words} are what stands before a surname in a full name: one or two given names (بدر، محمد علي),
     * or a given name and up to two fathers' names joined by بن/ابن/بنت (إبراهيم بن محمد … الجار الله, ابنة
     * included: news writes the lineage once, then the surname alone).
     */
    private static boolean givenNames(String[] words, java.util.function.Predicate<String> given) {
        boolean lineage = false;
        int names = 0;
        for (int i = 0; i < words.length; i++) {
            if (LINEAGE.contains(words[i])) {
                if (i == 0 || i == words.length - 1 || LINEAGE.contains(words[i - 1])) {
                    return false;
                }
                lineage = true;
            } else if (given.test(words[i])) {
                names++;
            } else {
                return false;
            }
        }
        return lineage ? names <= 3 : names <= 2;
    }

    /**
     * A person's name of two or three words → the one person's name in the article, longer by one word, that opens
     * with those words (نعيم الرحمن → نعيم الرحمن زكريا): news gives the full name once, then the first two words of
     * it, which the tagger may keep as another person. Unchanged when two different longer names open with it, or
     * when the word added is no name word (a title, a speech verb, إن/أن, a word with the article but a relation
     * surname such as العنزي), a place or a nationality.
     */
    static String fullerOpening(List<Entity> entities, java.util.function.Function<Entity, String> written, String name) {
        return theOneLongerName(entities, written, name, 2, 3, (words, longer, foreign) -> {
            int extra = longer.length - words.length;
            if (extra < 1 || extra > 2 || !java.util.Arrays.equals(longer, 0, words.length, words, 0, words.length)) {
                return false;
            }
            if (extra == 2) {
                // محمد بن زايد → محمد بن زايد آل نهيان: the family, آل and its name, after a given name and lineage.
                return longer[words.length].equals("ال") && familyName(longer[words.length + 1]);
            }
            String added = longer[words.length];
            // رجب طيب أردوغان التصعيد, ويندسور جون بأن: a span the tagger ran on past the name adds no name word.
            // A surname with the article is a relation name (العنزي، القحطاني), not a noun the span ran into (التصعيد);
            // so is any word with the article after a lineage (زيد بن رعد → زيد بن رعد الحسين), which a noun is not.
            boolean surname = added.startsWith("ال") && added.length() >= 5 && SpeakerNameParts.isBareNameWord(added.substring(2))
                    && (added.endsWith("ي") || hasLineage(words) && familyName(added));
            return (SpeakerNameParts.isBareNameWord(added) || surname) && !CLAUSE_WORDS.contains(added)
                    && !Lexicon.LOCATIONS.contains(added) && !Lexicon.isNationality(added);
        });
    }

    /** Whether a lineage word stands between the name's first and last word (زيد بن رعد). */
    private static boolean hasLineage(String[] words) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (LINEAGE.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** A folded word that may be a family's name after a person's name: a name word, with or without the article. */
    private static boolean familyName(String folded) {
        String bare = folded.startsWith("ال") && folded.length() >= 5 ? folded.substring(2) : folded;
        return bare.length() >= 3 && SpeakerNameParts.isBareNameWord(bare) && !CLAUSE_WORDS.contains(folded)
                && !Lexicon.LOCATIONS.contains(folded) && !Lexicon.isNationality(folded) && !Lexicon.SPEAKER_TITLES.contains(folded)
                && !Lexicon.SPEAKER_TITLES.contains(bare) && !Lexicon.SPEAKER_HEADS.contains(folded)
                && !Lexicon.UNNAMED_SPEAKERS.contains(bare) && SpeakerNameCleaner.withoutTrailingTime(folded).equals(folded);
    }

    /**
     * The one person's name in the article that {@code fits} {@code name} (both folded, split into words), as the
     * article writes it; {@code name} itself when none fits, when two different names fit, or when {@code name} has
     * fewer than {@code minWords} or more than {@code maxWords} words.
     */
    private static String theOneLongerName(List<Entity> entities, java.util.function.Function<Entity, String> written,
                                           String name, int minWords, int maxWords, Fit fits) {
        String folded = ArabicNormalizer.fold(name.strip());
        int count = folded.split("\\s+").length;
        if (count < minWords || count > maxWords) {
            return name;
        }
        String[] words = joined(folded).split("\\s+");
        String found = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String full = written.apply(e).strip();
            if (full.indexOf('\n') >= 0) {
                continue; // a span across a line break runs a heading's name into the next paragraph's first word
            }
            if (!fits.test(words, joined(ArabicNormalizer.fold(full)).split("\\s+"), foreignGivenNames(full))) {
                continue;
            }
            if (found != null && !ArabicNormalizer.fold(found).equals(ArabicNormalizer.fold(full))) {
                return name;
            }
            found = full;
        }
        return found != null ? found : name;
    }

    /** Whether a longer name fits a name; both folded and split, with the longer name's foreign given names. */
    @FunctionalInterface
    private interface Fit {
        boolean test(String[] words, String[] longer, java.util.Set<String> foreign);
    }

    /**
     * The words of a name written with أل or إل (ألبرت، إلياس), folded: the article is written with a bare alef,
     * so such a word is a name that begins with those letters (a foreign given name), not a noun with the article.
     */
    private static java.util.Set<String> foreignGivenNames(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : name.split("\\s+")) {
            if (w.length() >= 4 && (w.startsWith("أل") || w.startsWith("إل"))) {
                out.add(ArabicNormalizer.fold(w));
            }
        }
        return out;
    }

    /** عبد الغفار and أبو بكر written as one word each (عبدالغفار، ابوبكر), as outlets write them either way; folded. */
    static String joined(String folded) {
        return COMPOUND_SPACE.matcher(folded).replaceAll("$1");
    }

    private static final java.util.regex.Pattern COMPOUND_SPACE = java.util.regex.Pattern.compile("(?<![\\p{L}])(عبد|ابو) +(?=\\p{L})");

    /** بن، ابن، بنت, folded: son or daughter of, between a given name and a father's. */
    private static final java.util.Set<String> LINEAGE = java.util.Set.of("بن", "ابن", "بنت");

    private static boolean endsWith(String[] longer, String[] tail) {
        for (int i = 1; i <= tail.length; i++) {
            String a = longer[longer.length - i];
            String b = tail[tail.length - i];
            if (!a.equals(b) && !(i == 1 && bare(a).equals(bare(b)))) {
                return false;
            }
        }
        return true;
    }
}
