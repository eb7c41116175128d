package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.text.ArabicNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of a reported clause tell speaker resolution, read off the words alone: the verb's form (dual,
 * participle, relaying), and what stands between the verb and إن/أن (an unnamed source, a title, a spokesperson
 * of a body, a statement, nothing but prepositions, an audience instead of a subject). Word lists:
 * {@link SpeakerWords} and {@link Lexicon}.
 */
final class SpeakerCues {
    private SpeakerCues() {
    }

    /**
     * عنه/عنها/عنهم (ونقلت وكالة تاس عنه قوله), group "p", with no bare عن before it: in ونقلت الوكالة عن مسؤول، لم يكشف
     * عنه هويته، قوله the source is the official, the pronoun belongs to an aside about him.
     */
    static final Pattern PRONOUN_SOURCE = Pattern.compile(
            "^(?:(?!(?<![\\p{L}])عن(?![\\p{L}])).)*?(?<p>(?<![\\p{L}])عن(?:ه|ها|هم)(?![\\p{L}]))", Pattern.DOTALL);

    static final Pattern RELAYED_FROM = Pattern.compile("(?<![\\p{L}])عن(?![\\p{L}])");

    /** على لسان فلان (folded: علي لسان): the words relayed are that someone's, whatever the verb. */
    static final Pattern ON_TONGUE_OF = Pattern.compile("(?<![\\p{L}])علي لسان(?![\\p{L}])");

    static boolean isRelayVerb(String foldedVerb) {
        String v = foldedVerb.startsWith("و") || foldedVerb.startsWith("ف") ? foldedVerb.substring(1) : foldedVerb;
        return v.startsWith("نقل");
    }

    /** فيه / فيها alone between the verb and إن/أن. */
    static final Pattern IN_IT = Pattern.compile("\\s*في(?:ه|ها)\\s*[،,]?\\s*");

    static final Pattern ISSUED_BY = Pattern.compile("بيان(?:ا)?\\s+(?:عن|من|صادر عن|صادر من)?\\s*");

    /** البيان / بيانها right after the verb: the statement of whoever spoke last. */
    static final Pattern STATEMENT = Pattern.compile("\\s*(?:البيان|بيان(?:ها|ه)|التقرير)(?![\\p{L}])");

    static final Pattern SPOKESPERSON_OF = Pattern.compile("(?<![\\p{L}])باسم(?![\\p{L}])");

    /**
     * The spokesperson, with up to two relation adjectives, of a body written with ل (folded, right after the verb):
     * المتحدث الرسمي لوزارة الصحة، الناطق الإعلامي للنادي (group 1: the word with ل).
     */
    static final Pattern SPOKESPERSON_FOR = Pattern.compile("\\s*ال(?:متحدث|ناطق)(?:ه)?(?:\\s+ال\\p{L}+){0,2}\\s+(ل\\p{L}{3,})");

    /**
     * One definite word of an unnamed speaker's noun, alone or with up to two relation adjectives (المتحدث، المصدر،
     * المسؤول الأممي): a definite description of someone met before.
     */
    static boolean definiteUnnamedAlone(String between) {
        // وأضاف المتحدث، في البيان السادس عشر …، أن: a comma closes the description when where or when follows it (not
        // a name: قال النائب الكويتي، وليد الطبطبائي، إن).
        String[] parts = between.split("[،,]", 2);
        String described = parts.length == 2 && opensWithoutSubject(parts[1]) ? parts[0] : between;
        String[] words = described.strip().split("\\s+");
        String w = words[0];
        // المسؤولة الفرنسية: the feminine of a listed noun (ـة, folded ـه) too.
        boolean listed = w.startsWith("ال") && (Lexicon.UNNAMED_SPEAKERS.contains(w.substring(2))
                || (w.endsWith("ه") && w.length() > 4 && Lexicon.UNNAMED_SPEAKERS.contains(w.substring(2, w.length() - 1))));
        if (!listed || words.length > 3) {
            return false;
        }
        // وأكد المسؤول الأممي أن: a definite description with relation adjectives (ending in ي) refers back too.
        for (int i = 1; i < words.length; i++) {
            String a = words[i];
            if (!a.startsWith("ال") || !(a.endsWith("ي") || a.endsWith("يه")) || a.length() < 5) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code person} is named in {@code between} only after the preposition من (مصدر مقرب من ميشال بلاتيني،
     * مسؤول من فريق ترامب): someone the unnamed speaker is close to or works for, not the speaker.
     */
    static boolean namedAfterFrom(String between, Speaker person) {
        return namedAfter(between, person, 1, "من") || namedAfter(between, person, 3, "عند", "قرب", "بالقرب")
                || namedAfter(between, person, 3, LOYAL_TO) || servesUnder(between, person) || inSourcesPlace(between, person);
    }

    /** Prepositions that open where an unnamed source stands (مصادر عسكرية في الجيش، مصدر داخل الحكومة). */
    private static final java.util.Set<String> SOURCE_PLACE_PREPOSITIONS = java.util.Set.of("في", "داخل", "وسط", "لدي", "بين");

    /**
     * مصادر عسكرية وسط الجيش الموالي للشرعية المتمثلة في الرئيس عبدربه منصور هادي: an indefinite unnamed noun, at most
     * two indefinite adjectives, then a preposition of place: {@code person}, named somewhere after it and not set off
     * by a comma (مسؤول كبير في البيت الأبيض، جون كيلي: the official himself), is in the place the source stands, not the
     * source.
     */
    private static boolean inSourcesPlace(String between, Speaker person) {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        Matcher w = LETTERS.matcher(between);
        while (w.find()) {
            words.add(w.group());
            starts.add(w.start());
        }
        if (words.size() < 3 || !Lexicon.UNNAMED_SPEAKERS.contains(words.get(0))) {
            return false;
        }
        int preposition = 1;
        while (preposition < words.size() && preposition <= 2 && !SOURCE_PLACE_PREPOSITIONS.contains(words.get(preposition))
                && !words.get(preposition).startsWith("ال")) {
            preposition++;
        }
        if (preposition >= words.size() || !SOURCE_PLACE_PREPOSITIONS.contains(words.get(preposition))) {
            return false;
        }
        java.util.Set<String> name = nameWords(person);
        for (int i = preposition + 1; i < words.size(); i++) {
            if (namesWord(name, words.get(i))) {
                return !between.substring(0, starts.get(i)).stripTrailing().endsWith("،");
            }
        }
        return false;
    }

    /**
     * Loyal to, close to (folded), before ل or من and the one meant (مصادر موالية للرئيس اليمني عبد ربه منصور هادي،
     * مصدر مقرب من الرئيس): whom the unnamed speaker stands with, not the speaker. (Not التابعة: المسؤول الإعلامي لغرفة
     * العمليات التابعة للجيش الليبي عبدالكريم صبرا names the official himself after the body.)
     */
    private static final String[] LOYAL_TO = {"موال", "موالي", "مواليه", "موالون", "موالين", "الموالي", "المواليه", "الموالين",
            "مقرب", "مقربه", "مقربون", "مقربين", "المقرب", "المقربه", "المقربين"};

    /**
     * مسؤول في إدارة الرئيس ترامب، مسؤولي حكومة هادي: {@code person} named within two words after في (or an unnamed
     * speaker's plural in construct) and a body of {@link #SERVES_IN}.
     */
    private static boolean servesUnder(String between, Speaker person) {
        Matcher w = LETTERS.matcher(between);
        String previous = "";
        while (w.find()) {
            // مسؤولي حكومة هادي: a plural in construct before the body serves it as في does.
            if ((previous.equals("في") || Lexicon.UNNAMED_SPEAKERS.contains(previous)) && SERVES_IN.contains(w.group())) {
                return namedAfter(between.substring(w.start()), person, 2, w.group());
            }
            previous = w.group();
        }
        return false;
    }

    /**
     * The bodies an unnamed official serves in, named after their head (مسؤول في إدارة الرئيس ترامب، مصدر في مكتب
     * نتنياهو، مسؤول في حكومة رئيس الوزراء): the head named is not the speaker.
     */
    private static final java.util.Set<String> SERVES_IN = java.util.Set.of("اداره", "مكتب", "حكومه", "فريق", "حمله", "ديوان");

    /**
     * Whether {@code person} is named in {@code between} within {@code gap} words after one of {@code words} (صحفي من
     * وكالة الأنباء الفرنسية عند معبر كرم أبو سالم: a place the journalist stood at, named after a person).
     */
    private static boolean namedAfter(String between, Speaker person, int gap, String... words) {
        java.util.Set<String> after = java.util.Set.of(words);
        java.util.Set<String> name = nameWords(person);
        if (name.isEmpty()) {
            return false;
        }
        Matcher w = LETTERS.matcher(between);
        int sinceFrom = Integer.MAX_VALUE; // words since the last من (القريبة من البحر، ويدعى "بدر الحربي": too far)
        while (w.find()) {
            String word = w.group();
            if (namesWord(name, word)) {
                return sinceFrom <= gap; // من الفرنسي ميشال بلاتيني: a nationality or title may stand between
            }
            sinceFrom = after.contains(word) ? 0 : sinceFrom == Integer.MAX_VALUE ? sinceFrom : sinceFrom + 1;
        }
        return false;
    }

    /**
     * The folded words of {@code person}'s name: any of them counts where the article writes the name, since the chain
     * may give a fuller name than the words written there (حكومة هادي → عبد ربه منصور هادي).
     */
    private static java.util.Set<String> nameWords(Speaker person) {
        java.util.Set<String> name = new java.util.HashSet<>();
        Matcher part = LETTERS.matcher(ArabicNormalizer.fold(person.name()));
        while (part.find()) {
            name.add(part.group());
        }
        return name;
    }

    /** Whether {@code word} (folded) is one of the name's words, with or without a one-letter proclitic (لهادي). */
    private static boolean namesWord(java.util.Set<String> name, String word) {
        return name.contains(word) || word.length() > 1 && name.contains(word.substring(1));
    }

    /** أحد / إحدى folded: "one of" a group. */
    private static final String ONE_OF = Lexicon.fold("أحد");
    private static final String ONE_OF_FEMININE = Lexicon.fold("إحدى");

    /** بعض، عدة: a few of a group, whatever group follows (بعض حكام الولايات، عدة جماعات حقوقية). */
    private static final java.util.Set<String> SOME = java.util.Set.of(ArabicNormalizer.fold("بعض"), ArabicNormalizer.fold("عدة"));

    /** True when the first word after the verb is a noun for an unnamed speaker (مصدر، مسؤولون، مراسل). */
    static boolean opensWithUnnamed(String between) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find()) {
            return false;
        }
        String w = m.group();
        if (SpeakerWords.TIME_WORDS.contains(w)) {
            // قال الأربعاء مسؤول أمريكي إن: a day or time adverb may stand between the verb and an indefinite subject
            // (not a definite one: أعلن أمس النائب العام سالم سعيد كبيش, a title).
            String rest = between.substring(m.end());
            return !firstWord(rest).startsWith("ال") && opensWithUnnamed(rest);
        }
        if (w.equals("ل") || w.startsWith("لل") || w.length() > 2 && w.charAt(0) == 'ل' && Lexicon.NEWS_AGENCIES.contains(w.substring(1))) {
            // وكشف لـ"الرياض" مصدر بشركة الكهرباء، وقال للصحيفة مصدر مطلع: whom the words went to comes first.
            Matcher next = LETTERS.matcher(between).region(m.end(), between.length());
            if (w.equals("ل") && !next.find()) {
                return false;
            }
            // Only an indefinite one (مصدر), as after a time word: a definite noun there is a title (المتحدث الرسمي لوزارة
            // العمل تيسير المفرج), its holder named after it.
            String rest = between.substring(w.equals("ل") ? next.end() : m.end());
            return !firstWord(rest).startsWith("ال") && opensWithUnnamed(rest);
        }
        if (SpeakerWords.QUANTIFIERS.contains(w)) {
            // وقال عدد من الخبراء إن / ذكرت إحدى الصحف أن: some of a group is as unnamed as the group.
            String rest = between.substring(m.end()).stripLeading();
            rest = rest.startsWith("من ") ? rest.substring(2) : rest;
            if ((w.equals(ONE_OF) || w.equals(ONE_OF_FEMININE)) && !firstWord(rest).isEmpty()) {
                return true; // أكد أحد أساطير النادي: one of a group is an unnamed individual (a name there is read apart).
            }
            if (SOME.contains(w) && !firstWord(rest).isEmpty()) {
                // زعم بعض حكام الولايات أن / وقالت عدة جماعات حقوقية: a few of any group, named by none of them.
                return true;
            }
            return !SpeakerWords.QUANTIFIERS.contains(firstWord(rest)) && opensWithUnnamed(rest);
        }
        return Lexicon.UNNAMED_SPEAKERS.contains(w) || (w.startsWith("ال") && Lexicon.UNNAMED_SPEAKERS.contains(w.substring(2)))
                || SpeakerWords.UNNAMED_GROUPS.contains(w) || SpeakerWords.isDualOfUnnamed(w); // وأفاد قائدان كبيران بأن
    }

    private static String firstWord(String folded) {
        Matcher m = LETTERS.matcher(folded);
        return m.find() ? m.group() : "";
    }

    /** The words after the first one when it is a speech verb (ما قال مسؤولون → مسؤولون). */
    static String withoutLeadingVerb(String folded) {
        return withoutLeadingVerb(folded, false);
    }

    private static String withoutLeadingVerb(String folded, boolean afterVerb) {
        Matcher m = LETTERS.matcher(folded);
        if (!m.find()) {
            return folded;
        }
        // وفقا لما أكدته الشرطة، حسبما ذكره الجيش: the verb after ما takes it back as its object pronoun.
        boolean verb = Lexicon.isSpeechVerb(m.group()) || m.group().equals("ما") || speechVerbWithObjectPronoun(m.group());
        // حسبما أفاد الأحد المرصد السوري: a day right after the verb is when, the subject follows it.
        boolean day = afterVerb && SpeakerWords.INNER_DAY_WORDS.contains(m.group());
        return verb || day ? withoutLeadingVerb(folded.substring(m.end()), verb || afterVerb) : folded;
    }

    /** A speech verb with the object pronoun ه or ها written on it (أكدته، ذكره، أوردتها). */
    private static boolean speechVerbWithObjectPronoun(String word) {
        for (String pronoun : new String[] {"ها", "ه"}) {
            if (word.length() > pronoun.length() + 2 && word.endsWith(pronoun)
                    && Lexicon.isSpeechVerb(word.substring(0, word.length() - pronoun.length()))) {
                return true;
            }
        }
        return false;
    }

    /** مكاتب استقدام taken for a person's name: a name opening with a noun for unnamed speakers is none. */
    static boolean startsWithUnnamed(String name) {
        return opensWithUnnamed(ArabicNormalizer.fold(name));
    }

    /**
     * True when the words after the verb open with an audience (للصحفيين، لوكالة), a preposition or a time word:
     * the verb has no subject of its own there (Arabic puts the subject right after the verb).
     */
    static boolean opensWithoutSubject(String between) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find()) {
            return false;
        }
        // وقد قال الشهر الماضي للصحافيين إن، وقال الشهر الماضي إن: when the words were said comes first, or is all.
        boolean timeFirst = SpeakerWords.TIME_WORDS.contains(m.group());
        while (SpeakerWords.TIME_WORDS.contains(m.group())) {
            if (!m.find()) {
                return timeFirst;
            }
        }
        String w = m.group();
        // لوسائل إعلام محلية: the people spoken to, with ل, stand where a subject would.
        boolean toUnnamed = w.length() > 3 && w.startsWith("ل") && Lexicon.UNNAMED_SPEAKERS.contains(w.substring(1));
        return w.startsWith("لل") || toUnnamed || Lexicon.AUDIENCES.contains(w) || SpeakerWords.NO_SUBJECT_OPENERS.contains(w);
    }

    /** نفسه، ذاته … (folded): after a definite noun, "the same one" the article spoke of before. */
    private static final java.util.Set<String> SAME = java.util.Set.of("نفسه", "نفسها", "ذاته", "ذاتها", "عينه", "عينها");

    /**
     * Whether the words after the verb open with an unnamed speaker's noun, definite, and "the same" (وأفاد المصدر نفسه،
     * وأوضحت المصادر ذاتها، وأضاف المسؤول عينه): the one quoted before speaks again, named or not. A body's noun (وتقول
     * الوكالة نفسها) is left to the body named with it, which need not be the one quoted last.
     */
    static boolean opensWithSameOne(String between) {
        Matcher m = LETTERS.matcher(between);
        return m.find() && m.group().startsWith("ال") && Lexicon.UNNAMED_SPEAKERS.contains(m.group().substring(2))
                && m.find() && SAME.contains(m.group());
    }

    /**
     * The verb's subject is an honorific written with a pronoun (وأكد <b>سموه</b> أن، وقال <b>معاليه</b>: "…"): the
     * titled person the article has just named speaks on.
     */
    static boolean opensWithHonorific(String between) {
        Matcher m = LETTERS.matcher(between);
        return m.find() && SpeakerWords.HONORIFIC_PRONOUNS.contains(m.group());
    }

    /**
     * Whether the words after the verb open with a relative's noun right before {@code person}'s name (وقالت والدة نيكي
     * فيرستابن إن): the relative speaks, unnamed; the name is a genitive, not the speaker.
     */
    static boolean relativeOfNamed(String between, Speaker person) {
        if (person == null || person.name().isBlank()) {
            return false;
        }
        Matcher m = LETTERS.matcher(between);
        if (!m.find() || !SpeakerWords.RELATIVES_OF.contains(m.group())) {
            return false;
        }
        // The name as written may be the surname of the full name it resolved to (عائلة أبوالفتوح → عبدالمنعم
        // أبوالفتوح), and written joined where the full name has two words (أبوالفتوح, أبو الفتوح); a description of
        // up to three words opening with an indefinite noun may stand before it (والدة راكب الأمواج الأسترالي ميك
        // فانينج), not a definite one, which completes the relative's noun (والد الطفلة المواطن فلان، محامي التطبيق
        // فلان: the relative himself named after it).
        String[] name = ArabicNormalizer.fold(person.name()).strip().split("[^\\p{L}]+");
        int relativeEnd = m.end();
        for (int word = 0; word < 4 && m.find(); word++) {
            for (int i = 0; i < name.length; i++) {
                if (m.group().equals(name[i]) || i + 1 < name.length && m.group().equals(name[i] + name[i + 1])) {
                    // شقيق ولي العهد، خالد بن سلمان، سفير …: a name set off by a comma is the relative's own, in apposition.
                    String gap = between.substring(relativeEnd, m.start());
                    return gap.indexOf('،') < 0 && gap.indexOf(',') < 0;
                }
            }
            if (word == 0 && m.group().startsWith("ال")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words after the verb open with a circumstance (خلال، أمام، في …) and {@code name} is written in them
     * only behind the preposition ب or ل (وأضاف خلال جلسة <b>بالكونغرس</b> إنه): the body is where the words were said,
     * not who said them.
     */
    static boolean bodyOnlyInCircumstance(String between, String name) {
        Matcher first = LETTERS.matcher(between);
        if (!first.find() || !SpeakerWords.CIRCUMSTANCE_OPENERS.contains(first.group()) || name == null || name.isBlank()) {
            return false;
        }
        String n = ArabicNormalizer.fold(name).strip();
        boolean seen = false;
        for (int at = between.indexOf(n); at >= 0; at = between.indexOf(n, at + 1)) {
            boolean behindPreposition = at >= 1 && "بل".indexOf(between.charAt(at - 1)) >= 0
                    && (at == 1 || !Character.isLetter(between.charAt(at - 2)));
            if (!behindPreposition) {
                return false;
            }
            seen = true;
        }
        // للمحكمة: ل before the article drops its alif, so the name is written لل + the rest.
        if (!seen && n.startsWith("ال")) {
            String rest = "لل" + n.substring(2);
            int at = between.indexOf(rest);
            seen = at >= 0 && (at == 0 || !Character.isLetter(between.charAt(at - 1)));
        }
        return seen;
    }

    /** Nothing but prepositions between the verb and إن/أن (وأشار إلى أن، وكشف عن أن): no new speaker named. */
    static boolean onlyPrepositions(String between) {
        for (String w : between.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !SpeakerWords.VERB_PREPOSITIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> DUAL_VERBS = Lexicon.phrases("dual-speech-verbs-ar.txt");

    /** A speech verb in the dual (قالا، أكدا، بينا): two speakers. */
    static boolean isDual(String foldedVerb) {
        String v = foldedVerb.startsWith("و") || foldedVerb.startsWith("ف") ? foldedVerb.substring(1) : foldedVerb;
        return DUAL_VERBS.contains(v);
    }

    /** An active participle of a speech verb (مؤكدا، مشيرة، مضيفين): it has the subject of the sentence it ends. */
    static boolean isParticiple(String foldedVerb) {
        String v = foldedVerb.startsWith("و") && foldedVerb.length() > 3 ? foldedVerb.substring(1) : foldedVerb;
        // قائلا folds to قايلا (hamza on its seat folded): both spellings.
        return (v.startsWith("م") && v.length() >= 4) || v.startsWith("لافت") || v.startsWith("قائل") || v.startsWith("قايل");
    }

    /** True when a title of one or two words ({@code الوزير}, {@code الأمين العام}) stands in {@code folded}. */
    static boolean namesTitle(String folded) {
        String previousWord = "";
        for (String w : folded.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && (Lexicon.SPEAKER_TITLES.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && Lexicon.SPEAKER_TITLES.contains(w.substring(1)))
                    || Lexicon.SPEAKER_TITLES.contains(previousWord + " " + w))) {
                return true;
            }
            previousWord = w;
        }
        return false;
    }

    /**
     * Whether the words after the verb open with an occupation with the article (وقال الملياردير البالغ من العمر 33
     * عاما، وقال المدرس): a definite description of someone the article has introduced.
     */
    static boolean opensWithOccupation(String between) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find() || !m.group().startsWith("ال")) {
            return false;
        }
        return SpeakerWords.listedOrFeminine(SpeakerWords.OCCUPATIONS, m.group().substring(2));
    }

    /** A plural or dual relative pronoun (الذين، اللذان): a speech verb right after it has the noun before it as subject. */
    static boolean isPluralRelative(String folded) {
        return SpeakerWords.PLURAL_RELATIVES.contains(folded);
    }

    /** موقع and التواصل folded: على موقع التواصل الاجتماعي is where words went out (موقع alone may be a place). */
    private static final String SITE = ArabicNormalizer.fold("موقع");
    private static final String SOCIAL = ArabicNormalizer.fold("التواصل");

    /**
     * Where, in the words between a speech verb and its إن/أن (folded), the medium begins: a companion word (في لقاء
     * مع قناة …، برفقة), an outlet as addressee (لقناة، لصحيفة), a word that names where the words went out (عبر،
     * نشرته، نقلته), an outlet after في/على (في إذاعة، على قناة), or an occasion after a preposition (في ختام قمة
     * مجموعة السبع، خلال اجتماع مجلس الأمن، على هامش): what follows it is where they were said, not who said them.
     * The length of {@code between} when there is none.
     */
    static int mediumStart(String between) {
        Matcher m = LETTERS.matcher(between);
        int previousStart = -1;
        String previous = "";
        String beforePrevious = "";
        while (m.find()) {
            String w = m.group();
            // المدير العام لشبكة الجزيرة، فلان: ل on an outlet right after a title is the title's complement (whose
            // director he is), not the outlet spoken to.
            boolean titleComplement = SpeakerWords.MEDIA_ADDRESSEES.contains(w)
                    && (Lexicon.SPEAKER_TITLES.contains(previous) || Lexicon.SPEAKER_TITLES.contains(beforePrevious + " " + previous));
            if (SpeakerWords.COMPANION_WORDS.contains(w) || SpeakerWords.MEDIA_ADDRESSEES.contains(w) && !titleComplement
                    || SpeakerWords.MEDIUM_WORDS.contains(w)) {
                return m.start();
            }
            boolean socialSite = w.equals(SITE) && between.substring(m.end()).strip().startsWith(SOCIAL);
            if ((SpeakerWords.MEDIUM_OUTLETS.contains(w) || socialSite) && SpeakerWords.MEDIUM_PREPOSITIONS.contains(previous)) {
                return previousStart; // وقال الوزير في إذاعة آر تي إي، على قناة الجزيرة: the outlet he spoke on.
            }
            if (SpeakerWords.OCCASION_WORDS.contains(w) && SpeakerWords.OCCASION_PREPOSITIONS.contains(previous)) {
                return previousStart; // وأضاف في ختام قمة مجموعة السبع: the occasion, whose participants said nothing here.
            }
            if (outletInMarksLast(between, m)) {
                return m.start(); // أوضح لـ"عين اليوم" أن: ل alone before an outlet in marks, the last words before أن.
            }
            beforePrevious = previous;
            previous = w;
            previousStart = m.start();
        }
        return between.length();
    }

    /**
     * Whether the word {@code m} found is ل alone (drawn out with a tatweel or not) right before a quotation mark, and
     * no word but a time phrase follows the closing mark: an outlet spoken to, ending the words (وقال لـ«الشرق
     * الأوسط»، إن; … في وقت سابق «). Not when other words follow it (وقال لـ"الاقتصادية" عدد من العمال إن: the
     * subject comes after the outlet).
     */
    private static boolean outletInMarksLast(String between, Matcher m) {
        if (!m.group().replace("\u0640", "").equals("ل") || m.end() >= between.length() || QUOTE_MARKS.indexOf(between.charAt(m.end())) < 0) {
            return false;
        }
        int close = -1;
        for (int i = m.end() + 1; i < between.length(); i++) {
            if (QUOTE_MARKS.indexOf(between.charAt(i)) >= 0) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        Matcher rest = LETTERS.matcher(between.substring(close + 1));
        while (rest.find()) {
            if (!SpeakerWords.TIME_WORDS.contains(rest.group()) && !TIME_PHRASE_WORDS.contains(rest.group())) {
                return false;
            }
        }
        return true;
    }

    /** Words of a time phrase after the outlet (في وقت سابق، يوم الأحد), beside the time words (folded). */
    private static final java.util.Set<String> TIME_PHRASE_WORDS = java.util.Set.of("في", "وقت", "سابق", "لاحق", "يوم");

    /** Quotation marks an outlet's name is written in. */
    private static final String QUOTE_MARKS = "\"«»“”'";

    /** The words before the first companion word (مع، برفقة، بحضور), or all of them: what follows one is the companion's. */
    static String beforeCompanion(String folded) {
        Matcher m = LETTERS.matcher(folded);
        while (m.find()) {
            if (SpeakerWords.COMPANION_WORDS.contains(m.group())) {
                return folded.substring(0, m.start());
            }
        }
        return folded;
    }
}
