package dev.marsad.extract;

/**
 * The words that carry an organisation's name on after its head noun: words with the article (وزارة <b>الداخلية</b>،
 * المنظمة <b>العالمية</b>) and a complement with the preposition ل (المنظمة العالمية <b>للأرصاد الجوية</b>، الاتحاد
 * الدولي <b>لكرة القدم</b>، مجلس التعاون <b>لدول الخليج العربية</b>), which news writes as part of the name. Read by
 * the organisation pattern and by span growth, so that a name the tagger cut short and one the rules found end alike.
 * Thread-safe (stateless).
 */
final class OrganizationTail {
    /** Most words of a ل complement: the ل word and up to two words with the article after it. */
    private static final int MOST_COMPLEMENT_WORDS = 3;

    private OrganizationTail() {
    }

    /**
     * Whether word {@code j} continues a name: written with the article (ال، وال، لل as written), not a word that
     * ends names ({@code organization-chain-stops-ar.txt}: الذي، التابعة، الجديدة), and not و + a head noun or a
     * title, which opens a second body or person (منظمة التحرير الفلسطينية <b>والحكومة</b> الإسرائيلية).
     */
    static boolean continuesName(Words w, int j) {
        if (j >= w.size() || !w.isWord(j) || !hasArticle(w.tokens().get(j).text())) {
            return false;
        }
        String folded = w.folded().get(j);
        if (Lexicon.ORGANIZATION_CHAIN_STOPS.contains(folded)) {
            return false;
        }
        if (folded.startsWith("وال")) {
            // والتي، والذي: a relative clause after the name, as without و.
            String rest = folded.substring(1);
            return !Lexicon.ORGANIZATION_HEADS.contains(rest) && !Lexicon.TITLES.contains(rest)
                    && !Lexicon.ORGANIZATION_CHAIN_STOPS.contains(rest);
        }
        return true;
    }

    /**
     * The end (exclusive word index) of a complement with ل opening at word {@code j}, or {@code j} when none opens
     * there: لل + a noun (للأرصاد، للتنمية) and the words with the article after it (الجوية); or ل + a noun without the
     * article in construct with a word with the article (لكرة القدم، لحقوق الإنسان، لدول الخليج). A ل word whose noun
     * opens with ت or an alef (لتعزيز، لاتخاذ، لإصدار) is the verbal noun of a purpose (دعا مجلس الأمن لاتخاذ
     * الإجراءات), not a name's complement.
     */
    static int complementEnd(Words w, int j) {
        if (j >= w.size() || !w.isWord(j)) {
            return j;
        }
        String raw = w.tokens().get(j).text();
        String folded = w.folded().get(j);
        int end;
        if (raw.startsWith("\u0644\u0644") && folded.length() >= 5) {
            if (Lexicon.ORGANIZATION_CHAIN_STOPS.contains("ال" + folded.substring(2))) {
                return j;
            }
            end = j + 1;
        } else if (raw.startsWith("\u0644") && folded.length() >= 4 && "تاآأإ".indexOf(raw.charAt(1)) < 0
                && continuesName(w, j + 1) && onlySpaceBefore(w, j + 1)
                && !w.tokens().get(j + 1).text().startsWith("\u0644\u0644")) {
            end = j + 2;
        } else {
            return j;
        }
        // A title after the complement opens a person (مدينة الملك عبدالعزيز للعلوم والتقنية الأمير تركي), however adjective-shaped.
        while (end < w.size() && end - j < MOST_COMPLEMENT_WORDS && continuesName(w, end) && adjectiveShaped(w.folded().get(end))
                && !Lexicon.NAMESAKE_TITLES.contains(w.folded().get(end))
                && !w.tokens().get(end).text().startsWith("\u0644\u0644") && onlySpaceBefore(w, end)) {
            end++;
        }
        return end;
    }

    /**
     * Whether a word with the article after the complement can be its adjective or a second noun joined by و
     * (folded): a relation or feminine ending (الجوية، المدني، المتحدة), a participle (المستقل), the adjective
     * patterns فعيل and أفعل (السريع، الأعلى), or و first (والدراسات). A plural noun there (وقدرت المؤسسة الوطنية للنفط
     * الخسائر المالية) is the verb's object, not part of the name.
     */
    private static boolean adjectiveShaped(String folded) {
        return folded.startsWith("وال") || folded.endsWith("ي") || folded.endsWith("ه") || folded.startsWith("الم")
                || folded.length() == 6 && (folded.charAt(4) == 'ي' || folded.charAt(2) == 'ا');
    }

    /** Whether only spaces stand between word {@code j - 1} and word {@code j} (no punctuation between them). */
    static boolean onlySpaceBefore(Words w, int j) {
        int gap = w.tokens().get(j).start() - w.tokens().get(j - 1).end();
        return gap >= 1 && gap <= 2;
    }

    /**
     * The article as written (ال، وال، لل), not as folded: folding makes أ an ا, and a verb such as ألغت would pass
     * for a word with the article (الخطوط الجوية القطرية <b>ألغت</b> رحلاتها).
     */
    static boolean hasArticle(String raw) {
        return raw.startsWith("\u0627\u0644") || raw.startsWith("\u0648\u0627\u0644") || raw.startsWith("\u0644\u0644");
    }
}
