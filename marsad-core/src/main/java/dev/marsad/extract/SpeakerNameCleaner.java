package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;

/**
 * What is cut off a speaker's name as a span gives it: a speech verb taken into it (روى عايض عسيري), a descriptor
 * after it (حزب … المؤيد للأكراد) and the time words that trail it (الجيش التركي الثلاثاء). Word lists:
 * {@link SpeakerWords}.
 */
final class SpeakerNameCleaner {
    /** اليوم folded: it ends an outlet's name (قناة روسيا اليوم), not only a sentence's time. */
    private static final String TODAY = ArabicNormalizer.fold("اليوم");
    /** صباح: the morning as a time word, a first name or an outlet's word (ديلي صباح) at a name's end. */
    private static final String MORNING = ArabicNormalizer.fold("صباح");
    /** العام folded: "the year" after a time phrase, "general" after a body's noun. */
    private static final String YEAR = ArabicNormalizer.fold("العام");
    /**
     * The nouns العام follows as "general" in bodies' names (مكتب الأمن العام، الادعاء العام، مكتب النائب العام); after any other word it
     * is the year (وزارة الصحة العام الماضي), whose time words the span may have stopped before.
     */
    private static final java.util.Set<String> GENERAL_NOUNS = java.util.stream.Stream.of(
            "الأمن", "الادعاء", "النائب", "المدعي", "المدير", "الأمين", "المراقب", "المفتش", "المؤتمر")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SpeakerNameCleaner() {
    }

    /** A name without the time words that trail it, nor a descriptor after it (حزب … المؤيد للأكراد). */
    static String withoutTrailingTime(String name) {
        String t = withoutClause(name.strip());
        while (t.contains(" ") && Lexicon.isSpeechVerb(ArabicNormalizer.fold(t.substring(0, t.indexOf(' '))))) {
            t = t.substring(t.indexOf(' ') + 1).strip(); // روى عايض عسيري: a speech verb taken into the name.
        }
        java.util.regex.Matcher d = SpeakerWords.ALLEGIANCE_DESCRIPTOR.matcher(t);
        if (d.find() && d.start() > 0) {
            t = t.substring(0, d.start()).strip();
        }
        // قناة روسيا اليوم، صحيفة مصر اليوم: اليوم ends an outlet's name.
        boolean outlet = SpeakerWords.MEDIA_HEADS.contains(ArabicNormalizer.fold(t.split(" ")[0]));
        // رجب طيب أردوغان بالقول: a word with بال ends no person's name, only a body's, known by its head noun.
        // (Not لل: a company is often named without one, نعيم للسمسرة.)
        String head = ArabicNormalizer.fold(t.split(" ")[0]);
        boolean body = outlet || SpeakerPhrases.isHead(head) || head.length() > 3 && head.charAt(0) == 'و' && SpeakerPhrases.isHead(head.substring(1));
        boolean cutAny = false;
        while (t.contains(" ")) {
            int cut = t.lastIndexOf(' ');
            String last = ArabicNormalizer.fold(t.substring(cut + 1));
            // مكتب الأمن العام: "general", no year (in الأمن العام الماضي the year stays a time word once the word
            // after it was cut).
            String before = ArabicNormalizer.fold(lastWord(t.substring(0, cut)));
            // الاتحاد العمالي العام، المؤتمر الشعبي العام: after a body's adjective of kind (not of nationality: الاتحاد
            // الأوروبي العام الماضي, cut before الماضي, keeps its year), العام alone at the end is "general".
            boolean ofKind = body && before.startsWith("ال") && before.endsWith("ي") && !Lexicon.isNationality(before);
            if (!cutAny && last.equals(YEAR) && (GENERAL_NOUNS.contains(before) || ofKind)) {
                break;
            }
            // مصطفى للصحافيين، المنظمة العربية للسياحة الدكتور: who the words went to, or the title of the name the
            // span stopped before, never ends a name.
            // الحكومة البولندية بالتراجع: a word with بال after a body's nationality adjective is what the body did.
            boolean afterNationality = body && last.startsWith("بال") && Lexicon.isNationality(before);
            boolean trailing = SpeakerWords.MEDIA_ADDRESSEES.contains(last) || SpeakerWords.TRAILING_RANKS.contains(last)
                    || (!body || afterNationality) && last.startsWith("بال") && last.length() >= 5;
            // ديلي صباح، صباح الأحمد: صباح ending a name is a name's word (a first name, an outlet's "Sabah"); only after a
            // time word was cut (الشرطة صباح اليوم) is it the morning.
            // عبدالعزيز المقبل: a time adjective after a name, no time noun before it, is the family name (not in الجيش
            // التركي الثلاثاء الماضي, where the day comes before it).
            boolean familyName = !cutAny && !body && SpeakerWords.TIME_ADJECTIVES.contains(last) && !SpeakerWords.TIME_WORDS.contains(before);
            if (!trailing && (!SpeakerWords.TIME_WORDS.contains(last) || familyName || outlet && last.equals(TODAY) || !cutAny && last.equals(MORNING))) {
                break;
            }
            t = t.substring(0, cut).strip();
            cutAny = true;
        }
        return beforeInnerDay(t);
    }

    /** The last of two or more words (stripped), or "" for one word. */
    private static String lastWord(String words) {
        String t = words.strip();
        return t.contains(" ") ? t.substring(t.lastIndexOf(' ') + 1) : "";
    }

    /**
     * A name without the ranks and description words its span ran into at its end (عماش المتحدث → عماش), and nothing
     * else of {@link #withoutTrailingTime}'s cleaning: for a fuller name the chain found, whose time words may be a
     * surname (محمد الخميس).
     */
    static String withoutTrailingRanks(String name) {
        String t = name.strip();
        while (t.contains(" ")) {
            String last = ArabicNormalizer.fold(t.substring(t.lastIndexOf(' ') + 1));
            if (!SpeakerWords.TRAILING_RANKS.contains(last) && !Lexicon.NAME_DESCRIPTOR_WORDS.contains(last)) {
                break;
            }
            t = t.substring(0, t.lastIndexOf(' ')).strip();
        }
        return t;
    }

    /**
     * A name cut before a day named inside it (منظمة العفو الدولية <b>الثلاثاء</b> المسلحين: حمّلت المنظمة الثلاثاء
     * المسلحين …, the verb's object ran into the span): a weekday or أمس never stands inside a name. Not اليوم
     * (روسيا اليوم) nor صباح (a first name).
     */
    private static String beforeInnerDay(String name) {
        String[] words = name.split(" ");
        int length = words[0].length();
        for (int i = 1; i < words.length; i++) {
            if (SpeakerWords.INNER_DAY_WORDS.contains(ArabicNormalizer.fold(words[i]))) {
                return name.substring(0, length).strip();
            }
            length += 1 + words[i].length();
        }
        return name;
    }

    /** إن/أن/بأن/فإن/فقد as written (hamza or قد): a clause opens there, no name goes on past it. */
    private static final java.util.regex.Pattern CLAUSE_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:ف?[إأ]ن|بأن|فقد)(?:ه|ها|هم|هما)?(?![\\p{L}])");

    /**
     * A name cut before the clause a span ran into (وبحسب الوزارة فإن الإجراء … → الوزارة): the name finder may take
     * the words after a source into it when no comma parts them.
     */
    static String withoutClause(String name) {
        java.util.regex.Matcher m = CLAUSE_WORD.matcher(name);
        String t = m.find() && m.start() > 0 ? name.substring(0, m.start()).strip() : name;
        // المؤسسة وفقاً للتقارير: a cited-source cue (وفقا، بحسب، نقلا عن) starts another phrase.
        java.util.regex.Matcher cue = CITED_CUE.matcher(t);
        return cue.find() && cue.start() > 0 ? t.substring(0, cue.start()).strip() : t;
    }

    /** وفقا / وفق / بحسب / حسب / نقلا as a word of its own (diacritics allowed after it: وفقاً). */
    private static final java.util.regex.Pattern CITED_CUE = java.util.regex.Pattern.compile(
            "(?<=\\s)(?:و?وفقا|و?وفق|و?ب?حسب|و?نقلا)[\\p{Mn}]*(?![\\p{L}])");

    /** A folded word without the article: المسيري and مسيري are one surname. */
    static String bare(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 ? folded.substring(2) : folded;
    }

    /** How many words {@code s} holds, commas parting words as spaces do. */
    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s،,]+").length;
    }
}
