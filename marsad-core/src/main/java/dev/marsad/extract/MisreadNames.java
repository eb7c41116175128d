package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.model.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * Spans a finder took for names that are not: adjectives, a common noun spelt like a place, a verb opening a
 * clause, a person the rules found after a title that cannot be one. Each rule is measured where its comment
 * says. Thread-safe (the model is read only).
 */
final class MisreadNames {
    /** الجنسية, folded. */
    private static final String NATIONALITY_NOUN = Lexicon.fold("الجنسية");

    private final Optional<NameFinder> model;

    MisreadNames(Optional<NameFinder> model) {
        this.model = model;
    }

    /** Whether a chosen span is a description, a common noun or a verb rather than a name. */
    boolean misread(String text, NameSpan s, Words w, ExtractionRun run) {
        return honorificPronoun(text, s) || unnamedSpeakerWord(text, s) || onlyAdjectives(text, s, run) || commonNounOfAPlaceName(text, s) || verbAtClauseStart(text, s, w)
                || opensWithPronoun(text, s) || adjectivePhraseAsPlace(text, s)
                || oneCommonWord(text, s) && !DescribedOrganizations.afterDefiniteDescriptor(s, w)
                || commonNounAfterPreposition(text, s, run) || NamedThings.namesAThing(text, s, w)
                || opensWithAccusativeTitle(text, s) || adjectiveAfterDefiniteNoun(text, s, w)
                || commonWordWithParticle(text, s, run) || opensWithNumber(text, s) || nationalityPhrase(text, s);
    }

    /**
     * A "person" ending with الجنسية (شاب سوري الجنسية، امرأة أمريكية الجنسية): a nationality told about someone, no
     * name. Folded, with and without the article's alif.
     */
    private static boolean nationalityPhrase(String text, NameSpan s) {
        List<String> words = personWords(text, s);
        return !words.isEmpty() && NATIONALITY_NOUN.equals(Lexicon.fold(words.get(words.size() - 1)));
    }

    /**
     * A span opening with a number (الرقم "657 بي بي"، 24 ساعة): a label or a measure, no person's or body's name
     * (names with a number end with it: السويداء 24).
     */
    private static boolean opensWithNumber(String text, NameSpan s) {
        return s.type() != EntityType.LOCATION && s.end() > s.start() && Character.isDigit(text.codePointAt(s.start()));
    }

    /** An honorific written with a pronoun (سموه، معاليه، فضيلته): it refers to a person, it is no name. */
    private static boolean honorificPronoun(String text, NameSpan s) {
        return SpeakerWords.HONORIFIC_PRONOUNS.contains(Lexicon.fold(WordSpans.reportedName(text, s).strip()));
    }

    /**
     * A span that is one word for someone the article does not name (إحداهن، أحدهم، مصدر; {@code unnamed-speakers-ar.txt}),
     * or opens with the dual of such a word or of a title (قائدان كبيران): وكتبت إحداهن: "…" names nobody.
     */
    private static boolean unnamedSpeakerWord(String text, NameSpan s) {
        String name = Lexicon.fold(WordSpans.reportedName(text, s).strip());
        // قائدان كبيران، مسؤولان: the dual of such a noun, or of a title, opens no name either.
        return Lexicon.UNNAMED_SPEAKERS.contains(name) || SpeakerWords.isDualOfUnnamed(name.split(" ")[0]);
    }

    /**
     * A "person" of two or three words right after a word with the article, opening with ل on a word that is no first
     * name, the rest with the article (المرصد السوري <b>لحقوق الإنسان</b>): the complement of the noun before it, cut
     * from a body's name. Kept: a word the run has met as someone's name.
     */
    private boolean prepositionalPhrase(String text, NameSpan s, String name, ExtractionRun run) {
        String[] words = name.strip().split("\\s+");
        String first = words[0];
        String folded = Lexicon.fold(first);
        if (words.length > 3 || folded.length() < 5 || folded.charAt(0) != 'ل' || folded.startsWith("لل")
                || folded.startsWith("ال", 1) || model.get().isFirstName(first) || model.get().isFirstName(first.substring(1))
                || run.resolveSingleWord(first).isPresent()) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!Lexicon.fold(words[i]).startsWith("ال")) {
                return false;
            }
        }
        int end = s.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = QuoteText.letterRunStart(text, end);
        return end > start && Lexicon.fold(text.substring(start, end)).startsWith("ال");
    }

    /**
     * A one-word "person" that is a common word the model knows, written with the particle ل or ب (مبنى <b>بلدية</b>
     * المدينة، الفريق الأول <b>لكرة</b> القدم) or in the indefinite accusative (قدم <b>برنامجا</b> جديدا): the tagger,
     * not knowing the written form, took it for a foreign name. Kept: a word the model knows as a first name, and
     * one the run has met as someone's name.
     */
    private boolean commonWordWithParticle(String text, NameSpan s, ExtractionRun run) {
        if (s.type() != EntityType.PERSON || model.isEmpty()) {
            return false;
        }
        String name = WordSpans.reportedName(text, s);
        if (name.indexOf(' ') >= 0) {
            return prepositionalPhrase(text, s, name, run);
        }
        String folded = Lexicon.fold(name);
        if (folded.length() < 4 || model.get().isFirstName(name)) {
            return false;
        }
        // Only ل and ب, before four letters or more: ف and ك open everyday names whose rest is a common word (فيصل:
        // ف + يصل "arrives"; كمال: ك + مال), and so does ب before three letters (باسم: ب + اسم).
        boolean particle = "لب".indexOf(folded.charAt(0)) >= 0 && !folded.startsWith("لل") && !folded.startsWith("ال", 1)
                && folded.length() >= 5;
        boolean accusative = folded.endsWith("ا") && folded.length() >= 5 && !folded.startsWith("ال");
        // The run may "know" an accusative as a surname: the tagger's span فلان برنامجا was remembered before
        // PersonEdges cut it, so only the particle reading defers to the run.
        return particle && model.get().isCommonNewsWord(name.substring(1)) && run.resolveSingleWord(name).isEmpty()
                || accusative && model.get().isCommonWord(name.substring(0, name.length() - 1));
    }

    /**
     * A one-word name that is, as reported, a word the training text uses often and never inside a name: the tagger
     * drops such names itself, but not those it saw in another form, after the preposition ل (نقل للأسلحة: it read
     * لأسلحة, reported as <b>الأسلحة</b>) or spread from a name elsewhere in the article (<b>قاعدة</b> from القاعدة).
     * Listed places and organisations stay.
     */
    private boolean oneCommonWord(String text, NameSpan s) {
        if (model.isEmpty()) {
            return false;
        }
        String name = WordSpans.reportedName(text, s);
        return name.indexOf(' ') < 0 && model.get().isCommonWord(name) && Gazetteers.typeOf(Lexicon.fold(name)) == null;
    }

    /**
     * A "person" opening with a word written after the preposition ل and the article (شحن <b>للمعدات</b> من بكين،
     * نقل <b>للذخائر</b>): names are rarely written so, common nouns often, and the tagger, reading لمعدات, knows
     * the word neither as common nor as a name. Kept: a word of relation (للزرقاوي، للشهرستاني; a group, للعلويين,
     * which some labellings count as persons), a listed first name, and a one-word name of someone the run has met
     * in full (دعمه للأسد after بشار الأسد).
     */
    private boolean commonNounAfterPreposition(String text, NameSpan s, ExtractionRun run) {
        if (s.type() != EntityType.PERSON || !WordSpans.afterAssimilatedArticle(text, s)) {
            return false;
        }
        List<String> words = NameKey.words(WordSpans.reportedName(text, s));
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        String folded = Lexicon.fold(first);
        boolean relation = folded.endsWith("ي") || folded.endsWith("يين") || folded.endsWith("يون");
        boolean firstName = model.map(m -> m.isFirstName(first) || first.length() > 4 && m.isFirstName(first.substring(2)))
                .orElse(false);
        if (relation || firstName) {
            return false;
        }
        return words.size() > 1 || run.resolveSingleWord(first).isEmpty();
    }

    /** The words of span {@code s} when it is a person; empty otherwise (the person rules' common opening). */
    private static List<String> personWords(String text, NameSpan s) {
        return s.type() == EntityType.PERSON ? NameKey.words(text.substring(s.start(), s.end())) : List.of();
    }

    /**
     * A "person" opening with a title in the accusative (عيّن بومبيو <b>وزيرا للخارجية</b>، انتخب <b>رئيسا</b> للبلدية):
     * the title is the predicate of a naming or appointing verb, and what follows is its complement, not a name; a
     * name never opens with a title plus the accusative alef. Only titles without the article and without ة
     * (وزير، رئيس، مدير…), whose alef form is no everyday name.
     */
    static boolean opensWithAccusativeTitle(String text, NameSpan s) {
        List<String> words = personWords(text, s);
        if (words.isEmpty()) {
            return false;
        }
        String first = Lexicon.fold(words.get(0));
        if (first.length() < 4 || !first.endsWith("ا") || first.startsWith("ال")) {
            return false;
        }
        String title = first.substring(0, first.length() - 1);
        return !title.endsWith("ه") && Lexicon.TITLES.contains(title);
    }

    /** العربية، العربي: a people's adjective that no listed country gives ({@code people-adjectives-ar.txt}). */
    private static final java.util.Set<String> PEOPLE_ADJECTIVES = java.util.Set.copyOf(
            dev.marsad.text.ResourceLines.read("/dev/marsad/extract/people-adjectives-ar.txt"));

    /**
     * A one-word organisation that is a nationality adjective with the article right after a noun with the article
     * (اللغة <b>العربية</b>، الثقافة <b>العربية</b>، واللغة <b>الفرنسية</b>) is that noun's adjective, not the outlet
     * (قناة العربية، لـ"العربية" stay: the noun before has no article, or a quotation mark stands between). The
     * adjective must be one {@link Nationalities} knows (a listed country's: الفرنسية، الألمانية) or a people's
     * adjective no country gives ({@code people-adjectives-ar.txt}: العربية).
     */
    static boolean adjectiveAfterDefiniteNoun(String text, NameSpan s, Words w) {
        if (s.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String folded = WordSpans.foldedName(text, s);
        if (folded.indexOf(' ') >= 0 || !folded.startsWith("ال")
                || !Nationalities.isNationality(folded) && !PEOPLE_ADJECTIVES.contains(folded)) {
            return false;
        }
        int i = w.tokenAt(s.start());
        if (i < 1 || !w.isWord(i - 1) || !text.substring(w.tokens().get(i - 1).end(), w.tokens().get(i).start()).isBlank()) {
            return false;
        }
        String before = w.folded().get(i - 1);
        int clitic = Words.procliticLength(before);
        boolean definite = before.startsWith("ال", clitic) || clitic > 0 && before.startsWith("لل", clitic - 1);
        return definite && before.length() >= clitic + 3 && !Nationalities.isNationality(before.substring(clitic));
    }

    /**
     * A "person" opening with a detached pronoun (وقال له: "<b>أنا سعيد</b> جدا") is the start of a clause, often in
     * a quotation: no name begins with أنا، نحن، هو.
     */
    private static boolean opensWithPronoun(String text, NameSpan s) {
        if (s.type() != EntityType.PERSON) {
            return false;
        }
        List<String> words = NameKey.words(text.substring(s.start(), s.end()));
        return !words.isEmpty() && Lexicon.PERSONAL_PRONOUNS.contains(Lexicon.fold(words.get(0)));
    }

    /**
     * A "place" opening with a nationality adjective with the article and not itself listed (القمة الروسية-<b>الكورية
     * الشمالية</b>, المحادثات <b>الصينية الأمريكية</b>) describes something by the countries it involves; it names no
     * place. Listed places that open so (السعودية) stay.
     */
    private static boolean adjectivePhraseAsPlace(String text, NameSpan s) {
        if (s.type() != EntityType.LOCATION) {
            return false;
        }
        String folded = Lexicon.fold(text.substring(s.start(), s.end()));
        String first = folded.split(" ")[0];
        return first.startsWith("ال") && (Nationalities.isNationality(first) || adjectiveOfAPlaceWord(first))
                && !Lexicon.LOCATIONS.contains(folded);
    }

    /** First words of listed places (كوريا of كوريا الشمالية), for adjectives whose country is listed only in full. */
    private static final java.util.Set<String> PLACE_FIRST_WORDS = Lexicon.LOCATIONS.stream()
            .map(p -> p.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** الكورية ← كوريا (الشمالية): an adjective with the article of the first word of a listed place. */
    private static boolean adjectiveOfAPlaceWord(String folded) {
        String w = folded.substring(2);
        String stem = w.endsWith("يه") ? w.substring(0, w.length() - 2) : w.endsWith("ي") ? w.substring(0, w.length() - 1) : "";
        return stem.length() >= 2 && (PLACE_FIRST_WORDS.contains(stem + "يا") || PLACE_FIRST_WORDS.contains(stem + "ا"));
    }

    /**
     * A "person" made only of nationality or relation adjectives without the article (مركز هندسي <b>روسي رئيسي</b>)
     * is a description the tagger took for a name. Names ending in ي (مجدي، فتحي) are kept when the name lists know
     * one of the words as a first name or the run has met the person.
     */
    private boolean onlyAdjectives(String text, NameSpan s, ExtractionRun run) {
        if (s.type() != EntityType.PERSON || model.isEmpty()) {
            return false;
        }
        String surface = text.substring(s.start(), s.end());
        List<String> words = NameKey.words(surface);
        boolean common = false;
        for (String w : words) {
            if (w.startsWith("ال") || !w.endsWith("ي") || w.length() < 3 || model.get().isFirstName(w)) {
                return false;
            }
            common |= model.get().isCommonWord(w) || Lexicon.isNationality(Lexicon.fold(w));
        }
        // غوتي، ضيائي: names end in ي too; a nationality (روسي) or a word the training text knows as common shows
        // the adjective.
        return common && run.resolveSingleWord(words.get(words.size() - 1)).isEmpty();
    }

    /**
     * A one-word place written with the article whose listed name has none (<b>السيول</b>, the torrents, against
     * سيول, Seoul): a place named without the article is not written with it, so this is the common noun. Places
     * whose name has the article are listed with it (العراق، اليمن) and stay.
     */
    private static boolean commonNounOfAPlaceName(String text, NameSpan s) {
        if (s.type() != EntityType.LOCATION) {
            return false;
        }
        String folded = Lexicon.fold(text.substring(s.start(), s.end()));
        if (folded.indexOf(' ') >= 0 || !folded.startsWith("ال") || folded.length() < 5) {
            return false;
        }
        return Lexicon.LOCATIONS.contains(folded.substring(2)) && !Lexicon.LOCATIONS.contains(folded);
    }

    /**
     * A one-word organisation of three letters opening a clause and followed by a noun with the article: the shape
     * of a past-tense verb and its subject (<b>فتح</b> المتحف أبوابه، <b>أمل</b> الوزير), where a movement's name
     * (فتح، أمل) comes after a head noun or a preposition (حركة فتح، من فتح).
     */
    private static boolean verbAtClauseStart(String text, NameSpan s, Words w) {
        if (s.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String surface = text.substring(s.start(), s.end());
        if (surface.indexOf(' ') >= 0 || Lexicon.fold(surface).length() != 3) {
            return false;
        }
        int i = 0;
        while (i < w.size() && w.tokens().get(i).end() < s.end()) {
            i++;
        }
        if (i >= w.size() || i + 1 >= w.size() || !w.isWord(i + 1) || !w.folded().get(i + 1).startsWith("ال")) {
            return false;
        }
        int tokenStart = w.tokens().get(i).start();
        if (tokenStart == s.start()) {
            return i == 0 || !w.isWord(i - 1);
        }
        // وفتح المعرض أبوابه: the conjunction opens a clause whatever came before it.
        return s.start() == tokenStart + 1 && text.charAt(tokenStart) == '\u0648';
    }

    /**
     * A person the rules found after a title or an attribution verb that cannot be one: a word of it is common in
     * the training text and never part of a name there (رئيس <b>دائرة</b> الطيران، رئيس الأركان <b>بحسب</b>), or it
     * opens with an organisation's head noun or a title (رئيس <b>مفوضية</b> الاتحاد). Measured on the held-out
     * news slice (eval ner, what analyze reports), together with the common-word test on run-level mentions:
     * 68.4 → 71.0 F1, the quotation fixtures unchanged.
     */
    boolean notAPerson(String text, NameSpan s) {
        List<String> words = personWords(text, s);
        if (words.isEmpty()) {
            return false;
        }
        String first = Lexicon.fold(words.get(0));
        if (HeadNouns.isHeadNoun(first) || Lexicon.TITLES.contains(first) || Lexicon.TITLES.contains(HeadNouns.withoutLetter(first))) {
            return true;
        }
        // وزيرة الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة، جمانة غنيمات: a name set off by commas or marks after
        // its title is a name by its place in the sentence; the word classes of unlabelled news make rarer given names
        // (جمانة) common words, so only words the training text knows as common (never inside a name) undo it.
        boolean apposed = s.score() == PersonRules.APPOSED_SCORE;
        return (apposed ? hasTrainingCommonWord(words) : hasCommonWord(words)) || commonAfterParticle(first);
    }

    /** Whether one of the words is common and never part of a name in the model's training text (false without a model). */
    private boolean hasTrainingCommonWord(List<String> words) {
        return model.isPresent() && words.stream().anyMatch(w -> model.get().isCommonWord(w));
    }

    /**
     * A first word that is the conjunction و or the preposition ل/ب on a head noun or a common word (نائب رئيس الجمعية
     * <b>وعضو جمعية</b> الأطفال بندر الصالح: a second title; المدير العام <b>لأمن مطار</b> الكويت: the title's
     * complement), not a name; names that open with those letters (وليد، لميس، بسام) are first names the model knows
     * or leave no common word behind the letter. ف and ك are left alone: فيصل and كمال would read as ف + يصل، ك + مال.
     */
    private boolean commonAfterParticle(String first) {
        if (model.isEmpty() || first.length() < 4 || "ولب".indexOf(first.charAt(0)) < 0 || model.get().isFirstName(first)) {
            return false;
        }
        String rest = first.substring(1);
        return HeadNouns.isHeadNoun(rest) || model.get().isCommonNewsWord(rest);
    }

    /**
     * Whether one of the words is one the model knows as common and never part of a name, in its training text or by
     * its class in unlabelled news ({@link NameFinder#isCommonNewsWord}; false without a model).
     */
    boolean hasCommonWord(List<String> words) {
        if (model.isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (model.get().isCommonNewsWord(w)) {
                return true;
            }
        }
        return false;
    }
}
