package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds names with rules, beside (or instead of) the trained model:
 * <ul>
 *   <li>gazetteers of places and organisations ({@code locations-ar.txt}, {@code organizations-ar.txt}),
 *       longest match, through proclitics (وبيونغ يانغ، للبيت الأبيض);</li>
 *   <li>a person's name after a title or role ({@code titles-ar.txt}): الرئيس [الروسي] فلاديمير بوتين,
 *       المتحدث باسم الكرملين دميتري بيسكوف, وزير [التجارة والصناعة] …; up to three name words, stopping at
 *       punctuation, function words and words with the article;</li>
 *   <li>organisation patterns: وزارة/وكالة/منظمة/حركة/حزب + the words that follow with the article.</li>
 * </ul>
 * Thread-safe (stateless).
 */
final class RuleNameFinder {
    static final int MAX_NAME_WORDS = 3;
    private static final java.util.Set<String> ORG_HEADS = Lexicon.ORG_PATTERN_HEADS;
    /** Asked of every word; rules out nearly all before the set's probing (the word's hash is cached). */
    private static final dev.marsad.text.WordFilter ORG_HEAD_FILTER = dev.marsad.text.WordFilter.of(ORG_HEADS);

    private RuleNameFinder() {
    }

    static List<NameSpan> find(Words w) {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i)) {
                continue;
            }
            int gazetteer = gazetteerAt(w, i, out);
            if (gazetteer > 0) {
                i += gazetteer - 1;
                continue;
            }
            int person = personAfterTitle(w, i, out);
            if (person > 0) {
                i += person - 1;
                continue;
            }
            int speaker = personAfterVerb(w, i, out);
            if (speaker > 0) {
                i += speaker - 1;
                continue;
            }
            int org = organisationPattern(w, i, out);
            if (org > 0) {
                i += org - 1;
            }
        }
        return out;
    }

    /** Matches the longest gazetteer phrase starting at word {@code i}; returns the words consumed. */
    private static int gazetteerAt(Words w, int i, List<NameSpan> out) {
        if (!w.mayStartPhrase(i)) {
            return 0;
        }
        java.util.Optional<String> alt = w.withoutFirstLetter(i);
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - i); n >= 1; n--) {
            String phrase = phrase(w, i, n);
            if (phrase == null) {
                continue;
            }
            EntityType type = typeOf(phrase);
            if (type != null) {
                out.add(span(w, i, i + n, type));
                return n;
            }
            if (alt.isPresent()) {
                type = typeOf(alt.get() + phrase.substring(w.bare().get(i).length()));
                if (type != null) {
                    NameSpan s = span(w, i, i + n, type);
                    out.add(new NameSpan(s.start() + 1, s.end(), type, s.score()));
                    return n;
                }
            }
        }
        return 0;
    }

    private static EntityType typeOf(String phrase) {
        return Lexicon.ORGANIZATIONS.contains(phrase) ? EntityType.ORGANIZATION
                : Lexicon.LOCATIONS.contains(phrase) ? EntityType.LOCATION : null;
    }

    /** The folded phrase of {@code n} words from {@code i}, the first without proclitics; null across punctuation. */
    static String phrase(Words w, int i, int n) {
        StringBuilder sb = new StringBuilder(w.bare().get(i));
        for (int k = i + 1; k < i + n; k++) {
            if (!w.isWord(k)) {
                return null;
            }
            sb.append(' ').append(w.folded().get(k));
        }
        return sb.toString();
    }

    private static int personAfterTitle(Words w, int i, List<NameSpan> out) {
        int title = titleLength(w, i);
        if (title == 0) {
            return 0;
        }
        int j = skipQualifiers(w, i + title);
        if (w.folded().get(i + title - 1).equals("باسم")) {
            // المتحدث باسم مجلس الأمن القومي جون كيربي: the body spoken for comes first.
            j = skipQualifiers(w, Math.min(w.size(), i + title + 1));
        }
        int start = j;
        while (j < w.size() && j - start < MAX_NAME_WORDS && acceptsNameWord(w, start, j)) {
            j++;
        }
        if (j - start <= 1) {
            // قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت، …: the title's complement (none, or one word taken
            // for a name, such as منطقة) may run to the comma, the holder's name set off after it.
            int comma = start;
            while (comma < w.size() && comma - start < 6 && w.isWord(comma) && !Lexicon.isVerb(w.folded().get(comma))
                    && !Lexicon.STOPWORDS.contains(w.folded().get(comma))) {
                comma++;
            }
            int apposed = apposedName(w, comma, out);
            if (apposed > 0) {
                return comma + apposed - i;
            }
            if (j == start) {
                return title;
            }
        }
        out.add(span(w, start, j, EntityType.PERSON));
        return j - i;
    }

    /**
     * A name set off by commas after its title (رئيسة الوزراء البريطانية، تيريزا ماي، الاثنين): from the comma at
     * {@code j}, an optional hashtag mark, then two or three name words closed by punctuation. Two words at least
     * (or a hashtag's first word), since one word between commas after a title is as often a place or a day as a
     * name. Returns the tokens taken
     * from {@code j}, 0 if none.
     */
    private static int apposedName(Words w, int j, List<NameSpan> out) {
        if (j >= w.size() || w.isWord(j) || !isComma(w.tokens().get(j).text())) {
            return 0;
        }
        int start = j + 1;
        boolean hashtag = start < w.size() && w.tokens().get(start).text().equals("#");
        if (hashtag) {
            start++;
        }
        int k = start;
        while (k < w.size() && k - start < MAX_NAME_WORDS && acceptsNameWord(w, start, k)) {
            k++;
        }
        // #أحمد_المسيري: the hashtag's first word, its surname after the underscore (the speaker chain reads the rest).
        boolean hashtagName = hashtag && k - start == 1 && k < w.size() && w.tokens().get(k).text().equals("_");
        if ((k - start < 2 && !hashtagName) || (k < w.size() && w.isWord(k))) {
            return 0;
        }
        out.add(span(w, start, k, EntityType.PERSON));
        return k - j;
    }

    private static boolean isComma(String token) {
        return token.equals("،") || token.equals(",");
    }

    /**
     * A name right after an attribution verb and before a role, a comma or a function word: {@code وقال
     * هيروكازو ماتسونو كبير أمناء …}, {@code قال ماتسونو إن …}.
     */
    private static int personAfterVerb(Words w, int i, List<NameSpan> out) {
        if (!Lexicon.isVerb(w.folded().get(i))) {
            return 0;
        }
        int start = i + 1;
        if (start >= w.size() || titleLength(w, start) > 0 || startsGazetteerPhrase(w, start)) {
            return 0;
        }
        int j = start;
        while (j < w.size() && j - start < MAX_NAME_WORDS && acceptsNameWord(w, start, j)) {
            j++;
        }
        if (j == start || j >= w.size()) {
            return 0;
        }
        String next = w.folded().get(j);
        boolean closes = !w.isWord(j) || Lexicon.STOPWORDS.contains(next) || titleLength(w, j) > 0;
        if (!closes) {
            return 0;
        }
        out.add(span(w, start, j, EntityType.PERSON));
        return j - i;
    }

    /** Longest title phrase at {@code i} (the first word may carry و/ف/ل), in words; 0 if none. */
    static int titleLength(Words w, int i) {
        if (!w.mayStartPhrase(i)) {
            return 0;
        }
        for (int n = Math.min(4, w.size() - i); n >= 1; n--) {
            String phrase = phrase(w, i, n);
            if (phrase != null && (Lexicon.TITLES.contains(phrase) || Lexicon.TITLES.contains(stripConjunction(phrase))
                    || Lexicon.TITLES.contains(stripConjunction(dropDoubledLam(stripConjunction(phrase)))))) {
                return n;
            }
        }
        return 0;
    }

    /** {@code s.replaceFirst("^ل(?=ل)", "")}: للرئيس → لرئيس, without compiling a pattern per word. */
    private static String dropDoubledLam(String s) {
        return s.length() >= 2 && s.charAt(0) == 'ل' && s.charAt(1) == 'ل' ? s.substring(1) : s;
    }

    private static String stripConjunction(String phrase) {
        return phrase.length() > 2 && (phrase.charAt(0) == 'و' || phrase.charAt(0) == 'ف') ? phrase.substring(1) : phrase;
    }

    /** Skips nationality adjectives and role complements (الروسي، الكوري الشمالي، باسم الكرملين، التجارة والصناعة). */
    static int skipQualifiers(Words w, int j) {
        int skipped = 0;
        while (j < w.size() && skipped < 5 && w.isWord(j)) {
            String f = w.folded().get(j);
            if (Lexicon.TITLE_ADVERBS.contains(f)) {
                j++;
                skipped++;
                continue;
            }
            if (f.equals("باسم") && j + 1 < w.size()) {
                j += 2;
                skipped += 2;
                continue;
            }
            if (f.startsWith("ال") || f.startsWith("وال") || f.startsWith("لل")) {
                j++;
                skipped++;
                continue;
            }
            // وزير خارجية كوريا الجنوبية …: an idafa complement and the country it names.
            if (skipped == 0 && Lexicon.TITLE_COMPLEMENTS.contains(f)) {
                j++;
                skipped++;
                continue;
            }
            int place = placeLength(w, j);
            if (place > 0 && skipped > 0) {
                j += place;
                skipped += place;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * Whether word {@code j} continues a name begun at {@code start}. A third word is taken only when short
     * (أون، جين) or after a connector, since a name is more often followed by a verb than by a third part.
     */
    private static boolean acceptsNameWord(Words w, int start, int j) {
        if (j > start && Lexicon.NAME_CONNECTORS.contains(w.folded().get(j - 1)) && w.isWord(j)) {
            return !Lexicon.STOPWORDS.contains(w.folded().get(j));
        }
        if (!isNameWord(w, j) || startsGazetteerPhrase(w, j)) {
            return false;
        }
        if (j - start == 2) {
            return w.folded().get(j).length() <= 3 || Lexicon.NAME_CONNECTORS.contains(w.folded().get(j - 1));
        }
        return true;
    }

    private static boolean startsGazetteerPhrase(Words w, int j) {
        if (!w.mayStartPhrase(j)) {
            return false;
        }
        java.util.Optional<String> alt = w.withoutFirstLetter(j);
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - j); n >= 1; n--) {
            String phrase = phrase(w, j, n);
            if (phrase != null && (typeOf(phrase) != null
                    || alt.isPresent() && typeOf(alt.get() + phrase.substring(w.bare().get(j).length())) != null)) {
                return true;
            }
        }
        return false;
    }

    private static int placeLength(Words w, int j) {
        for (int n = Math.min(Lexicon.LONGEST_PHRASE, w.size() - j); n >= 1; n--) {
            String phrase = phrase(w, j, n);
            if (phrase != null && Lexicon.LOCATIONS.contains(phrase)) {
                return n;
            }
        }
        return 0;
    }

    static boolean isNameWord(Words w, int j) {
        if (!w.isWord(j)) {
            return false;
        }
        String f = w.folded().get(j);
        return f.length() >= 2 && !f.startsWith("ال") && !Lexicon.STOPWORDS.contains(f) && !Lexicon.isVerb(f)
                && f.chars().allMatch(Character::isLetter) && !Lexicon.TITLES.contains(f);
    }

    private static int organisationPattern(Words w, int i, List<NameSpan> out) {
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
        NameSpan s = span(w, i, j, EntityType.ORGANIZATION);
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

    /** A span over words {@code [from, to)}, starting after the first word's proclitics. */
    static NameSpan span(Words w, int from, int to, EntityType type) {
        int start = w.tokens().get(from).start() + w.prefixes()[from];
        return new NameSpan(start, w.tokens().get(to - 1).end(), type, 0.6);
    }
}
