package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;

/**
 * Organisation names by pattern: a head noun ({@code org-pattern-heads-ar.txt}: وزارة، وكالة، منظمة، حركة، حزب…)
 * and up to four words with the article after it, then a complement with ل (مجلس التعاون <b>لدول الخليج
 * العربية</b>); or the head with the article, words with the article and a complement with ل (<b>الهيئة العامة
 * للغذاء والدواء</b>, <b>المنظمة العالمية للأرصاد الجوية</b>). {@link OrganizationTail} says which words continue
 * the name. Thread-safe (stateless).
 */
final class OrganisationPattern {
    private static final java.util.Set<String> ORG_HEADS = Lexicon.ORG_PATTERN_HEADS;
    /** Asked of every word; rules out nearly all before the set's probing (the word's hash is cached). */
    private static final dev.marsad.text.WordFilter ORG_HEAD_FILTER = dev.marsad.text.WordFilter.of(ORG_HEADS);

    /** قوات الاحتلال، مجلس الإدارة: a head and the word after it that make a generic noun, no body's name. */
    private static final java.util.Set<String> GENERIC = java.util.Set.copyOf(
            dev.marsad.text.ResourceLines.read("/dev/marsad/extract/organization-generic-phrases-ar.txt"));

    private OrganisationPattern() {
    }

    static int organisationPattern(Words w, int i, List<NameSpan> out) {
        String bare = w.bare().get(i);
        // Where the name starts in the word: after its proclitics, or at a given offset in the word.
        int offset = -1;
        String head = bare;
        if (!ORG_HEAD_FILTER.mayContainTail(bare, 0) || !ORG_HEADS.contains(bare)) {
            if (bare.startsWith("ال") && ORG_HEAD_FILTER.mayContainTail(bare, 2) && ORG_HEADS.contains(bare.substring(2))) {
                return definiteHead(w, i, out);
            }
            // وكالة، وزارة: a head noun whose first letter looks like the conjunction و; لوكالة: ل before one.
            String folded = w.folded().get(i);
            String afterLetter = HeadNouns.withoutLetter(folded);
            if (!folded.equals(bare) && ORG_HEADS.contains(folded)) {
                offset = 0;
                head = folded;
            } else if (!afterLetter.equals(folded) && afterLetter.charAt(0) == '\u0648' && ORG_HEADS.contains(afterLetter)) {
                offset = 1;
                head = afterLetter;
            } else {
                return 0;
            }
        }
        int j = i + 1;
        while (j < w.size() && j - i <= 4 && OrganizationTail.continuesName(w, j)) {
            j++;
        }
        if (j == i + 1) {
            j = afterPlaceAndAdjectives(w, i, head);
        }
        if (j - i < 2 || GENERIC.contains(head + " " + w.folded().get(i + 1))) {
            return 0;
        }
        if (j < w.size() && OrganizationTail.onlySpaceBefore(w, j)) {
            j = OrganizationTail.complementEnd(w, j);
        }
        NameSpan s = WordSpans.of(w, i, j, EntityType.ORGANIZATION);
        out.add(offset < 0 ? s : new NameSpan(w.tokens().get(i).start() + offset, s.end(), s.type(), s.score()));
        return j - i;
    }

    /**
     * The end of {@code بنك أبوظبي التجاري، مصرف أبوظبي الإسلامي، قوات سوريا الديمقراطية}: a head in construct with a
     * listed place written without the article, then one or two adjectives of relation with the article; {@code i + 1} (no name) without
     * them: the head and the place alone are as often a waterway (قناة بنما) or a phrase the tagger reads better.
     */
    private static int afterPlaceAndAdjectives(Words w, int i, String head) {
        int place = i + 1;
        if (place >= w.size() || !w.isWord(place) || !OrganizationTail.onlySpaceBefore(w, place)
                || !w.folded().get(place).equals(w.bare().get(place)) || w.folded().get(place).startsWith("ال")) {
            return i + 1;
        }
        int n = Gazetteers.placeLength(w, place);
        int k = place + n;
        while (n > 0 && k < w.size() && k - place - n < 2 && OrganizationTail.onlySpaceBefore(w, k)
                && OrganizationTail.continuesName(w, k) && relativeAdjective(w.folded().get(k))) {
            k++;
        }
        return n > 0 && k > place + n ? k : i + 1;
    }

    /**
     * An adjective of relation (التجاري، الإسلامي، الديمقراطية), as a bank or force is described after its place; a
     * noun with the article there is as often the verb's object (زار وفد من جامعة دبي المعرض).
     */
    private static boolean relativeAdjective(String folded) {
        return folded.length() >= 5 && (folded.endsWith("ي") || folded.endsWith("يه"));
    }

    /**
     * A head noun with the article (الهيئة، المنظمة، الاتحاد) names a body only when words with the article and a
     * complement with ل follow (الهيئة العامة للغذاء والدواء): without the complement it is as often a back-reference
     * or a generic body (الهيئة العامة، الحزب الحاكم), left to the tagger.
     */
    private static int definiteHead(Words w, int i, List<NameSpan> out) {
        int j = i + 1;
        while (j < w.size() && j - i <= 2 && OrganizationTail.continuesName(w, j)
                && !w.tokens().get(j).text().startsWith("\u0644\u0644")) {
            j++;
        }
        if (j - i < 2) {
            return 0;
        }
        if (j >= w.size() || !OrganizationTail.onlySpaceBefore(w, j)) {
            return 0;
        }
        int end = OrganizationTail.complementEnd(w, j);
        if (end == j) {
            return 0;
        }
        out.add(WordSpans.of(w, i, end, EntityType.ORGANIZATION));
        return end - i;
    }
}
