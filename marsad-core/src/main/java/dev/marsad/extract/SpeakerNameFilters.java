package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;

/**
 * Names the tagger found in one article that speak for nobody where they stand: an addressee after ل, a nationality
 * word alone, a head noun alone, a place or group phrase taken for a person, a name after على/عبر/في or after a
 * companion word (مع، برفقة). Split from {@link EntitySpeakers}; one per article.
 */
final class SpeakerNameFilters {
    private final String text;
    private final SpeakerChain chain;

    SpeakerNameFilters(String text, SpeakerChain chain) {
        this.text = text;
        this.chain = chain;
    }

    /**
     * A span the tagger took for a name that speaks for nobody here: a "person" that is a place phrase (بمنطقة
     * عسير), a word the article writes after a place noun (قضاء سوران) or a group or media noun (فرقة، إذاعة);
     * any name after a preposition (على فيسبوك: where it was said, not who said it); a reporter's byline.
     */
    boolean notASpeakerName(Entity e) {
        boolean person = e.type() == EntityType.PERSON;
        return (person && (SpeakerNameParts.isPlaceOrGroupName(text, e.text()) || chain.writtenAsPlace(e.text())))
                || SpeakerNameParts.afterPlacePreposition(text, e.start()) || adjectiveOfNounBefore(e)
                || person && (prepositionalComplement(e) || byline(e));
    }

    /** A byline: a name opening its line, then a dash, an outlet of a word or three and a colon (محمد أبو شعر- سبق:). */
    private static final java.util.regex.Pattern BYLINE_AFTER = java.util.regex.Pattern.compile("\\s*[-–—]\\s*\\p{L}+(?:\\s+\\p{L}+){0,2}\\s*:");

    /** Whether the person is the reporter's byline opening a line (محمد أبو شعر- سبق: يواصل …): who wrote, not who spoke. */
    private boolean byline(Entity e) {
        int line = text.lastIndexOf('\n', e.start() - 1) + 1;
        return text.substring(line, e.start()).isBlank()
                && BYLINE_AFTER.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 40)).lookingAt();
    }

    /**
     * A one-word "person" opening with ل right after a word with the article (المرصد السوري <b>لحقوق</b> الإنسان):
     * the body's complement the tagger cut, no name (names opening with ل, ليلى، لؤي, follow no such word).
     */
    private boolean prepositionalComplement(Entity e) {
        String t = e.text().strip();
        if (t.indexOf(' ') >= 0 || t.length() < 4 || t.charAt(0) != '\u0644' || t.startsWith("\u0644\u0644")) {
            return false;
        }
        return wordRightBefore(e.start()).startsWith("ال");
    }

    /** The folded word one space before {@code start}, or "" when a space and a word do not stand there. */
    private String wordRightBefore(int start) {
        int k = start - 1;
        if (k < 1 || text.charAt(k) != ' ' || !Character.isLetter(text.charAt(k - 1))) {
            return "";
        }
        int w = k - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return Lexicon.fold(text.substring(w, k));
    }

    /**
     * العربية of معظم الدول العربية taken for the outlet: one definite relation adjective (ال…ية، ال…ي) right after a
     * definite noun is that noun's adjective, no name (قناة العربية, after a noun without the article, stays one); not
     * the surname of a person the article names in full.
     */
    private boolean adjectiveOfNounBefore(Entity e) {
        String f = Lexicon.fold(e.text()).strip();
        if (f.contains(" ") || !f.startsWith("ال") || !(f.endsWith("يه") || f.endsWith("ي")) || f.length() < 6) {
            return false;
        }
        String before = wordRightBefore(e.start());
        boolean afterDefinite = before.startsWith("ال") || before.startsWith("وال") || before.startsWith("بال") || before.startsWith("لل");
        // الرئيس السيسي after عبد الفتاح السيسي: a person's surname the article gave in full is no adjective.
        return afterDefinite && !(e.type() == EntityType.PERSON && !chain.fullName(e.text()).equals(e.text()));
    }

    /** تنظيم taken for an organisation: a head noun alone names none. */
    static boolean isBareHeadNoun(Entity e) {
        String f = Lexicon.fold(e.text());
        return e.type() == EntityType.ORGANIZATION && !f.contains(" ")
                && (Lexicon.SPEAKER_HEADS.contains(f) || Lexicon.SPEAKER_HEADS.contains("ال" + f));
    }

    /** الروسي، الأكراد taken for a person: a nationality word alone names nobody. */
    static boolean isNationalityWord(Entity e) {
        if (e.type() != EntityType.PERSON) {
            return false;
        }
        for (String w : Lexicon.fold(e.text()).split(" ")) {
            if (!Nationalities.isNationality(w)) {
                return false; // كردي سوري: nationality words only name nobody.
            }
        }
        return true;
    }

    /** The preposition ل written apart from the name at {@code s}: a tatweel or quotation marks between them. */
    private boolean prepositionLamBefore(int s) {
        int k = s;
        while (k > 0 && "\"«“'".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        boolean apart = k < s;
        while (k > 0 && text.charAt(k - 1) == '\u0640') {
            k--;
            apart = true;
        }
        return apart && k >= 1 && text.charAt(k - 1) == '\u0644' && (k == 1 || !Character.isLetter(text.charAt(k - 2)));
    }

    /** See {@link SpeakerNameParts#withLam}, with this article's full names. */
    private boolean withLam(String folded) {
        return SpeakerNameParts.withLam(folded, chain::fullName);
    }

    /** "قال لبي بي سي": a name with the preposition ل is who was spoken to, not the speaker. */
    boolean isAddressee(Entity e) {
        int s = e.start();
        if (Lexicon.AUDIENCES.contains(Lexicon.fold(e.text()))) {
            return true; // قال للصحافيين: a tagger may take the audience for a name.
        }
        if (withLam(Lexicon.fold(e.text()).strip())) {
            return true;
        }
        boolean articleRestored = !e.text().equals(text.substring(s, e.end())); // للبيت الأبيض → البيت الأبيض
        if (!articleRestored && s >= 2 && text.charAt(s - 1) == '\u0644' && Character.isWhitespace(text.charAt(s - 2))) {
            return true;
        }
        if (!articleRestored && prepositionLamBefore(s)) {
            return true; // لـ"سكاي نيوز عربية"، لـ«رويترز»: ل drawn out with a tatweel, or before quotation marks.
        }
        // "قال لوكالة رويترز": the outlet a statement was made to, named after a media noun with ل.
        int end = s;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return SpeakerWords.MEDIA_ADDRESSEES.contains(ArabicNormalizer.fold(text.substring(start, end)));
    }

    /**
     * Whether a companion word (مع، برفقة، بحضور) stands between {@code from} and a name at {@code at}: the name is who
     * the speaker was with (وأوضح في مؤتمر صحفي مشترك مع وزير حقوق الإنسان، محمد عسكر، أن), not the verb's subject,
     * which Arabic puts before such a phrase; likewise إلى shortly before it (whom the words were sent to).
     */
    boolean companionBefore(int from, int at) {
        return companionWordBefore(from, at) || principalOfOffice(from, at);
    }

    /**
     * Whether the name at {@code at} is whom an office right before it is held for (وقال ممثل آية الله علي خامنئي في
     * العراق، مجتبى الحسيني، إن; المتحدث باسم الرئيس الروسي فلاديمير بوتين): in the words since the last comma, an
     * office of {@code speaker-dependent-titles-ar.txt} with nothing but honorifics or a ruler's title between, or a
     * spokesman's باسم with a ruler's nationality between too. The holder is named apart, or not at all.
     */
    private boolean principalOfOffice(int from, int at) {
        String[] words = wordsSinceComma(from, at);
        int i = words.length - 1;
        boolean nationality = false;
        for (int skipped = 0; i >= 0 && skipped < 3; i--, skipped++) {
            boolean honorific = SpeakerWords.PRINCIPAL_HONORIFICS.contains(words[i]);
            if (!honorific && !Lexicon.isNationality(words[i])) {
                break;
            }
            nationality |= !honorific;
        }
        // المتحدث باسم الرئيس الروسي فلاديمير بوتين: باسم takes a ruler's nationality too; مستشار الرئيس الأمريكي جون
        // بولتون names the adviser.
        if (i < 0) {
            return false;
        }
        // المبعوث الخاص للرئيس فلاديمير بوتين: a ruler's title with ل after such an office written with the article (not
        // النائب الأول للرئيس محمد مخبر, the vice-president himself).
        boolean forRuler = false;
        for (int k = i + 1; k < words.length; k++) {
            forRuler |= words[k].startsWith("لل") && SpeakerWords.PRINCIPAL_HONORIFICS.contains(words[k]);
        }
        String office = words[i];
        boolean dependent = SpeakerWords.DEPENDENT_TITLES.contains(office)
                || forRuler && office.startsWith("ال") && SpeakerWords.DEPENDENT_TITLES.contains(office.substring(2));
        return office.equals("باسم") ? spokesmanBefore(words, i) : dependent && (!nationality || forRuler);
    }

    /** The folded words of {@code [from, at)} after its last comma (all of them when it has none). */
    private String[] wordsSinceComma(int from, int at) {
        String phrase = text.substring(from, at);
        return ArabicNormalizer.fold(phrase.substring(Math.max(phrase.lastIndexOf('،'), phrase.lastIndexOf(',')) + 1))
                .strip().split("[^\\p{L}]+");
    }

    /** Whether a spokesman's noun (المتحدث، الناطق، متحدث …) stands before باسم at {@code i}, الرسمي between or not. */
    private static boolean spokesmanBefore(String[] words, int i) {
        int k = i - 1;
        if (k >= 0 && (words[k].equals("الرسمي") || words[k].equals("الرسميه"))) {
            k--;
        }
        return k >= 0 && SpeakerWords.SPOKESMAN_NOUNS.contains(words[k]);
    }

    private boolean companionWordBefore(int from, int at) {
        if (at <= from) {
            return false;
        }
        for (String w : ArabicNormalizer.fold(text.substring(from, at)).split("[^\\p{L}]+")) {
            if (SpeakerWords.COMPANION_WORDS.contains(w)) {
                return true;
            }
        }
        // وفي خطاب استقالتها إلى وزير الخارجية ريكس تيلرسون، قالت: إلى within the four words before the name (no comma
        // between) makes it whom the words went to; a subject is never written after إلى. (والي is a governor.)
        String[] last = wordsSinceComma(from, at);
        for (int i = last.length - 1; i >= Math.max(0, last.length - 4); i--) {
            if (last[i].equals("الي")) {
                return true;
            }
        }
        return false;
    }
}
