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
 * One per article; not thread-safe (the word index is built on first use).
 */
final class CommonNounAnaphors {
    private final Words words;
    private final Predicate<String> isCommonWord;
    /** Per folded clitic-free word, the index of its first occurrence; built on first use. */
    private Map<String, Integer> firstOccurrence;

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
        String name = Lexicon.fold(WordSpans.reportedName(text, s));
        if (name.indexOf(' ') >= 0 || !name.startsWith("ال") || name.length() < 5) {
            return false;
        }
        int at = words.tokenAt(s.start());
        if (at < 0) {
            return false;
        }
        String bare = name.substring(2);
        if (!isCommonWord.test(bare)) {
            return false;
        }
        Map<String, Integer> first = index();
        int indefinite = first.getOrDefault(bare, Integer.MAX_VALUE);
        int definite = first.getOrDefault(name, Integer.MAX_VALUE);
        return indefinite < at && indefinite < definite;
    }

    private Map<String, Integer> index() {
        if (firstOccurrence == null) {
            firstOccurrence = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                if (words.isWord(i)) {
                    firstOccurrence.putIfAbsent(words.bare().get(i), i);
                    int k = i;
                    // بقاعدة، وقاعدة: a one-letter particle before a word without the article.
                    words.withoutFirstLetter(i).ifPresent(f -> firstOccurrence.putIfAbsent(f, k));
                }
            }
        }
        return firstOccurrence;
    }
}
