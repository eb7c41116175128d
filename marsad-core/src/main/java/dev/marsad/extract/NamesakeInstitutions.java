package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import dev.marsad.text.ResourceLines;
import dev.marsad.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Institutions and places named after a titled person: a head noun, a title, the person's name, relational
 * adjectives and a complement with ل (<b>مدينة الملك سعود الطبية</b>، <b>مركز الملك سلمان للإغاثة والأعمال
 * الإنسانية</b>، <b>مطار الملك خالد الدولي</b>). The tagger, trained on text where the person stands alone, reads the
 * person out of the middle (سعود a PERSON, and a quote of the hospital given to «سعود الطبية»); the whole is one
 * name, of the head's type ({@code namesake-heads-ar.txt}). Written by hand: no tagger or list here knows the
 * construction, and the lists would have to hold every Gulf hospital, university and prize. Thread-safe (stateless).
 */
final class NamesakeInstitutions {
    private static final String BASE = "/dev/marsad/extract/";
    private static final Map<String, EntityType> HEADS = heads();
    /** Most name words of the person: a first name and up to two بن/آل links (الأمير محمد بن نايف بن عبدالعزيز). */
    private static final int MOST_NAME_WORDS = 5;
    /** Most relational adjectives after the name (مدينة الملك عبدالله <b>الطبية</b>، مطار الملك فهد <b>الدولي</b>). */
    private static final int MOST_ADJECTIVES = 2;

    private NamesakeInstitutions() {
    }

    /** The number of words of such a name starting at word {@code i} (added to {@code out}), 0 when none starts. */
    static int at(Words w, int i, List<NameSpan> out) {
        EntityType type = HEADS.get(w.bare().get(i));
        // لمركز، بمستشفى: a preposition written on the head (no article, so the bare form keeps it); the name starts after it.
        boolean letterBefore = false;
        if (type == null) {
            String afterLetter = HeadNouns.withoutLetter(w.folded().get(i));
            letterBefore = afterLetter.length() < w.folded().get(i).length();
            type = letterBefore ? HEADS.get(afterLetter) : null;
        }
        if (type == null || i + 2 >= w.size() || !Lexicon.NAMESAKE_TITLES.contains(w.folded().get(i + 1))
                || !OrganizationTail.onlySpaceBefore(w, i + 1)) {
            return 0;
        }
        int j = i + 2;
        // مدينة الشيخ زويد: a town whose own name opens with a title is the town, named by the gazetteer.
        if (!nameWord(w, j) || Gazetteers.placeLength(w, i + 1) > 0) {
            return 0;
        }
        j++;
        // The name goes on only through a link and the name after it (سلطان بن عبدالعزيز، الملك سعود آل سعود).
        while (j + 1 < w.size() && (j - (i + 2)) + 2 <= MOST_NAME_WORDS && Lexicon.NAME_CONNECTORS.contains(w.folded().get(j))
                && OrganizationTail.onlySpaceBefore(w, j) && nameWord(w, j + 1)) {
            j += 2;
        }
        int adjectives = 0;
        while (j < w.size() && adjectives < MOST_ADJECTIVES && OrganizationTail.onlySpaceBefore(w, j)
                && OrganizationTail.continuesName(w, j) && relational(w.folded().get(j))) {
            j++;
            adjectives++;
        }
        if (j < w.size() && OrganizationTail.onlySpaceBefore(w, j)) {
            j = OrganizationTail.complementEnd(w, j);
        }
        NameSpan span = WordSpans.of(w, i, j, type);
        out.add(letterBefore ? new NameSpan(afterFirstLetter(w.tokens().get(i)), span.end(), type, span.score()) : span);
        return j - i;
    }

    /** Where a token's text goes on after its first letter and the marks written on it (لِمركز → مركز). */
    private static int afterFirstLetter(Token token) {
        String text = token.text();
        int k = 1;
        while (k < text.length() && Character.getType(text.charAt(k)) == Character.NON_SPACING_MARK) {
            k++;
        }
        return token.start() + k;
    }

    /** A word of the person's name: a word on its own (no article, no punctuation before it), not a link. */
    private static boolean nameWord(Words w, int j) {
        return j < w.size() && w.isWord(j) && OrganizationTail.onlySpaceBefore(w, j)
                && !OrganizationTail.hasArticle(w.tokens().get(j).text())
                && !Lexicon.NAME_CONNECTORS.contains(w.folded().get(j))
                && !Lexicon.STOPWORDS.contains(w.folded().get(j))
                && w.tokens().get(j).text().chars().allMatch(Character::isLetter);
    }

    /**
     * A relational adjective (nisba) agreeing with the head: a word with the article ending in ي or ية (الطبية،
     * التخصصي، الدولي). A definite noun after the name is as often the object of the verb before it (سلّم مركز الملك
     * سلمان المساعدات), which no nisba ending marks.
     */
    private static boolean relational(String folded) {
        return folded.length() > 4 && (folded.endsWith("\u064A") || folded.endsWith("\u064A\u0647"));
    }

    private static Map<String, EntityType> heads() {
        Map<String, EntityType> out = new HashMap<>();
        for (String line : ResourceLines.read(BASE + "namesake-heads-ar.txt")) {
            String[] parts = line.split("\t");
            out.put(Lexicon.fold(parts[0]), EntityType.valueOf(parts[1].strip()));
        }
        return Map.copyOf(out);
    }
}
