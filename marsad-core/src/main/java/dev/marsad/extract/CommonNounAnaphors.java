package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A common noun introduced without the article and taken up again with it: زار الوزير قاعدة حميميم ... وتفقد مدرج
 * <b>القاعدة</b> (the base), في مدينة درعا ... داخل <b>المدينة</b> (the city). The tagger's lists know the definite word
 * as a name (القاعدة al-Qaeda, المدينة Medina) and give it their key, so two different things would share it. A
 * one-word organisation or place with the article whose form without the article is a common word (one the
 * training text uses often and never inside a name) and occurs earlier in the article, before any occurrence of the
 * definite form itself, refers back to that noun and is not reported. Where the article names al-Qaeda first
 * (تنظيم القاعدة ... قاعدة عسكرية ... القاعدة) the definite form came first and stays. The common-word test keeps
 * names whose first word is a name without the article (ريال مدريد ... الريال، شام شريف ... الشام).
 * One per article; not thread-safe (answers are kept per word asked about).
 */
final class CommonNounAnaphors {
    private final Words words;
    private final Predicate<String> isCommonWord;
    /** Per definite word asked about, the first indices of its indefinite and definite forms; filled on demand. */
    private final Map<String, int[]> firstIndices = new HashMap<>();

    /**
     * @param words        the article's words
     * @param isCommonWord whether a folded word is common and never inside a name (the model's test)
     */
    CommonNounAnaphors(Words words, Predicate<String> isCommonWord) {
        this.words = words;
        this.isCommonWord = isCommonWord;
    }

    /** Whether the span is a definite common noun taking up an indefinite one met before it. */
    boolean refersBack(String text, NameSpan s) {
        if (s.type() != EntityType.ORGANIZATION && s.type() != EntityType.LOCATION) {
            return false;
        }
        String name = WordSpans.foldedName(text, s);
        if (name.indexOf(' ') >= 0 || !name.startsWith("ال") || name.length() < 5) {
            return false;
        }
        String bare = name.substring(2);
        if (!isCommonWord.test(bare)) {
            return false;
        }
        int at = words.tokenAt(s.start());
        if (at < 0) {
            return false;
        }
        int[] first = firstIndices.computeIfAbsent(name, this::firstIndices);
        return first[0] < at && first[0] < first[1];
    }

    /**
     * The first index of the word without the article (alone, or after a one-letter particle: بقاعدة) and of the
     * word with it (any proclitics: للقاعدة، بالقاعدة), each {@link Integer#MAX_VALUE} when absent. One pass over the
     * article per word asked about, which few are (the common-word test comes first).
     */
    private int[] firstIndices(String definite) {
        String indefinite = definite.substring(2);
        int[] first = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (int i = 0; i < words.size() && (first[0] == Integer.MAX_VALUE || first[1] == Integer.MAX_VALUE); i++) {
            if (!words.isWord(i)) {
                continue;
            }
            String bare = words.bare().get(i);
            if (first[1] == Integer.MAX_VALUE && bare.equals(definite)) {
                first[1] = i;
            } else if (first[0] == Integer.MAX_VALUE && (bare.equals(indefinite)
                    || words.withoutFirstLetter(i).map(indefinite::equals).orElse(false))) {
                first[0] = i;
            }
        }
        return first;
    }
}
