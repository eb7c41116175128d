package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;

/**
 * Names of things that are neither persons nor places: storms (العاصفة <b>دانيال</b>، الإعصار <b>إيان</b>), viruses
 * and vaccines (المتحور <b>أوميكرون</b>، لقاح <b>سبوتنيك</b>), missiles and weapons (صاروخ <b>هواسونغ</b>، صواريخ
 * <b>كروز</b>). The tagger types them by their shape (a foreign given name, a foreign word) as persons or places; the
 * contract has no type for them (MISC), so a person or an unlisted place right after a head noun of such things
 * ({@code named-thing-heads-ar.txt}), or after that noun and one adjective of it (صاروخ باليستي ...), is not reported.
 * A listed place there is an owner or origin (صواريخ إيران) and stays. Thread-safe (stateless).
 */
final class NamedThings {
    private NamedThings() {
    }

    /** Whether the span names the thing a head noun just before it announces. */
    static boolean namesAThing(String text, NameSpan s, Words w) {
        if (s.type() != EntityType.PERSON && s.type() != EntityType.LOCATION) {
            return false;
        }
        int first = w.tokenAt(s.start());
        if (first < 1 || !w.isWord(first - 1)) {
            return false;
        }
        // صاروخ باليستي هواسونغ، العاصفة المتوسطية دانيال: one adjective between the noun and the name.
        boolean afterHead = isThingHead(w, first - 1)
                || first >= 2 && isAdjective(w.folded().get(first - 1)) && w.isWord(first - 2) && isThingHead(w, first - 2);
        return afterHead && !(s.type() == EntityType.LOCATION && Lexicon.LOCATIONS.contains(WordSpans.foldedName(text, s)));
    }

    private static boolean isThingHead(Words w, int i) {
        String bare = w.bare().get(i);
        String noArticle = bare.startsWith("ال") ? bare.substring(2) : bare;
        if (Lexicon.NAMED_THING_HEADS.contains(noArticle)) {
            return true;
        }
        // بفيروس، وصاروخ: a one-letter particle before a word without the article.
        return w.withoutFirstLetter(i).map(Lexicon.NAMED_THING_HEADS::contains).orElse(false);
    }

    /** A relation adjective (باليستي، المتوسطية), as the nouns above take them; folded. */
    private static boolean isAdjective(String folded) {
        return folded.length() >= 4 && (folded.endsWith("ي") || folded.endsWith("يه"));
    }
}
