package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bodies named after a noun that says what kind of body they are ({@code organization-descriptors-ar.txt}): وكالة
 * <b>رويترز</b>، حركة <b>حماس</b>، نادي <b>الشباب</b>، تنظيم <b>الدولة الإسلامية</b>، صحيفة «<b>عكاظ</b>». The name
 * is the organisation, the noun before it is not part of it (ANERcorp and names-dev both mark حماس in حركة حماس), and
 * the noun says the name is a body's even where the name alone reads as a common word or a place (الشباب، الرياض).
 * Which words after the noun are a distinct name:
 * <ul>
 *   <li>one to three words without the article that the model does not know as common words, titles or
 *       nationalities (وكالة أعماق، شركة سياك، فريق أسيك): a body whose name is the noun and common words
 *       (وكالة الأنباء الفلسطينية، حركة المقاومة الإسلامية) keeps its noun;</li>
 *   <li>after a noun of {@code organization-descriptors-definite-ar.txt} (نادي، قناة، صحيفة، تنظيم…), one word with
 *       the article that no other word with the article follows (نادي الشباب، قناة الجزيرة), or a listed place or
 *       body (صحيفة الشرق الأوسط);</li>
 *   <li>after تنظيم, every word with the article (تنظيم الدولة الإسلامية);</li>
 *   <li>one to three words in quotation marks right after the noun (لشركة "بلدنا"، صحيفة «في جي»).</li>
 * </ul>
 * Thread-safe (the model is read only).
 */
final class DescribedOrganizations {
    private static final int MOST_NAME_WORDS = 3;
    private static final String OPENING_QUOTES = "\"«“”'";
    private static final String CLOSING_QUOTES = "\"»”“'";

    /** Words of time that follow a body's name in a sentence and are no part of it (نادي برشلونة عام 1994); folded. */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("عام", "سنه", "العام", "يوم", "شهر", "منذ", "قبل", "بعد");

    /**
     * Nouns after which a name without the article is left as the finders give it: نادي and فريق (نادي برشلونة، فريق
     * ريال مدريد), on which the data sets disagree (AQMAR keeps the noun in a club's name, ANERcorp drops it, and the
     * tagger learnt both); جماعة, which in Moroccan news names a commune, a place (جماعة إيغيل), where a group's
     * name after it has the article (جماعة الحوثي) or is listed (جماعة بوكو حرام).
     */
    private static final java.util.Set<String> NOT_BEFORE_BARE_NAMES = java.util.Set.of("نادي", "فريق", "جماعه");

    private final Optional<NameFinder> model;

    DescribedOrganizations(Optional<NameFinder> model) {
        this.model = model;
    }

    /** The names after a descriptor noun in the text, as organisations without the noun. */
    List<NameSpan> find(Words w) {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i + 1 < w.size(); i++) {
            String head = descriptorAt(w, i);
            if (head == null) {
                continue;
            }
            int[] name = nameAfter(w, i, head);
            if (name != null) {
                out.add(WordSpans.of(w, name[0], name[1], EntityType.ORGANIZATION));
                i = name[1] - 1;
            }
        }
        return out;
    }

    /**
     * An organisation span that opens with a descriptor noun followed by a distinct name, cut to the name (حركة حماس
     * → حماس); any other span unchanged.
     */
    NameSpan withoutDescriptor(NameSpan s, Words w) {
        if (s.type() != EntityType.ORGANIZATION) {
            return s;
        }
        int first = w.tokenAt(s.start());
        if (first < 0 || first + 1 >= w.size()) {
            return s;
        }
        String head = descriptorAt(w, first);
        if (head == null) {
            return s;
        }
        int[] name = nameAfter(w, first, head);
        if (name == null || name[0] != first + 1 || w.tokens().get(name[1] - 1).end() != s.end()) {
            return s;
        }
        NameSpan cut = WordSpans.of(w, name[0], name[1], EntityType.ORGANIZATION);
        return new NameSpan(cut.start(), cut.end(), s.type(), s.score());
    }

    /**
     * Whether an organisation span stands right after a club's, outlet's or group's noun (نادي <b>الشباب</b>،
     * بنادي <b>الرائد</b>، صحيفة <b>الرياض</b>): the word there is the body's name even when it is also an everyday
     * word (youth, the pioneer), which {@link MisreadNames} would otherwise drop.
     */
    static boolean afterDefiniteDescriptor(NameSpan s, Words w) {
        int i = w.tokenAt(s.start());
        if (s.type() != EntityType.ORGANIZATION || i < 1 || !OrganizationTail.onlySpaceBefore(w, i)) {
            return false;
        }
        String head = descriptorAt(w, i - 1);
        return head != null && Lexicon.ORGANIZATION_DESCRIPTORS_DEFINITE.contains(head);
    }

    /** The descriptor noun at word {@code i} (folded, without proclitics: لوكالة → وكاله), or null. */
    private static String descriptorAt(Words w, int i) {
        if (!w.isWord(i)) {
            return null;
        }
        String folded = w.folded().get(i);
        if (Lexicon.ORGANIZATION_DESCRIPTORS.contains(folded)) {
            return folded;
        }
        String bare = w.bare().get(i);
        if (Lexicon.ORGANIZATION_DESCRIPTORS.contains(bare)) {
            return bare;
        }
        String without = HeadNouns.withoutLetter(folded);
        return Lexicon.ORGANIZATION_DESCRIPTORS.contains(without) ? without : null;
    }

    /** Words {@code [from, to)} of the distinct name after the descriptor at {@code i}, or null. */
    private int[] nameAfter(Words w, int i, String head) {
        int j = i + 1;
        if (!w.isWord(j)) {
            return quoted(w, j);
        }
        if (!OrganizationTail.onlySpaceBefore(w, j)) {
            return null;
        }
        String raw = w.tokens().get(j).text();
        if (!OrganizationTail.hasArticle(raw)) {
            if (NOT_BEFORE_BARE_NAMES.contains(head)) {
                return null;
            }
            int end = j;
            while (end < w.size() && end - j < MOST_NAME_WORDS && isNameWord(w, end) && (end == j || OrganizationTail.onlySpaceBefore(w, end))) {
                end++;
            }
            return end > j && !goesOnWithTheArticle(w, end) ? new int[] {j, end} : null;
        }
        if (!raw.startsWith("\u0627\u0644")) {
            return null;
        }
        int listed = listedPhraseEnd(w, j);
        if (listed > j && (Lexicon.ORGANIZATION_DESCRIPTORS_DEFINITE.contains(head)
                || Gazetteers.typeOf(Gazetteers.phrase(w, j, listed - j)) == EntityType.ORGANIZATION)) {
            // حركة الحوثيين، صحيفة الشرق الأوسط: a listed body after any such noun, a listed place after a club's or an
            // outlet's noun, is the name.
            return new int[] {j, listed};
        }
        if (head.equals("تنظيم")) {
            int end = j;
            while (end < w.size() && end - j < MOST_NAME_WORDS && OrganizationTail.continuesName(w, end)
                    && (end == j || OrganizationTail.onlySpaceBefore(w, end))) {
                end++;
            }
            return new int[] {j, end};
        }
        String folded = w.folded().get(j);
        boolean oneWord = j + 1 >= w.size() || !w.isWord(j + 1) || !OrganizationTail.hasArticle(w.tokens().get(j + 1).text());
        return Lexicon.ORGANIZATION_DESCRIPTORS_DEFINITE.contains(head) && oneWord && folded.length() >= 5
                && !Lexicon.ORGANIZATION_CHAIN_STOPS.contains(folded) && !Nationalities.isNationality(folded)
                && !Lexicon.TITLES.contains(folded) ? new int[] {j, j + 1} : null;
    }

    /**
     * Whether the words without the article run on into a word with the article that belongs to the phrase (شركة
     * نفط <b>الجنوب</b>: the noun and its complement, no distinct name), not a word that describes the body
     * (وكالة أعماق <b>التابعة</b> له، وكالة رويترز <b>البريطانية</b>).
     */
    private static boolean goesOnWithTheArticle(Words w, int end) {
        if (end >= w.size() || !w.isWord(end) || !OrganizationTail.hasArticle(w.tokens().get(end).text())) {
            return false;
        }
        String folded = w.folded().get(end);
        return !Lexicon.ORGANIZATION_CHAIN_STOPS.contains(folded) && !Nationalities.isNationality(folded);
    }

    /** A word of a distinct name without the article: not common, a title, a nationality, a stop word or a verb. */
    private boolean isNameWord(Words w, int j) {
        if (!w.isWord(j)) {
            return false;
        }
        String raw = w.tokens().get(j).text();
        String folded = w.folded().get(j);
        if (OrganizationTail.hasArticle(raw) || folded.length() < 2 || "وفبلك".indexOf(folded.charAt(0)) >= 0 && folded.length() <= 3) {
            return false;
        }
        if (Lexicon.TITLES.contains(folded) || Lexicon.STOPWORDS.contains(folded) || Lexicon.NAME_END_WORDS.contains(folded)
                || Lexicon.isNationality(folded) || Lexicon.isVerb(folded) || Lexicon.ORGANIZATION_DESCRIPTORS.contains(folded)) {
            return false;
        }
        // A number or a year (عام1994، سنة) ends a name; an adjective ending in ية (حركة عمرانية) is none.
        if (!isArabicScript(folded) || folded.chars().anyMatch(Character::isDigit) || TIME_WORDS.contains(folded)
                || folded.length() >= 5 && folded.endsWith("يه")) {
            return false;
        }
        // A proclitic before a common word (احتفل فريق ريال مدريد بأول بطولة) ends the name too.
        String rest = raw.length() > 3 && "بلكوف".indexOf(raw.charAt(0)) >= 0 ? raw.substring(1) : raw;
        // Without the model nothing tells a name from a common word (شركة كبرى، فريق عمل): no name is read.
        return model.map(m -> !m.isCommonWord(raw) && !m.isCommonWord(rest) && !possessiveOfCommonWord(raw, m::isCommonWord))
                .orElse(false);
    }

    /** Possessive pronoun endings (مسؤوليته، إعلانها، قادتهم), longest first. */
    private static final String[] POSSESSIVE_ENDINGS = {"هما", "هم", "ها", "ه"};

    /**
     * Whether {@code raw} is a common word with a possessive pronoun (وأعلن تنظيم داعش مسؤوليته: his responsibility,
     * no part of the name): the word without the ending, its ت read as ة where it was one (مسؤوليت → مسؤولية), is common.
     */
    static boolean possessiveOfCommonWord(String raw, java.util.function.Predicate<String> common) {
        for (String ending : POSSESSIVE_ENDINGS) {
            if (raw.length() < ending.length() + 3 || !raw.endsWith(ending)) {
                continue;
            }
            String stem = raw.substring(0, raw.length() - ending.length());
            return common.test(stem) || stem.endsWith("ت") && common.test(stem.substring(0, stem.length() - 1) + "ة");
        }
        return false;
    }

    /**
     * Whether the word is in Arabic script: Latin names after a descriptor (شركة Novell) are left to the lists, as
     * the tagger's training text leaves them unmarked.
     */
    private static boolean isArabicScript(String folded) {
        return Character.UnicodeScript.of(folded.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** The end of the longest listed place or body starting at word {@code j} (الشرق الأوسط), or {@code j}. */
    private static int listedPhraseEnd(Words w, int j) {
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - j); n >= 1; n--) {
            String phrase = Gazetteers.phrase(w, j, n);
            if (phrase != null && Gazetteers.typeOf(phrase) != null) {
                return j + n;
            }
        }
        return j;
    }

    /** One to three words between quotation marks opening at token {@code q}, or null. */
    private static int[] quoted(Words w, int q) {
        if (q >= w.size() || !isMark(w.tokens().get(q).text(), OPENING_QUOTES)) {
            return null;
        }
        int end = q + 1;
        while (end < w.size() && w.isWord(end) && end - q <= MOST_NAME_WORDS) {
            end++;
        }
        return end > q + 1 && end < w.size() && end - q - 1 <= MOST_NAME_WORDS
                && isMark(w.tokens().get(end).text(), CLOSING_QUOTES) ? new int[] {q + 1, end} : null;
    }

    private static boolean isMark(String token, String marks) {
        return token.length() == 1 && marks.indexOf(token.charAt(0)) >= 0;
    }
}
