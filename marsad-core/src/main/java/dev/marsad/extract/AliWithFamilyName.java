package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;

/**
 * The given name علي before a family name with the article (الناشط علي النعيمي، رئيس بلدية عرسال، علي الحجيري،). Folding
 * writes the preposition على as علي, so every word list and the tagger read the name as a function word (and the 2007
 * training text, which often spells the preposition with ي, taught the tagger so too). Written as it is here, with ي,
 * and followed by a family name of relation (ال… ending in ي, not ى), it is the name: the preposition is followed by
 * nouns (على الأرض، علي الصعيد), and where the writer spells it علي before such a word, by a nationality (فاز على
 * الإسباني) or a common word (علي التوالي), which stay out. Hand-written: it is the writing, not a list, that tells
 * them apart. Thread-safe (stateless).
 */
final class AliWithFamilyName {
    private static final String ALI = "علي";
    /** Nouns and adjectives ending in ي that follow على as the writer spells it علي (folded). */
    private static final java.util.Set<String> AFTER_PREPOSITION = java.util.Set.of(
            "التوالي", "المستوي", "الماضي", "الحالي", "الجاري", "التالي", "الفوري", "الكرسي", "الراي", "الوعي", "السعي");

    private AliWithFamilyName() {
    }

    /**
     * Whether علي is a middle name: a bare word before it that is no title, verb or function word is the given name
     * (محمد علي الحوثي), whose whole name the tagger reads; an article (للناشط علي), a verb (وقال علي) or punctuation
     * (عرسال، علي) before it opens the name here.
     */
    private static boolean middleName(Words w, int i) {
        if (i == 0 || !w.isWord(i - 1)) {
            return false;
        }
        String before = w.folded().get(i - 1);
        boolean article = before.startsWith("ال") || before.startsWith("وال") || before.startsWith("لل") || before.startsWith("بال");
        return !article && !Lexicon.isVerb(before) && !Lexicon.STOPWORDS.contains(before) && !Lexicon.TITLES.contains(before);
    }

    /** The span علي + family name at word {@code i}, added to {@code out}; the words taken (2), or 0. */
    static int at(Words w, int i, List<NameSpan> out) {
        if (!ALI.equals(w.tokens().get(i).text()) || !PersonRules.familyNameOfRelation(w, i + 1)
                || AFTER_PREPOSITION.contains(w.folded().get(i + 1)) || middleName(w, i)) {
            return 0;
        }
        out.add(WordSpans.of(w, i, i + 2, EntityType.PERSON));
        return 2;
    }
}
