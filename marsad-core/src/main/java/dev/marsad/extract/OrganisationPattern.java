package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;

/**
 * Organisation names by pattern: a head noun ({@code org-pattern-heads-ar.txt}: وزارة، وكالة، منظمة، حركة، حزب…)
 * and up to four words with the article after it. Thread-safe (stateless).
 */
final class OrganisationPattern {
    private static final java.util.Set<String> ORG_HEADS = Lexicon.ORG_PATTERN_HEADS;
    /** Asked of every word; rules out nearly all before the set's probing (the word's hash is cached). */
    private static final dev.marsad.text.WordFilter ORG_HEAD_FILTER = dev.marsad.text.WordFilter.of(ORG_HEADS);

    private OrganisationPattern() {
    }

    static int organisationPattern(Words w, int i, List<NameSpan> out) {
        String bare = w.bare().get(i);
        boolean whole = false;
        if (!ORG_HEAD_FILTER.mayContainTail(bare, 0) || !ORG_HEADS.contains(bare)) {
            // وكالة، وزارة: a head noun whose first letter looks like the conjunction و.
            String folded = w.folded().get(i);
            if (folded.equals(bare) || !ORG_HEADS.contains(folded)) {
                return 0;
            }
            whole = true;
        }
        int j = i + 1;
        while (j < w.size() && j - i <= 4 && w.isWord(j) && hasArticle(w.tokens().get(j).text())) {
            j++;
        }
        if (j - i < 2) {
            return 0;
        }
        NameSpan s = WordSpans.of(w, i, j, EntityType.ORGANIZATION);
        out.add(whole ? new NameSpan(w.tokens().get(i).start(), s.end(), s.type(), s.score()) : s);
        return j - i;
    }

    /**
     * The article as written (ال، وال، لل), not as folded: folding makes أ an ا, and a verb such as ألغت would pass
     * for a word with the article (الخطوط الجوية القطرية <b>ألغت</b> رحلاتها).
     */
    private static boolean hasArticle(String raw) {
        return raw.startsWith("\u0627\u0644") || raw.startsWith("\u0648\u0627\u0644") || raw.startsWith("\u0644\u0644");
    }
}
