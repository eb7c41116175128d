package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A role noun standing for the person the article introduced with it (دعا المفتي العام للقدس …، الشيخ محمد حسين …
 * وقال المفتي إن → محمد حسين; كشف المتحدث باسم التحالف، العقيد تركي المالكي … وقال المتحدث باسم التحالف إن → تركي
 * المالكي). The title list cannot hold every role (مفتي، خطيب، محافظ …); what shows the reference is that the same
 * noun stood within a few words before that person's name, or right after it in apposition (قالت كومبا با، وزيرة
 * الشباب … وأضافت الوزيرة أن). Read for the one quoted last, and for one quoted earlier when a body or nobody named
 * spoke last ({@link #referent}), so a role never jumps to someone who has not spoken, nor over another person.
 */
final class RoleAnaphora {
    /** The most words between the role noun and the name it introduced (المفتي العام للقدس والديار الفلسطينية، خطيب …). */
    private static final int WORDS_BEFORE_NAME = 12;

    /** The most words after the name before the role noun in apposition (فلان، وزيرة الشباب): the role comes first. */
    private static final int WORDS_AFTER_NAME = 1;

    /** Unnamed speakers' nouns for a source or a group, never one person (folded, without the article). */
    private static final java.util.Set<String> NOT_ONE_PERSON = java.util.Set.of("مصدر", "سكان", "شهود", "اوساط", "وسائل", "تقارير", "مكاتب");

    /** A spokesperson's nouns (folded, without the article): a role one person in the article holds. */
    private static final java.util.Set<String> SPOKESPERSONS = java.util.Set.of("متحدث", "متحدثه", "ناطق", "ناطقه");

    private final FoldedText article;
    /** All the article's words (folded offsets), read on first use; null until then. One resolver thread per article. */
    private List<int[]> articleWords;

    RoleAnaphora(String text) {
        this.article = FoldedText.of(text);
    }

    /**
     * The person among {@code quoted} (the one quoted most recently first) whom the role opening {@code between}
     * introduced ({@link #refersTo}): وقال المدرس ريتشارد أبياه أكوت إن … وقال موقع كوارتز إن … وقال المدرس لموقع
     * كوارتز: → the teacher, though the site spoke between; null when none, and when {@code last}, the one quoted
     * last, is a person (the role is then his or nobody's: the carried speaker's own check comes first).
     */
    Speaker referent(String between, Speaker last, java.util.List<Speaker> quoted, int before) {
        Matcher m = LETTERS.matcher(between);
        String role = m.find() && m.group().startsWith("ال") ? m.group().substring(2) : "";
        if (last != null && last.isPerson() && !SPOKESPERSONS.contains(role)) {
            // وكتب اللاعب after another player spoke: the role is his, whoever it introduced before. A spokesperson
            // is no such common role: وأضاف المتحدث أن after a minister spoke is the spokesman the article introduced.
            return null;
        }
        // Only one person's role: a title, a singular unnamed speaker's noun other than a source's, or an occupation
        // (not النادي، الصحيفة، الخميس، العلماء، المصدر).
        boolean singular = !(role.endsWith("ون") || role.endsWith("ين") || role.endsWith("ات") || role.endsWith("اء"));
        boolean personRole = SpeakerWords.listedOrFeminine(Lexicon.SPEAKER_TITLES, role)
                || SpeakerWords.listedOrFeminine(SpeakerWords.OCCUPATIONS, role)
                || singular && Lexicon.UNNAMED_SPEAKERS.contains(role) && !NOT_ONE_PERSON.contains(role);
        if (!personRole) {
            return null;
        }
        for (Speaker person : quoted) {
            if (refersTo(between, person, before)) {
                return person;
            }
        }
        return null;
    }

    /**
     * Whether {@code between} (folded words after the verb) opens with a definite noun that the article wrote within a
     * few words before {@code person}'s last name word, somewhere before {@code before}.
     */
    boolean refersTo(String between, Speaker person, int before) {
        if (person == null || !person.isPerson()) {
            return false;
        }
        Matcher m = LETTERS.matcher(between);
        if (!m.find()) {
            return false;
        }
        String role = m.group();
        if (!role.startsWith("ال")) {
            // وأضاف وكيل الوزارة أن: a role in construct with a definite noun, and no more words, stands for the
            // person introduced with the same role over a body of that noun (أبوثنين وكيل وزارة العمل).
            String complement = m.find() ? m.group() : "";
            boolean constructAlone = complement.startsWith("ال") && complement.length() >= 4 && !m.find();
            if (constructAlone && complement.length() >= 5 && Lexicon.SPEAKER_TITLES.contains(role)
                    && introducedWith(person, before, role, complement)) {
                return true;
            }
            // وقال مسؤول الحج: an official's noun over a field (definite: one official, known) stands for the one quoted
            // before when his title named that field (نائب رئيس اللجنة الوطنية للحج والعمرة لشؤون الحج فلان).
            if (constructAlone && Lexicon.UNNAMED_SPEAKERS.contains(role) && !NOT_ONE_PERSON.contains(role)
                    && fieldBeforeName(person, before, complement.substring(2))) {
                return true;
            }
            // ورأى نائب رئيس الوزراء التركي أن: the title written word for word as it stood before his name.
            return writtenBeforeName(person, before, between);
        }
        if (role.length() < 5 || Lexicon.isNationality(role) || Lexicon.SPEAKING_BODIES.contains(role)
                || SpeakerPhrases.isHead(role)) {
            return false; // وقالت الشرطة إن: a body speaking, not a role.
        }
        String noun = role.substring(2);
        String folded = article.folded();
        List<int[]> words = wordsBefore(before);
        for (int i : surnameAt(words, person)) {
            // كومبا با، وزيرة الشباب: the role right after the name, in apposition.
            for (int k = i + 1; k < Math.min(words.size(), i + 1 + WORDS_AFTER_NAME); k++) {
                if (crossesSentence(folded, words.get(i)[1], words.get(k)[0])) {
                    break;
                }
                String v = folded.substring(words.get(k)[0], words.get(k)[1]);
                if (introduces(v, role, noun)) {
                    return true;
                }
            }
            // وزير is itself the role, not و + زير: the word is tried as written and without a leading و.
            if (wordBeforeName(words, i, v -> introduces(v, role, noun)
                    || v.length() > 3 && v.charAt(0) == 'و' && introduces(v.substring(1), role, noun))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the few words before word {@code i} (a name's last word) of {@code words}, in its sentence, is one
     * {@code holds} (folded).
     */
    private boolean wordBeforeName(List<int[]> words, int i, java.util.function.Predicate<String> holds) {
        String folded = article.folded();
        for (int k = Math.max(0, i - WORDS_BEFORE_NAME); k < i; k++) {
            if (crossesSentence(folded, words.get(k)[1], words.get(i)[0])) {
                continue; // The word and the name in one sentence only.
            }
            if (holds.test(folded.substring(words.get(k)[0], words.get(k)[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article wrote {@code role} and then {@code complement} without its article (a body named in full
     * after it: وكيل وزارة العمل) within a few words of {@code person}'s last name word before {@code before}, in one
     * sentence (أبوثنين وكيل وزارة العمل … وأضاف وكيل الوزارة). The same definite complement (وزير الخارجية … وزير
     * الخارجية) may be another country's minister, and is left to the title holders.
     */
    private boolean introducedWith(Speaker person, int before, String role, String complement) {
        String bare = complement.substring(2);
        String folded = article.folded();
        List<int[]> words = wordsBefore(before);
        for (int i : surnameAt(words, person)) {
            for (int k = Math.max(0, i - WORDS_BEFORE_NAME); k + 1 < Math.min(words.size(), i + 3); k++) {
                int from = Math.min(words.get(k)[0], words.get(i)[0]);
                int to = Math.max(words.get(k + 1)[1], words.get(i)[1]);
                if (k == i || k + 1 == i || crossesSentence(folded, from, to)) {
                    continue;
                }
                String v = folded.substring(words.get(k)[0], words.get(k)[1]);
                String next = folded.substring(words.get(k + 1)[0], words.get(k + 1)[1]);
                if (sameWord(v, role) && next.equals(bare)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code field} (folded, without the article) stood with the article, or with ل or و before it (الحج، للحج،
     * والحج), within a few words before {@code person}'s last name word, in one sentence before {@code before}.
     */
    private boolean fieldBeforeName(Speaker person, int before, String field) {
        List<int[]> words = wordsBefore(before);
        for (int i : surnameAt(words, person)) {
            if (wordBeforeName(words, i, v -> v.equals("ال" + field) || v.equals("لل" + field) || v.equals("وال" + field))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a region a title may name its place with or without (أمير منطقة عسير، أمير عسير), folded. */
    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("منطقه", "محافظه", "ولايه", "مدينه", "اقليم");

    /** The most words of a title phrase matched word for word (نائب رئيس الوزراء التركي). */
    private static final int MAX_PHRASE_WORDS = 5;

    /** Deputy, assistant (folded): before a title they make a title of it (نائب مدير، مساعد وزير). */
    static final java.util.Set<String> DEPUTY = java.util.Set.of("نايب", "مساعد");

    /**
     * Whether the words opening {@code between} (at least two: a title in construct, نائب رئيس الوزراء التركي) stood
     * word for word within a few words before {@code person}'s last name word, or right after it, in one sentence
     * before {@code before}, and whatever follows them in {@code between} does not go on naming a title (a function
     * word, a word with ل, or nothing): وزير الخارجية الروسي is not وزير الخارجية الأمريكي's holder.
     */
    private boolean writtenBeforeName(Speaker person, int before, String between) {
        List<String> phrase = new ArrayList<>();
        Matcher m = LETTERS.matcher(between);
        while (m.find() && phrase.size() <= MAX_PHRASE_WORDS) {
            phrase.add(m.group());
        }
        if (phrase.size() < 2 || !opensWithTitle(phrase)) {
            return false;
        }
        String folded = article.folded();
        List<int[]> words = wordsBefore(before);
        for (int i : surnameAt(words, person)) {
            // Before the name (نائب رئيس الوزراء التركي هاكان جاويش أوغلو), or right after it in apposition (مهدي حاتم
            // النهاري رئيس الجالية اليمنية في السعودية).
            for (int k = Math.max(0, i - WORDS_BEFORE_NAME); k <= i + 1; k++) {
                if (k == i) {
                    continue;
                }
                int limit = k < i ? i : words.size();
                int n = 0;
                int skipped = 0;
                // After the name, a title joined by و is a second person's (عادل الجبير، ووزير الخارجية الإيطالي).
                while (n < phrase.size() && k + n + skipped < limit) {
                    int[] span = words.get(k + n + skipped);
                    String v = folded.substring(span[0], span[1]);
                    if (n == 0 && k < i ? sameWord(v, phrase.get(n)) : v.equals(phrase.get(n))) {
                        n++;
                    } else if (n > 0 && skipped == 0 && (PLACE_NOUNS.contains(v) || v.equals("عام"))) {
                        // أمير منطقة عسير … وقال أمير عسير: the place's noun may be left out; so may عام (general)
                        // of a director's title (نائب مدير عام مطار عدن … وأوضح نائب مدير مطار عدن).
                        skipped++;
                    } else {
                        break;
                    }
                }
                boolean restFree = n == phrase.size() || Lexicon.STOPWORDS.contains(phrase.get(n)) || phrase.get(n).startsWith("ل")
                        || SpeakerWords.NO_SUBJECT_OPENERS.contains(phrase.get(n));
                int from = Math.min(words.get(k)[0], words.get(i)[0]);
                int to = Math.max(words.get(Math.min(k + Math.max(n + skipped, 1), words.size()) - 1)[1], words.get(i)[1]);
                if (n >= 2 && restFree && !crossesSentence(folded, from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the first one, two or three words of {@code phrase} are a listed title (وزير، نائب رئيس الوزراء). */
    private static boolean opensWithTitle(List<String> phrase) {
        if (phrase.size() > 2 && DEPUTY.contains(phrase.get(0))) {
            return opensWithTitle(phrase.subList(1, phrase.size())); // نائب مدير عام المطار: a deputy's title
        }
        String joined = "";
        for (int n = 0; n < Math.min(3, phrase.size()); n++) {
            joined = n == 0 ? phrase.get(0) : joined + " " + phrase.get(n);
            if (Lexicon.SPEAKER_TITLES.contains(joined)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article's folded word {@code written} is {@code word} as written or after a leading و (ونائب is
     * نائب); وزير is itself a word, so both readings are tried and neither is stripped blindly.
     */
    private static boolean sameWord(String written, String word) {
        return written.equals(word) || written.length() > 3 && written.charAt(0) == 'و' && written.substring(1).equals(word);
    }

    /** Where among {@code words} (spans of the article's folded text) {@code person}'s last name word stands. */
    private List<Integer> surnameAt(List<int[]> words, Speaker person) {
        String surname = surname(person);
        String folded = article.folded();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (folded.substring(words.get(i)[0], words.get(i)[1]).equals(surname)) {
                at.add(i);
            }
        }
        return at;
    }

    /** The last word of {@code person}'s name, folded: how the article's words are matched to him. */
    private static String surname(Speaker person) {
        String[] names = ArabicNormalizer.fold(person.name()).strip().split("\\s+");
        return names[names.length - 1];
    }

    /**
     * The article's words (folded offsets, start and end) that start before {@code before} (an article offset): a
     * prefix of the article's words, found once per article (each quotation asks, for every person quoted before it).
     */
    private List<int[]> wordsBefore(int before) {
        if (articleWords == null) {
            articleWords = new ArrayList<>();
            Matcher w = LETTERS.matcher(article.folded());
            while (w.find()) {
                articleWords.add(new int[] {w.start(), w.end()});
            }
        }
        int lo = 0;
        int hi = articleWords.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (article.originalStart(articleWords.get(mid)[0]) < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return articleWords.subList(0, lo);
    }

    /**
     * Whether the article introduced someone new with the noun of the definite description opening {@code between}
     * (وقال المسؤول), written without the article (مسؤول دفاعي أميركي كبير تحدث مع صحفيين), in a sentence after the one
     * starting at {@code lastQuotedAt} and before {@code before} (article offsets): the description is that unnamed
     * someone's, not the one quoted last.
     */
    boolean introducedSince(String between, int lastQuotedAt, int before) {
        Matcher m = LETTERS.matcher(between);
        if (lastQuotedAt < 0 || !m.find() || !m.group().startsWith("ال") || m.group().length() < 5) {
            return false;
        }
        String noun = m.group().substring(2);
        String folded = article.folded();
        List<int[]> words = wordsBefore(before);
        int since = foldedAt(lastQuotedAt);
        for (int i = words.size() - 1; i >= 0 && words.get(i)[0] > since; i--) {
            int[] w = words.get(i);
            String v = folded.substring(w[0], w[1]);
            if ((v.equals(noun) || v.equals("و" + noun)) && crossesSentence(folded, since, w[0])) {
                return true;
            }
        }
        return false;
    }

    /** The folded offset of the article's first word starting at or after {@code original}, or the folded text's length. */
    private int foldedAt(int original) {
        List<int[]> before = wordsBefore(original);
        List<int[]> all = wordsBefore(Integer.MAX_VALUE);
        return before.size() < all.size() ? all.get(before.size())[0] : article.folded().length();
    }

    /** Whether {@code word} is the role (المتحدث), its noun (متحدث) or the noun after ل (لمتحدث، للمتحدث). */
    private static boolean introduces(String word, String role, String noun) {
        return word.equals(role) || word.equals(noun) || word.equals("ل" + noun) || word.equals("لل" + noun);
    }

    private static boolean crossesSentence(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".؟?!\n".indexOf(folded.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
