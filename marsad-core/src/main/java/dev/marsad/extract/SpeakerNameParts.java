package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;

/**
 * The edges of a speaker's name as the article writes it: what opens no person's name (a place or group noun, a
 * name after a place preposition), a media noun an outlet keeps, an "official" a body drops, a last name part the
 * tagger cut off. Split from {@link SpeakerPhrases}; stateless, thread-safe.
 */
final class SpeakerNameParts {
    private SpeakerNameParts() {
    }

    /** Words that open no person's name (place and group nouns): a "person" opening with one names none. */
    static final java.util.Set<String> NOT_PERSON_HEADS = Lexicon.phrases("not-person-heads-ar.txt");

    /** A span opening with a place or group noun, after a clitic (بمنطقة عسير، فرقة): no person's name. */
    static boolean isPlaceOrGroupName(String text, String name) {
        String[] words = ArabicNormalizer.fold(name.strip()).split("\\s+");
        return words.length > 0 && isPlaceOrGroupNoun(words[0]);
    }

    /** A place or group noun, also with one clitic (لقضاء، بمنطقة، والمدينة). */
    static boolean isPlaceOrGroupNoun(String folded) {
        if (NOT_PERSON_HEADS.contains(folded)) {
            return true;
        }
        String w = folded.length() > 3 && "وبلف".indexOf(folded.charAt(0)) >= 0 ? folded.substring(1) : folded;
        w = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
        return NOT_PERSON_HEADS.contains(w);
    }

    /** A name right after على/عبر/في/مع (قالت على صفحتها على فيسبوك): where or with whom it was said, not who said it. */
    static boolean afterPlacePreposition(String text, int start) {
        String before = wordBefore(text, start);
        return before != null && SpeakerWords.PLACE_PREPOSITIONS.contains(ArabicNormalizer.fold(before));
    }

    /** The word ending right before {@code start} with only spaces between, or null. */
    static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from == end ? null : text.substring(from, end);
    }

    /** An outlet named after its media noun keeps it, as the article writes it (ذكرت وكالة رويترز → وكالة رويترز). */
    static String withMediaHead(String text, int start, String name) {
        int at = start;
        if (at > 0 && "«\"“".indexOf(text.charAt(at - 1)) >= 0) {
            at--; // شبكة "سي ان ان"
        }
        String before = wordBefore(text, at);
        if (before == null) {
            return name;
        }
        String folded = ArabicNormalizer.fold(before);
        if (folded.equals(ArabicNormalizer.fold("أنباء"))) {
            int headAt = text.lastIndexOf(before, at);
            String head = headAt > 0 ? wordBefore(text, headAt) : null;
            return head != null && ArabicNormalizer.fold(head).equals(ArabicNormalizer.fold("وكالة")) ? head + " " + before + " " + name : name;
        }
        return SpeakerWords.MEDIA_HEADS.contains(folded) ? before + " " + name : name;
    }

    /** A body's name without a trailing "official" (وكالة الأنباء … الرسمية): a description, not part of the name. */
    static String withoutOfficialWord(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        if (space <= 0 || !SpeakerWords.OFFICIAL_WORDS.contains(ArabicNormalizer.fold(n.substring(space + 1)))) {
            return name;
        }
        // وكالة أنباء إسنا شبه الرسمية: "semi-" goes with "official".
        String rest = n.substring(0, space).strip();
        int before = rest.lastIndexOf(' ');
        return before > 0 && ArabicNormalizer.fold(rest.substring(before + 1)).equals("شبه") ? rest.substring(0, before) : rest;
    }

    /**
     * A body named with a proper name and its nationality (نادي برشلونة الإسباني، صحيفة ديلي ميل البريطانية، إيني
     * الإيطالية) is the body without the adjective: the adjective describes the name, it is not part of it. Only when the
     * word before the adjective has no article (a proper name): after a definite common noun the adjective is what
     * makes the name (وزارة العدل الفرنسية، الحكومة النيجيرية، وكالة الأنباء الفرنسية، إدارة الكوارث والطوارئ التركية).
     */
    static String withoutNationality(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        if (space <= 0) {
            return name;
        }
        String last = ArabicNormalizer.fold(n.substring(space + 1));
        String rest = n.substring(0, space).strip();
        String before = ArabicNormalizer.fold(rest.substring(rest.lastIndexOf(' ') + 1));
        // والطوارئ، والشرطة: a definite noun after و is as definite (إدارة الكوارث والطوارئ التركية).
        boolean properBefore = !before.startsWith("ال") && !before.startsWith("وال") && !before.startsWith("بال")
                && !before.startsWith("لل") && before.length() >= 2 && !Lexicon.STOPWORDS.contains(before)
                && !Nationalities.isNationality(before);
        // وكالة أنباء الأناضول التركية: a listed agency or outlet before it is a proper name, however written.
        boolean agencyBefore = before.length() >= 3 && Lexicon.NEWS_AGENCIES.contains(before);
        return last.startsWith("ال") && Nationalities.isNationality(last) && (properBefore || agencyBefore) ? rest : name;
    }

    private static final java.util.Set<String> LEGAL_FORMS = Lexicon.phrases("speaker-legal-forms-ar.txt");

    /**
     * A body's name without the preposition ب or ل written on its head noun (مدير المستشفيات <b>ب</b>وزارة الصحة → وزارة
     * الصحة): only when what is left is a head noun, so that بلدية and لجنة keep their first letter.
     */
    static String withoutProclitic(String name) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        String first = Lexicon.fold(space < 0 ? stripped : stripped.substring(0, space));
        if (first.length() < 4 || "بل".indexOf(first.charAt(0)) < 0 || first.startsWith("ال", 1)
                || !Lexicon.ORGANIZATION_HEADS.contains("ال" + first.substring(1))) {
            return name;
        }
        return stripped.substring(1);
    }

    /** A company's name without the legal form transliterated after it (راجيش إكسبورت ليمتد → راجيش إكسبورت). */
    static String withoutLegalForm(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space > 0 && LEGAL_FORMS.contains(Lexicon.fold(n.substring(space + 1))) ? n.substring(0, space).strip() : name;
    }

    /**
     * A person's name the tagger cut before its last part (برايوت تشان أوتشا إنه → برايوت تشان): the bare name word
     * right after it joins it when إن/أن, a comma or a colon follows that word.
     */
    static String withLastNamePart(String text, int end, String name) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return name;
        }
        int from = end + 1;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        if (to - from < 3) {
            return name;
        }
        String word = ArabicNormalizer.fold(text.substring(from, to));
        // وقال أوشلي مازحا: a circumstantial participle (مفاعلا، مبتسما، متسائلا) follows the speaker, it is no name part.
        if (isCircumstantial(word) || !isBareNameWord(word) || Lexicon.isNationality(word) || SpeakerWords.NOT_BEFORE_NAME.contains(word)
                || NOT_PERSON_HEADS.contains(word) || Lexicon.UNNAMED_SPEAKERS.contains(word) || Lexicon.AUDIENCES.contains(word)) {
            return name;
        }
        int next = to;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return name;
        }
        char c = text.charAt(next);
        boolean closes = c == '،' || c == ',' || c == ':';
        if (!closes) {
            int wordEnd = next;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            closes = wordEnd > next && QuoteText.THAT.matcher(ArabicNormalizer.fold(text.substring(next, wordEnd))).matches();
        }
        return closes ? name + " " + text.substring(from, to) : name;
    }

    /**
     * A person's name without a verb the tagger took into its start (وانتقد ترامب → ترامب، انتقد رمطان لعمامرة → رمطان
     * لعمامرة): a verb of stance ({@code speaker-stance-verbs-ar.txt}), with or without و/ف, before at least one more
     * word. Not the speech verbs: folded, روى is روي, a first name (روي كين).
     */
    static String withoutLeadingVerb(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        if (space < 0) {
            return n;
        }
        String first = ArabicNormalizer.fold(n.substring(0, space));
        return SpeakerWords.STANCE_VERBS.contains(first) || SpeakerWords.isStanceVerb(first) ? n.substring(space + 1).strip() : n;
    }

    /**
     * A person's name without a place the tagger took into it (بعثة الأمم المتحدة في ليبيا برناردينو ليون → برناردينو
     * ليون), and without a prepositional object after it (وأشاد قائد الفريق ناتشو بزملائه → ناتشو): a known place
     * before two or more name words, a word after the name opening with ب/ل and ending with a pronoun (بزملائه،
     * لجمهوره، بها).
     */
    static String withoutLeadingPlace(String name) {
        String n = name.strip();
        String[] words = n.split("\\s+");
        if (words.length >= 3 && Lexicon.LOCATIONS.contains(ArabicNormalizer.fold(words[0]))) {
            n = n.substring(n.indexOf(' ') + 1).strip();
        }
        int space = n.lastIndexOf(' ');
        if (space > 0 && isPrepositionalObject(n.substring(space + 1))) {
            n = n.substring(0, space).strip();
        }
        return n;
    }

    /** بزملائه، لجمهورها، بهم: ب/ل, a noun, a pronoun (as written: ه, not the ة that folds like it). */
    private static boolean isPrepositionalObject(String word) {
        return word.length() >= 5 && (word.charAt(0) == 'ب' || word.charAt(0) == 'ل') && !word.startsWith("ال")
                && !opensWithForeignAlef(word)
                && java.util.regex.Pattern.matches("\\p{L}+(?:ه|ها|هم|هما|هن)", word);
    }

    /**
     * ب/ل then a bare alef (لايركه، لاهيه، باكه): how foreign names are written. The Arabic nouns a bare alef opens
     * after ب/ل are those of a hamzat al-wasl: verbal nouns of forms VII, VIII and X (لانتقاله، لاتحادها،
     * باستقبالهم) and ابن، اسم، امرأة (لابنه، باسمه) — a ن، ت، س، ب or م after the alef.
     */
    private static boolean opensWithForeignAlef(String word) {
        return word.charAt(1) == '\u0627' && "نتسبم".indexOf(word.charAt(2)) < 0;
    }

    /** A word that may be part of a bare name: no article, no title, no speech verb, no stop word. */
    static boolean isBareNameWord(String w) {
        return w.length() >= 2 && !w.startsWith("ال") && !w.startsWith("لل") && !SpeakerWords.PHRASE_STOPS.contains(w)
                && !Lexicon.SPEAKER_TITLES.contains(w) && !Lexicon.isSpeechVerb(w) && !Lexicon.STOPWORDS.contains(w);
    }

    /**
     * وقال أوشلي مازحا، وتابع متسائلا: a circumstantial participle in the accusative (مفعلا shapes: م…ا, five letters or
     * more, folded) tells how the subject spoke; it is no name and no part of one.
     */
    static boolean isCircumstantial(String folded) {
        return folded.length() >= 5 && folded.startsWith("م") && folded.endsWith("ا");
    }

    /**
     * A name the tagger took with the preposition ل written onto it: ل and a listed agency (لإيرنا), a body's head
     * noun (الرئيس التنفيذي لنادي فيورنتينا: the title's complement, the holder named after it) or a person's name
     * the article gives in full (الناطق باسم القوات الموالية لهادي), {@code fullName} giving a one-word name's
     * fullest form. Names that open with ل (لجنة، لاري، لندن) are none of these without it.
     */
    static boolean withLam(String folded, java.util.function.UnaryOperator<String> fullName) {
        if (folded.length() < 4 || folded.charAt(0) != '\u0644' || folded.charAt(1) == '\u0644') {
            return false;
        }
        String rest = folded.substring(1);
        String first = rest.split(" ")[0];
        boolean head = Lexicon.SPEAKER_HEADS.contains("ال" + first) || Lexicon.ORGANIZATION_DESCRIPTORS.contains(first);
        return Lexicon.NEWS_AGENCIES.contains(rest) || head && !first.startsWith("ال")
                || !rest.contains(" ") && rest.length() >= 3 && !fullName.apply(rest).equals(rest);
    }
}
