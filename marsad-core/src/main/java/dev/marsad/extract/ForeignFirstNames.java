package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import dev.marsad.text.ResourceLines;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Foreign first names the 2007 training text never met ({@code foreign-first-names-ar.txt}): the tagger misses a new
 * name whole (تعيين جينا هاسبل) or keeps only its surname (لمايك بومبيو → بومبيو), and every later mention of the
 * surname alone is then missed too. A listed first name, after its proclitics, right before a name word (no article,
 * no function word, title or verb; {@link PersonRules#isNameWord}; not ending in ة, the shape of an everyday noun
 * such as مرر كارلوس <b>رمية</b> تماس and rare in a foreign surname) opens a person of those two words; the extract
 * stage drops it when the second word is one the model knows as common. Thread-safe (stateless but for the list).
 */
final class ForeignFirstNames {
    private static final Set<String> NAMES = ResourceLines.read("/dev/marsad/extract/foreign-first-names-ar.txt").stream()
            .map(Lexicon::fold).collect(Collectors.toUnmodifiableSet());

    private ForeignFirstNames() {
    }

    /** Whether a folded word, without proclitics, is a listed foreign first name. */
    static boolean isListed(String bare) {
        return NAMES.contains(bare);
    }

    /** A person opening with the listed first name at word {@code i} (or after its one-letter proclitic): the words taken, 0 if none. */
    static int personAt(Words w, int i, List<NameSpan> out) {
        boolean listed = NAMES.contains(w.bare().get(i));
        boolean afterLetter = !listed && w.withoutFirstLetter(i).map(NAMES::contains).orElse(false);
        if (!listed && !afterLetter || i + 1 >= w.size() || !OrganizationTail.onlySpaceBefore(w, i + 1)
                || !PersonRules.isNameWord(w, i + 1) || NAMES.contains(w.bare().get(i + 1))
                || w.tokens().get(i + 1).text().endsWith("\u0629")
                || Gazetteers.startsGazetteerPhrase(w, i + 1)) {
            return 0;
        }
        NameSpan s = WordSpans.of(w, i, i + 2, EntityType.PERSON);
        out.add(afterLetter ? new NameSpan(w.tokens().get(i).start() + 1, s.end(), s.type(), s.score()) : s);
        return 2;
    }
}
