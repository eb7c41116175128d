package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;

/**
 * News agencies and outlets the tagger takes for persons: a one-word foreign name it never met in its 2007 training
 * text, often opening the text as a dateline (سبوتنيك. عقد الرئيس …) or after a verb of reporting (بحسب ما نقلت
 * شينخوا), has a person's shape. A "person" that is, as a whole, a listed agency or outlet
 * ({@code news-agencies-ar.txt}) is reported as the organisation it is. Thread-safe (stateless).
 */
final class NewsAgencies {
    private NewsAgencies() {
    }

    /**
     * The span as an organisation when it is a "person" named like a listed agency, without the preposition or
     * conjunction written onto a name in Latin letters (قال لـCNN); otherwise the span itself.
     */
    static NameSpan retyped(String text, NameSpan s) {
        if (s.type() != EntityType.PERSON) {
            return s;
        }
        int start = latinAfterClitic(text, s);
        NameSpan name = start == s.start() ? s : new NameSpan(start, s.end(), s.type(), s.score());
        if (!Lexicon.NEWS_AGENCIES.contains(WordSpans.foldedName(text, name))) {
            return s;
        }
        return new NameSpan(name.start(), name.end(), EntityType.ORGANIZATION, s.score());
    }

    /**
     * An agency named by its own word, without what describes it after that word: وكالة يونهاب الكورية الجنوبية للأنباء
     * → وكالة يونهاب, وكالة أنباء إيرنا الرسمية الإيرانية → وكالة أنباء إيرنا, وكالة ناسا الأمريكية لأبحاث الفضاء →
     * وكالة ناسا (the agency's own word has no article; every word after it has the article or ل). A name whose
     * descriptive words come first (وكالة الأنباء الكويتية، وكالة الصحافة الفرنسية) is its name as written.
     */
    static String withoutDescriptionAfterName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 3 || !Lexicon.fold(words[0]).equals(AGENCY)) {
            return name;
        }
        int own = Lexicon.fold(words[1]).equals(NEWS) ? 2 : 1;
        if (own + 1 >= words.length || Lexicon.fold(words[own]).startsWith("ال") || Lexicon.fold(words[own]).startsWith("ل")) {
            return name;
        }
        for (int i = own + 1; i < words.length; i++) {
            String w = Lexicon.fold(words[i]);
            if (!w.startsWith("ال") && !w.startsWith("ل")) {
                return name;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, own + 1));
    }

    private static final String AGENCY = Lexicon.fold("وكالة");
    private static final String NEWS = Lexicon.fold("أنباء");

    /** Where a Latin name starts after one Arabic particle (ل، و، ب) and a tatweel or two; else the span's start. */
    private static int latinAfterClitic(String text, NameSpan s) {
        if (s.end() - s.start() < 3 || "\u0644\u0648\u0628".indexOf(text.charAt(s.start())) < 0) {
            return s.start();
        }
        int i = s.start() + 1;
        while (i < s.end() && text.charAt(i) == TATWEEL) {
            i++;
        }
        return i < s.end() && i - s.start() <= 3 && isLatin(text.charAt(i)) ? i : s.start();
    }

    /**
     * A name cut before the outlet it was said to, written with ل inside the tagger's span (الناطق باسم النادي
     * <b>الأهلي لبي بي سي</b> إن → الأهلي): ل and a listed agency or outlet ({@code news-agencies-ar.txt}) open no
     * word of a name; the span unchanged otherwise (the first word is never cut, so a name is always left).
     */
    static NameSpan withoutOutletAddressee(String text, NameSpan s) {
        java.util.regex.Matcher w = WORD.matcher(text).region(s.start(), s.end());
        List<int[]> words = new java.util.ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 1; i < words.size(); i++) {
            int at = words.get(i)[0];
            if (text.charAt(at) != '\u0644' || words.get(i)[1] - at < 3 || text.charAt(at + 1) == '\u0644') {
                continue;
            }
            for (int j = words.size() - 1; j >= i; j--) {
                if (Lexicon.NEWS_AGENCIES.contains(Lexicon.fold(text.substring(at + 1, words.get(j)[1])))) {
                    int end = words.get(i - 1)[1];
                    return new NameSpan(s.start(), end, s.type(), s.score());
                }
            }
        }
        return s;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{Mn}]+");

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static final char TATWEEL = '\u0640';
}
