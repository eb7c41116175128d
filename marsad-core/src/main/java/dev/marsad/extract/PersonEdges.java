package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The edges of a person's span where the tagger took in a word that is not the name's: the conjunction و of a
 * second person coordinated after a first (مئير اتينغر <b>و</b>أفيتار سلونيم: the 2007 training text writes و inside
 * the token, and a foreign first name the tagger never met keeps it, giving the name and its key a و), and an
 * indefinite common word in the accusative right after the name (الرئيس طالباني <b>متضامنا</b> مع الحملة، قدم
 * الفنان فلان <b>برنامجا</b>: a circumstantial or object, which names do not end in), and a function word opening the
 * span (متقدما <b>على</b> فلان؛ <b>فإن</b> alone). Thread-safe (stateless).
 */
final class PersonEdges {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    private PersonEdges() {
    }

    /**
     * The spans with each coordinated person's conjunction, each person's trailing accusative common word and opening
     * function word cut; persons that are only a function word left out.
     *
     * @param firstName whether the model knows a word as a first name (وليد، وائل keep their و)
     * @param common whether the model knows a word as a common word never inside a name
     */
    static List<NameSpan> trimmed(List<NameSpan> spans, String text, Predicate<String> firstName, Predicate<String> common) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        NameSpan previous = null;
        for (NameSpan s : spans) {
            NameSpan t = s;
            if (s.type() == EntityType.PERSON) {
                if (previous != null && coordinated(text, previous, s, firstName)) {
                    t = new NameSpan(s.start() + 1, s.end(), s.type(), s.score());
                }
                t = withoutAccusative(text, t, firstName, common);
                t = withoutAudience(text, t, firstName, common);
                t = withoutLeadingCommonWord(text, t, firstName, common);
                t = withoutFunctionWord(text, t);
                t = t == null ? null : withoutTrailingThat(text, t);
                t = t == null ? null : withoutCoordinatedNationality(text, t);
                t = t == null ? null : withFamilyWord(text, t);
                t = t == null || isPeopleByNationality(text, t) ? null : t;
                t = t == null ? null : afterNamingWord(text, t);
                t = t == null ? null : beforeDescriptor(text, t, common);
                t = t == null ? null : withWordAfterConnector(text, t);
            }
            if (t != null) {
                out.add(t);
            }
            previous = s;
        }
        return out;
    }

    /**
     * The name after a naming word inside the span (مالك صقر <b>يدعى</b> مطر الكواري، شاب <b>اسمه</b> فلان): the words
     * before it describe the person (Malik and Saqr are names too, so the tagger ran them on); the span unchanged
     * without one, or when nothing follows it.
     */
    private static NameSpan afterNamingWord(String text, NameSpan s) {
        String span = text.substring(s.start(), s.end());
        java.util.regex.Matcher w = WORD.matcher(span);
        int after = -1;
        while (w.find()) {
            if (after < 0 && SpeakerWords.NAMING_WORDS.contains(Lexicon.fold(w.group()))) {
                after = w.end();
            } else if (after >= 0) {
                int start = s.start() + w.start();
                return new NameSpan(start, s.end(), s.type(), s.score());
            }
        }
        return s;
    }

    /**
     * A person cut before a word that opens a description (ليبرون جيمس <b>الملقب</b> بالملك، فلان <b>المعروف</b> بأبي
     * علي، فلان <b>ذو</b> الاثني عشر عاما), or before بن/ابن and a definite word the model knows as common (غزاي
     * الحربي <b>ابن السجين</b>: the son of the prisoner, not a father's name); null when nothing is left.
     */
    private static NameSpan beforeDescriptor(String text, NameSpan s, Predicate<String> common) {
        String span = text.substring(s.start(), s.end());
        java.util.regex.Matcher w = WORD.matcher(span);
        int previousStart = -1;
        String previous = "";
        while (w.find()) {
            String folded = Lexicon.fold(w.group());
            int cut = -1;
            if (Lexicon.NAME_DESCRIPTOR_WORDS.contains(folded)) {
                cut = w.start();
            } else if (ROLES_BEFORE_AND_TITLE.contains(folded) && andTitleAfter(text, s.start() + w.end())) {
                cut = w.start(); // كريستيان بيللوتشي مالك ورئيس السيرك: a role and a title joined by و, not a surname.
            } else if (("بن".equals(previous) || "ابن".equals(previous)) && folded.startsWith("ال") && common.test(w.group())) {
                cut = previousStart;
            } else if (w.start() > 0 && OWNER_OF.contains(folded)) {
                cut = w.start(); // الطفل أحمد حسن ذو الاثني عشر عاما: "of twelve years" describes him (ذو الفقار opens names).
            }
            if (cut >= 0) {
                int end = s.start() + cut;
                while (end > s.start() && !Character.isLetter(text.charAt(end - 1))) {
                    end--;
                }
                return end > s.start() ? new NameSpan(s.start(), end, s.type(), s.score()) : null;
            }
            previous = folded;
            previousStart = w.start();
        }
        return s;
    }

    /** ذو، ذات، ذوو (folded): "of", "having"; after a name they open a description of its bearer. */
    private static final java.util.Set<String> OWNER_OF = java.util.Set.of("ذو", "ذات", "ذوو");

    /** Role nouns that are names too (مالك), read as the role when و and a title follow them (مالك ورئيس). */
    private static final java.util.Set<String> ROLES_BEFORE_AND_TITLE = java.util.Set.of("مالك", "مؤسس", "شريك");

    /** Whether the word after {@code at} (spaces between) is و and a title, with or without the article (ورئيس، والرئيس). */
    private static boolean andTitleAfter(String text, int at) {
        java.util.regex.Matcher next = WORD.matcher(text).region(at, Math.min(text.length(), at + 40));
        if (!next.find() || !text.substring(at, next.start()).isBlank()) {
            return false;
        }
        String w = Lexicon.fold(next.group());
        if (!w.startsWith("و") || w.length() < 4) {
            return false;
        }
        String title = w.substring(1);
        return Lexicon.SPEAKER_TITLES.contains(title) || title.startsWith("ال") && Lexicon.SPEAKER_TITLES.contains(title.substring(2));
    }

    /**
     * A person ending in بن، ابن، بنت (a rule stopped there) takes the next word, a father's name even when it is
     * also a common word (عبدالرحمن بن <b>مساعد</b>): the span unchanged when no word follows after a space.
     */
    private static NameSpan withWordAfterConnector(String text, NameSpan s) {
        String span = text.substring(s.start(), s.end());
        int space = span.lastIndexOf(' ');
        String last = Lexicon.fold(space < 0 ? span : span.substring(space + 1));
        if (space < 0 || !("بن".equals(last) || "ابن".equals(last) || "بنت".equals(last))
                || s.end() + 1 >= text.length() || text.charAt(s.end()) != ' ' || !Character.isLetter(text.charAt(s.end() + 1))) {
            return s;
        }
        int end = s.end() + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String next = Lexicon.fold(text.substring(s.end() + 1, end));
        return Lexicon.STOPWORDS.contains(next) || Lexicon.NAME_END_WORDS.contains(next) ? s
                : new NameSpan(s.start(), end, s.type(), s.score());
    }

    /**
     * {@code X وY}: X a person and nothing but a space (or a comma and a space) before Y, whose first word is و and
     * three letters or more that do not start with the article, and is not itself a first name with its و (وليد،
     * وسام، وائل).
     */
    static boolean coordinated(String text, NameSpan previous, NameSpan s, Predicate<String> firstName) {
        boolean adjacent = s.start() == previous.end() + 1 && text.charAt(previous.end()) == ' ';
        // عمر البشير، وعبدالفتاح السيسي: a comma may stand before the second person's و.
        boolean afterComma = s.start() == previous.end() + 2 && "،,".indexOf(text.charAt(previous.end())) >= 0
                && text.charAt(previous.end() + 1) == ' ';
        if (previous.type() != EntityType.PERSON || !adjacent && !afterComma) {
            return false;
        }
        int space = text.indexOf(' ', s.start());
        String word = text.substring(s.start(), space < 0 || space > s.end() ? s.end() : space);
        String folded = Lexicon.fold(word);
        return folded.length() >= 4 && folded.charAt(0) == 'و' && !folded.startsWith("ال", 1)
                && Character.isLetter(word.charAt(1)) && !firstName.test(word);
    }

    /**
     * A person opening with a function word of {@code name-stopwords-ar.txt} (متقدما <b>على</b> شاشي تارور، الفوز
     * <b>فإن</b> الفريق): a rule or the tagger ran over it. The word is cut off, and a one-word "person" that is such a
     * word, also after ف or و (فإن، وإن), is dropped (null). Not cut from a longer name after ف or و: فان opens
     * Dutch names (فان نيستلروي). علي written with ي is a first name as often as على, and stays.
     */
    private static NameSpan withoutFunctionWord(String text, NameSpan s) {
        String name = text.substring(s.start(), s.end());
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String folded = Lexicon.fold(first);
        if (folded.endsWith("ي") && !first.endsWith("ى")) {
            return s;
        }
        boolean stop = Lexicon.STOPWORDS.contains(folded);
        if (space < 0) {
            boolean afterLetter = folded.length() > 2 && "فو".indexOf(folded.charAt(0)) >= 0
                    && Lexicon.STOPWORDS.contains(folded.substring(1));
            return stop || afterLetter ? null : s;
        }
        if (!stop) {
            return s;
        }
        return afterWord(text, s, space);
    }

    /**
     * Whether a one-word "person" is a people named by its nationality in the plural, with the article (اللاجئين
     * السوريين، المصريون): the tagger takes it for a name in documents about a country's people. A nationality in the
     * singular may be a surname (منصور التركي), and a name without the article may end so by chance (نابليون, whose
     * نابلي is a nationality of Nabeul): both stay.
     */
    private static boolean isPeopleByNationality(String text, NameSpan s) {
        String name = text.substring(s.start(), s.end()).strip();
        String folded = Lexicon.fold(name);
        if (name.indexOf(' ') >= 0 || folded.length() < 7 || !folded.startsWith("ال")
                || !(folded.endsWith("يين") || folded.endsWith("يون"))) {
            return false;
        }
        return Nationalities.isNationality(folded.substring(0, folded.length() - 2));
    }

    /**
     * A person right after آل is the family's name with it (وقال آل الشيخ إن: the tagger or the run found الشيخ alone):
     * آل is part of the name, as in the full name (عبدالعزيز بن عبدالله آل الشيخ), not a word before it.
     */
    private static NameSpan withFamilyWord(String text, NameSpan s) {
        int at = s.start() - 3;
        if (at < 0 || !text.startsWith("\u0622\u0644 ", at) || at > 0 && Character.isLetter(text.charAt(at - 1))) {
            return s;
        }
        return new NameSpan(at, s.end(), s.type(), s.score());
    }

    /**
     * A person of two words or more whose last word is بأن as written, with its hamza (حذر الرئيس دونالد ترامب <b>بأن</b>
     * كندا ستفرض، تصريحات حسن روحاني <b>بأن</b>): the conjunction of the clause after the name. Folded it is بان, a
     * given name (بان كي مون), so the stop words do not catch it; written with the hamza it is never a name. A one-word
     * "person" left with nothing is dropped (null).
     */
    private static NameSpan withoutTrailingThat(String text, NameSpan s) {
        String name = text.substring(s.start(), s.end());
        int space = name.lastIndexOf(' ');
        if (!name.endsWith("بأن")) {
            return s;
        }
        if (space < 0) {
            return null;
        }
        int end = s.start() + name.substring(0, space).stripTrailing().length();
        return new NameSpan(s.start(), end, s.type(), s.score());
    }

    /**
     * A person of two words or more whose last word is و and a nationality with the article (رئيس الوزراء اليوناني
     * أليكسيس تسيبراس <b>والمقدوني</b> زوران زايف): the second holder's title, coordinated after the first holder's
     * name; no name word opens with و and the article.
     */
    private static NameSpan withoutCoordinatedNationality(String text, NameSpan s) {
        String name = text.substring(s.start(), s.end());
        return endsWithCoordinatedNationality(name) ? beforeWord(text, s, name.lastIndexOf(' ')) : s;
    }

    /** {@code name} without a last word that is و and a nationality with the article, as the run remembers it. */
    static String withoutCoordinatedNationality(String name) {
        return endsWithCoordinatedNationality(name) ? name.substring(0, name.lastIndexOf(' ')).stripTrailing() : name;
    }

    private static boolean endsWithCoordinatedNationality(String name) {
        int space = name.strip().lastIndexOf(' ');
        String last = space < 0 ? "" : Lexicon.fold(name.strip().substring(space + 1));
        return last.startsWith("وال") && last.length() >= 7 && Nationalities.isNationality(last.substring(1));
    }

    /**
     * A person of two words or more whose last word is the audience spoken to, with لل (اوباما <b>للصحافيين</b>،
     * ترامب <b>للصحفيين</b>: {@code audiences-ar.txt}; any definite word so but a common one, العمير <b>للنعيمي</b>),
     * or a first name with ل (وقال الأمير وليام <b>لعباس</b>: the one
     * spoken to; surnames that open with ل, لعمامرة، لحود، لطفي, leave no first name behind it) loses that word.
     */
    private static NameSpan withoutAudience(String text, NameSpan s, Predicate<String> firstName, Predicate<String> common) {
        String name = text.substring(s.start(), s.end());
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return s;
        }
        String written = name.substring(space + 1);
        String last = Lexicon.fold(written);
        // لل is ل before the article, which no name word opens with (للا, لله are shorter): وقال العمير <b>للنعيمي</b> إن;
        // not before a common word, which may be a firm's field (محمد الأحمد للتنمية).
        boolean audience = last.startsWith("لل") && (Lexicon.AUDIENCES.contains("ا" + last.substring(1))
                || last.length() >= 5 && !common.test("ا" + last.substring(1)));
        boolean addressee = last.length() >= 4 && last.charAt(0) == '\u0644' && last.charAt(1) != '\u0644'
                && firstName.test(written.substring(1));
        return audience || addressee ? beforeWord(text, s, space) : s;
    }

    /**
     * A person of two words or more whose last word is an indefinite accusative (ending in ا) of a word the model
     * knows as common (متضامن، برنامج; متحدثاً with its tanween) loses that word; a name ending so (رضا، مصطفى) is no common word with the alef
     * taken off, and a first name is never cut.
     */
    private static NameSpan withoutAccusative(String text, NameSpan s, Predicate<String> firstName, Predicate<String> common) {
        String name = text.substring(s.start(), s.end());
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return s;
        }
        String last = name.substring(space + 1);
        String folded = Lexicon.fold(last);
        if (folded.length() < 5 || !folded.endsWith("ا") || folded.startsWith("ال") || firstName.test(last)) {
            return s;
        }
        // متحدثاً: the tanween written on the alef goes with it (متحدث), as the unmarked متحدثا does.
        String unmarked = last.replaceAll("[\u064B-\u0652]+$", "");
        String stem = unmarked.substring(0, unmarked.length() - 1);
        if (!common.test(stem)) {
            return s;
        }
        return beforeWord(text, s, space);
    }

    /**
     * A person of two words or more opening with a word the model knows as common by its class in the news and not as
     * a first name (<b>أدان</b> ترامب، <b>انتقد</b> أردوغان: a verb before its subject) loses that word. Titles
     * are common words too (الرئيس ترامب → ترامب, as a name is reported without its title); the parts that open
     * names (عبد، أبو، بن، آل …), a word before بن and the first word of a listed name ({@code firstName}) are never cut.
     */
    private static NameSpan withoutLeadingCommonWord(String text, NameSpan s, Predicate<String> firstName, Predicate<String> common) {
        String name = text.substring(s.start(), s.end());
        int space = name.indexOf(' ');
        if (space < 0) {
            return s;
        }
        String first = name.substring(0, space);
        String folded = Lexicon.fold(first);
        if (Lexicon.NAME_CONNECTORS.contains(folded) || folded.startsWith("عبد") || firstName.test(first) || !common.test(folded)) {
            return s;
        }
        // سعيدة بن حبيلس: a word before بن is someone's first name, whatever else it means.
        java.util.regex.Matcher second = WORD.matcher(name.substring(space));
        if (second.find() && Lexicon.NAME_CONNECTORS.contains(Lexicon.fold(second.group()))) {
            return s;
        }
        return afterWord(text, s, space);
    }

    /** {@code s} from after the space at {@code space} (relative to its start), the spaces there skipped. */
    private static NameSpan afterWord(String text, NameSpan s, int space) {
        int start = s.start() + space;
        while (start < s.end() && text.charAt(start) == ' ') {
            start++;
        }
        return new NameSpan(start, s.end(), s.type(), s.score());
    }

    /** {@code s} up to the space at {@code space} (relative to its start), the spaces there dropped. */
    private static NameSpan beforeWord(String text, NameSpan s, int space) {
        int end = s.start() + space;
        while (end > s.start() && text.charAt(end - 1) == ' ') {
            end--;
        }
        return new NameSpan(s.start(), end, s.type(), s.score());
    }
}
