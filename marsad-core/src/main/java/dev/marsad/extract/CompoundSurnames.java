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
        return theOneLongerName(entities, written, name, 2, 4, (words, longer) -> {
            int extra = longer.length - words.length;
            if (extra < 1 || extra > 2 || !endsWith(longer, words)) {
                return false;
            }
            for (int i = 0; i < extra; i++) {
                if (!firstName.test(longer[i]) || Lexicon.LOCATIONS.contains(longer[i])
                        || Lexicon.SPEAKER_TITLES.contains(longer[i]) || Lexicon.isNationality(longer[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * A person's name of two or three words → the one person's name in the article, longer by one word, that opens
     * with those words (نعيم الرحمن → نعيم الرحمن زكريا): news gives the full name once, then the first two words of
     * it, which the tagger may keep as another person. Unchanged when two different longer names open with it, or
     * when the word added is no name word (a title, a speech verb, إن/أن, a word with the article but a relation
     * surname such as العنزي), a place or a nationality.
     */
    static String fullerOpening(List<Entity> entities, java.util.function.Function<Entity, String> written, String name) {
        return theOneLongerName(entities, written, name, 2, 3, (words, longer) -> {
            if (longer.length != words.length + 1 || !java.util.Arrays.equals(longer, 0, words.length, words, 0, words.length)) {
                return false;
            }
            String added = longer[words.length];
            // رجب طيب أردوغان التصعيد, ويندسور جون بأن: a span the tagger ran on past the name adds no name word.
            // A surname with the article is a relation name (العنزي، القحطاني), not a noun the span ran into (التصعيد).
            boolean surname = added.startsWith("ال") && added.endsWith("ي") && added.length() >= 5
                    && SpeakerNameParts.isBareNameWord(added.substring(2));
            return (SpeakerNameParts.isBareNameWord(added) || surname) && !CLAUSE_WORDS.contains(added)
                    && !Lexicon.LOCATIONS.contains(added) && !Lexicon.isNationality(added);
        });
    }

    /**
     * The one person's name in the article that {@code fits} {@code name} (both folded, split into words), as the
     * article writes it; {@code name} itself when none fits, when two different names fit, or when {@code name} has
     * fewer than {@code minWords} or more than {@code maxWords} words.
     */
    private static String theOneLongerName(List<Entity> entities, java.util.function.Function<Entity, String> written,
                                           String name, int minWords, int maxWords,
                                           java.util.function.BiPredicate<String[], String[]> fits) {
        String[] words = ArabicNormalizer.fold(name.strip()).split("\\s+");
        if (words.length < minWords || words.length > maxWords) {
            return name;
        }
        String found = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String full = written.apply(e).strip();
            if (!fits.test(words, ArabicNormalizer.fold(full).split("\\s+"))) {
                continue;
            }
            if (found != null && !ArabicNormalizer.fold(found).equals(ArabicNormalizer.fold(full))) {
                return name;
            }
            found = full;
        }
        return found != null ? found : name;
    }

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
