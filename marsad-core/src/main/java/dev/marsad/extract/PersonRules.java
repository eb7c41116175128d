package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;

/**
 * A person's name after a title or role ({@code titles-ar.txt}): الرئيس [الروسي] فلاديمير بوتين, المتحدث باسم
 * الكرملين دميتري بيسكوف, وزير [التجارة والصناعة] …, or set off by commas after it; or right after an attribution
 * verb. Up to three name words, stopping at punctuation, function words and words with the article. Thread-safe
 * (stateless).
 */
final class PersonRules {
    static final int MAX_NAME_WORDS = 3;
    /** Prepositions a title's complement may hold before the holder's name set off by commas (folded: لدى → لدي). */
    private static final java.util.Set<String> POSTING_PREPOSITIONS = java.util.Set.of("لدي", "عن", "في");

    private PersonRules() {
    }

    static int personAfterTitle(Words w, int i, List<NameSpan> out) {
        int title = titleLength(w, i);
        if (title == 0) {
            return 0;
        }
        int j = skipQualifiers(w, i + title);
        if (w.folded().get(i + title - 1).equals("باسم")) {
            // المتحدث باسم مجلس الأمن القومي جون كيربي: the body spoken for comes first.
            j = skipQualifiers(w, Math.min(w.size(), i + title + 1));
        }
        int quoted = quotedName(w, j, out);
        if (quoted > 0) {
            return j + quoted - i;
        }
        int start = j;
        while (j < w.size() && j - start < MAX_NAME_WORDS && acceptsNameWord(w, start, j)) {
            j++;
        }
        // قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت: words opening with a place noun are the title's complement.
        boolean placeComplement = j > start && SpeakerNameParts.NOT_PERSON_HEADS.contains(w.folded().get(start));
        if (j - start <= 1 || placeComplement) {
            // قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت، …: the title's complement (none, or one word taken
            // for a name, such as منطقة) may run to the comma, the holder's name set off after it.
            int comma = start;
            // مندوبة الإمارات لدى الأمم المتحدة، لانا نسيبة: لدى (folded لدي) carries an envoy's posting; النائب عن
            // الحزب الديمقراطي، شيروان الدوبرداني: عن the constituency or party, في the posting (السفير في بغداد).
            while (comma < w.size() && comma - start < 6 && w.isWord(comma) && !Lexicon.isVerb(w.folded().get(comma))
                    && (!Lexicon.STOPWORDS.contains(w.folded().get(comma)) || POSTING_PREPOSITIONS.contains(w.folded().get(comma)))) {
                comma++;
            }
            int apposed = apposedName(w, comma, out);
            if (apposed > 0) {
                // المدير العام للهيئة العامة للطيران المدني في الإمارات، سيف السويدي: the complement's words are read
                // by the other rules too (a body, a place), so only the title is taken.
                return comma > start ? title : comma + apposed - i;
            }
            if (j == start || placeComplement) {
                return title;
            }
        }
        out.add(WordSpans.of(w, start, j, EntityType.PERSON));
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
        if (start < w.size() && conjoinedWithPronoun(w.tokens().get(start).text())) {
            return 0; // المحلل في يوانتا سيكيوريتيز، ومقرها تايبيه، سام كاو: a clause about the body, no name.
        }
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
        if (!hashtag && k - start == 1 && familyNameOfRelation(w, k) && !w.folded().get(start).startsWith("و")) {
            // النائب عن الحزب الديمقراطي، شيروان الدوبرداني،: a given name and a family name of relation (not one
            // with و, an item of a list: …، وأمير كردي، ومنصور الحربي،).
            k++;
        }
        if ((k - start < 2 && !hashtagName) || (k < w.size() && w.isWord(k))) {
            return 0;
        }
        // A title and the commas setting the name apart say "person" more surely than the tagger's type for the same
        // words (قائممقام …، كرمانج عزت،: a foreign name the tagger took for a place): the span outranks it.
        NameSpan apposed = WordSpans.of(w, start, k, EntityType.PERSON);
        out.add(new NameSpan(apposed.start(), apposed.end(), apposed.type(), APPOSED_SCORE));
        return k - j;
    }

    /**
     * Whether a word as written is و, a noun and a pronoun of the body or people before it (ومقرها، وعمره، ومعظمهم;
     * ه as written, not ة).
     */
    private static boolean conjoinedWithPronoun(String written) {
        return written.length() > 4 && written.charAt(0) == 'و' && (written.endsWith("ها") || written.endsWith("هم") || written.endsWith("ه"));
    }

    /**
     * Whether word {@code k} is a family name of relation (ال… ending in ي, as written: not ى; at least two letters
     * between, الربعي) that is no nationality or function word.
     */
    static boolean familyNameOfRelation(Words w, int k) {
        if (k >= w.size() || !w.isWord(k)) {
            return false;
        }
        String written = w.tokens().get(k).text();
        String folded = w.folded().get(k);
        return written.startsWith("ال") && written.endsWith("ي") && written.length() >= 5 && !Lexicon.isNationality(folded)
                && !Lexicon.STOPWORDS.contains(folded);
    }

    /**
     * A name in quotation marks right after its title (الرئيس الهندي "رام ناث كوفيند"، عمدة لندن «صديق خان»): two or
     * three name words between the marks, as outlets set off a foreign name. Returns the tokens taken from {@code j}
     * (the marks included), 0 if none.
     */
    private static int quotedName(Words w, int j, List<NameSpan> out) {
        // عمدة لندن «صديق خان»: one word may complete the title before the marks.
        // Not a body's head noun: رئيس اللجنة لشركة "تورنيوس وكومبيتنسياس" names the firm in marks.
        int mark = j < w.size() && w.isWord(j) && isNameWord(w, j) && !HeadNouns.isHeadNoun(w.folded().get(j)) ? j + 1 : j;
        if (mark >= w.size() || w.isWord(mark) || !OPENING_MARKS.contains(w.tokens().get(mark).text())) {
            return 0;
        }
        int start = mark + 1;
        int k = start;
        // The marks bound the name: up to four words, each a possible name word (no article, verb or function word).
        // Arabic letters only: a Latin name in marks is a club or a work as often as a person ("Madrid FC").
        while (k < w.size() && k - start < MAX_NAME_WORDS + 1 && isNameWord(w, k) && !Gazetteers.startsGazetteerPhrase(w, k)
                && Character.UnicodeScript.of(w.folded().get(k).codePointAt(0)) == Character.UnicodeScript.ARABIC) {
            k++;
        }
        if (k - start < 2 || k >= w.size() || !CLOSING_MARKS.contains(w.tokens().get(k).text())) {
            return 0;
        }
        NameSpan quoted = WordSpans.of(w, start, k, EntityType.PERSON);
        out.add(new NameSpan(quoted.start(), quoted.end(), quoted.type(), APPOSED_SCORE));
        return k + 1 - j;
    }

    private static final java.util.Set<String> OPENING_MARKS = java.util.Set.of("\"", "«", "“");
    private static final java.util.Set<String> CLOSING_MARKS = java.util.Set.of("\"", "»", "”");

    /** The score of a name set off by commas after its title: above any tagger score, so it wins a tie of bounds. */
    static final double APPOSED_SCORE = 1.0;

    private static boolean isComma(String token) {
        return token.equals("،") || token.equals(",");
    }

    /**
     * A name right after an attribution verb and before a role, a comma or a function word: {@code وقال
     * هيروكازو ماتسونو كبير أمناء …}, {@code قال ماتسونو إن …}.
     */
    static int personAfterVerb(Words w, int i, List<NameSpan> out) {
        if (!Lexicon.isVerb(w.folded().get(i))) {
            return 0;
        }
        int start = i + 1;
        if (start >= w.size() || titleLength(w, start) > 0 || Gazetteers.startsGazetteerPhrase(w, start)) {
            return 0;
        }
        int j = start;
        while (j < w.size() && j - start < MAX_NAME_WORDS && acceptsNameWord(w, start, j)) {
            j++;
        }
        if (j == start || j >= w.size() || (j - start == 1 && (SpeakerNameParts.isCircumstantial(w.folded().get(start))
                || HeadNouns.isHeadNoun(w.folded().get(start))))
                || (j - start > 1 && Lexicon.isNationality(w.folded().get(j - 1)))) {
            // قالت قاضية أمريكية في مانهاتن: a noun and its nationality, no name; وقال مكتب النائب العام: a body's head
            // noun before a title is the body's name opening, no person.
            return 0;
        }
        String next = w.folded().get(j);
        // أوضح عامر مكارم أمين عام الاتحاد: a speaker's title (أمين عام, whose أمين is also a first name) closes too.
        boolean closes = !w.isWord(j) || Lexicon.STOPWORDS.contains(next) || titleLength(w, j) > 0
                || speakerTitleAt(w, j);
        if (!closes) {
            return 0;
        }
        out.add(WordSpans.of(w, start, j, EntityType.PERSON));
        return j - i;
    }

    /** Whether a title only speakers are introduced by (speaker-titles-ar.txt: أمين عام، وكيل) opens at {@code j}. */
    private static boolean speakerTitleAt(Words w, int j) {
        for (int n = Math.min(2, w.size() - j); n >= 1; n--) {
            String phrase = Gazetteers.phrase(w, j, n);
            if (phrase != null && Lexicon.SPEAKER_TITLES.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Longest title phrase at {@code i} (the first word may carry و/ف/ل), in words; 0 if none. */
    static int titleLength(Words w, int i) {
        if (!w.mayStartPhrase(i)) {
            return 0;
        }
        for (int n = Math.min(4, w.size() - i); n >= 1; n--) {
            String phrase = Gazetteers.phrase(w, i, n);
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
            int place = Gazetteers.placeLength(w, j);
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
        if (!isNameWord(w, j) || Gazetteers.startsGazetteerPhrase(w, j)) {
            return false;
        }
        if (j - start == 2) {
            return w.folded().get(j).length() <= 3 || Lexicon.NAME_CONNECTORS.contains(w.folded().get(j - 1));
        }
        return true;
    }

    static boolean isNameWord(Words w, int j) {
        if (!w.isWord(j)) {
            return false;
        }
        String f = w.folded().get(j);
        return f.length() >= 2 && !f.startsWith("ال") && !Lexicon.STOPWORDS.contains(f) && !Lexicon.isVerb(f)
                && f.chars().allMatch(Character::isLetter) && !Lexicon.TITLES.contains(f) && !afterConjunction(w, j, f);
    }

    /**
     * A title or a title's idafa complement after و or ل ends a name: الملك عبدالله <b>والرئيس</b>، وزير الدولة
     * <b>لشؤون</b> مجلس الوزراء. Bare ones stay possible name words (أمين is a first name and, with عام, a title).
     */
    private static boolean afterConjunction(Words w, int j, String folded) {
        if (folded.length() <= 3 || "ول".indexOf(folded.charAt(0)) < 0) {
            return false;
        }
        return Lexicon.TITLE_COMPLEMENTS.contains(folded.substring(1)) || (folded.charAt(0) == 'و' && titleLength(w, j) > 0);
    }
}
