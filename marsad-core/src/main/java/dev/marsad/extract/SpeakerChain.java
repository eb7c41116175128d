package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * The mention chain of one article, as speaker resolution reads it: a speaker's name is written as the article
 * names that person most fully (a surname or first name → the full name met in the article, {@code #أحمد_المسيري}
 * → {@code أحمد المسيري}), and a title stands for the person it introduced earlier ({@code وزير الخارجية الإيطالي}
 * → the name that followed it). Hand-written because no library resolves Arabic news mentions; the rules are those
 * of quotes-dev's labelling (a person's fullest name in the article, without titles or hashtags).
 */
final class SpeakerChain {
    private final String text;
    private final List<Entity> entities;
    /** The article's persons, for the first one after a position (a binary search, not a scan per title). */
    private final EntitySpans persons;
    /**
     * Per-article indexes made on first use, so that a quote's look-up costs no scan of the article's entities or
     * text (per-quote scans made long inputs quadratic, issue 12); each answers as the scan it replaces.
     */
    private java.util.Map<String, String> fullestByLastWord;
    private java.util.Map<String, String> fullestByFirstWord;
    private java.util.Map<String, Integer> letterRunCounts;
    private java.util.Map<String, Positions> foldedWordStarts;
    private final java.util.Map<String, String> fullOrganizations = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<Holder>> holders = new java.util.HashMap<>();
    private final java.util.Map<String, List<Phrase>> phrasesByHead = new java.util.HashMap<>();

    /** The first person within four words after a title: where that person starts, and the name it stands for. */
    private record Holder(int start, String name) {
    }

    /** A head noun's phrase of three words or more in the article, and where the head noun stands. */
    private record Phrase(int originalStart, String name) {
    }

    SpeakerChain(String text, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
        this.persons = new EntitySpans(entities.stream().filter(e -> e.type() == EntityType.PERSON).toList());
    }

    /**
     * The name an entity stands for as a speaker: the whole hashtag it is part of without {@code #} and {@code _}
     * (the tagger may have found one word of it), then the fullest person's name in the article that ends or
     * starts with it when it is one word.
     */
    String nameOf(Entity e, String name) {
        String cleaned = hashtag(e).orElse(name);
        if (e.type() == EntityType.PERSON) {
            return fullName(cleaned);
        }
        return cleaned;
    }

    /**
     * A person the article named in full whose last word stands among the first three words of {@code folded}
     * (وشدد المسيري على أن → أحمد المسيري), when the tagger missed it there.
     */
    Optional<String> personByWord(String folded) {
        String[] words = folded.strip().split("[^\\p{L}]+");
        for (int i = 0; i < words.length && i < 3; i++) {
            String w = words[i];
            if (w.length() < 3) {
                continue;
            }
            String full = fullName(w);
            if (!full.equals(w) && ArabicNormalizer.fold(full).endsWith(w)) {
                return Optional.of(full);
            }
            if (i == 0 && w.startsWith("ال") && w.length() >= 5 && SpeakerPhrases.isBareNameWord(w.substring(2))
                    && !SpeakerPhrases.PHRASE_STOPS.contains(w) && !Lexicon.STOPWORDS.contains(w) && !Lexicon.isNationality(w) && !Lexicon.SPEAKER_HEADS.contains(w)
                    && !Lexicon.UNNAMED_SPEAKERS.contains(w.substring(2)) && !Lexicon.SPEAKING_BODIES.contains(w)) {
                // وأضاف الجلبي أن …, the tagger having missed both mentions: the name words of its first mention,
                // when that mention stands in apposition (، إحسان الجلبي، إن): a common noun's first mention does not.
                Optional<String> first = firstMentionName(bare(w)).filter(this::inApposition);
                if (first.isPresent()) {
                    return first;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An organisation's short name → as the article writes it most fully: the same words followed by nationality
     * adjectives elsewhere in the article (وزارة الداخلية → وزارة الداخلية الأفغانية, الجمارك → الجمارك الصينية).
     */
    String fullOrganization(String name) {
        return fullOrganizations.computeIfAbsent(name, this::fullestOrganization);
    }

    private String fullestOrganization(String name) {
        String key = ArabicNormalizer.fold(name).strip();
        if (key.isEmpty()) {
            return name;
        }
        dev.marsad.text.FoldedText mapped = folded();
        String folded = mapped.folded();
        String best = name;
        for (int at : wordBoundedCandidates(folded, key)) {
            if (at > 0 && Character.isLetter(folded.charAt(at - 1))) {
                continue;
            }
            if (!folded.startsWith(key, at)) {
                continue;
            }
            int end = at + key.length();
            if (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                continue;
            }
            int stop = end;
            java.util.regex.Matcher w = WORD.matcher(folded).region(end, folded.length());
            while (w.lookingAt() && isNationality(w.group().strip())) {
                stop = w.end();
                w.region(stop, folded.length());
            }
            if (stop > end) {
                String longer = text.substring(mapped.originalStart(at), mapped.originalEnd(stop));
                if (longer.length() > best.length()) {
                    best = longer;
                }
            }
        }
        return best;
    }

    /**
     * A nationality adjective: the lexicon's, and those of countries the lexicon's rule does not derive
     * (الأفغانية ← أفغانستان، السعودي ← السعودية).
     */
    static boolean isNationality(String folded) {
        if (Lexicon.isNationality(folded)) {
            return true;
        }
        String w = folded.startsWith("ال") ? folded.substring(2) : folded;
        String stem = w.endsWith("يه") ? w.substring(0, w.length() - 2) : w.endsWith("ي") ? w.substring(0, w.length() - 1) : "";
        return stem.length() >= 2 && (Lexicon.LOCATIONS.contains(stem + "ستان") || Lexicon.LOCATIONS.contains("ال" + stem + "يه")
                || Lexicon.LOCATIONS.contains(stem + "يه"));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(" \\p{L}+");

    /**
     * Where {@code key} may stand in {@code folded} after a non-letter, ascending: a key opening with a letter run
     * can stand there only where the same run stands as a whole word, which the article's word index gives; any
     * other key, at every place it occurs.
     */
    private int[] wordBoundedCandidates(String folded, String key) {
        int run = 0;
        while (run < key.length() && Character.isLetter(key.charAt(run))) {
            run++;
        }
        if (run == 0) {
            java.util.List<Integer> all = new java.util.ArrayList<>();
            for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
                all.add(at);
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }
        if (foldedWordStarts == null) {
            foldedWordStarts = wordStarts(folded);
        }
        Positions starts = foldedWordStarts.get(key.substring(0, run));
        return starts == null ? new int[0] : starts.toArray();
    }

    /** Where each letter run of {@code folded} stands, by run (primitive arrays: one entry per word of the article). */
    private static java.util.Map<String, Positions> wordStarts(String folded) {
        java.util.Map<String, Positions> index = new java.util.HashMap<>();
        for (int i = 0; i < folded.length(); ) {
            if (!Character.isLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                end++;
            }
            index.computeIfAbsent(folded.substring(i, end), k -> new Positions()).add(i);
            i = end;
        }
        return index;
    }

    /** A growing list of offsets. */
    private static final class Positions {
        private int[] at = new int[2];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(at, size);
        }
    }

    /**
     * A one-word person's name the tagger cut from its surname: the bare word right after it, when that word also
     * stands elsewhere in the article (فيليب فينيه … وأضاف فينيه → فيليب فينيه).
     */
    String withSurnameAfter(Entity e, String name) {
        int at = e.end();
        if (at >= text.length() || text.charAt(at) != ' ') {
            return name;
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(at + 1, end);
        String folded = ArabicNormalizer.fold(word);
        if (word.length() < 3 || !SpeakerPhrases.isBareNameWord(folded) || Lexicon.isNationality(folded)) {
            return name;
        }
        return letterRunCount(word) >= 2 ? name + " " + word : name;
    }

    /** How often {@code word} stands in the text as a whole word (no letter either side), from a count made once. */
    private int letterRunCount(String word) {
        if (letterRunCounts == null) {
            letterRunCounts = new java.util.HashMap<>();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int end = i;
                while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                letterRunCounts.merge(text.substring(i, end), 1, Integer::sum);
                i = end;
            }
        }
        return letterRunCounts.getOrDefault(word, 0);
    }

    /**
     * The organisation a definite head noun (الهيئة) refers back to when no entity holds it: the nearest
     * head-noun phrase of three words or more with it earlier in the article (الهيئة العامة للغذاء والدواء).
     */
    Optional<String> organizationNamedEarlier(String foldedHead, int before) {
        // The head noun's phrases over the whole article, made once per head noun; the nearest before `before` wins.
        List<Phrase> phrases = phrasesByHead.computeIfAbsent(foldedHead, this::phrasesOf);
        int lo = 0;
        int hi = phrases.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (phrases.get(mid).originalStart() < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Optional.empty() : Optional.of(phrases.get(lo - 1).name());
    }

    /** Every head-noun phrase of three words or more the head noun opens in the article, in text order. */
    private List<Phrase> phrasesOf(String foldedHead) {
        dev.marsad.text.FoldedText mapped = folded();
        String folded = mapped.folded();
        List<Phrase> out = new java.util.ArrayList<>();
        for (int at = folded.indexOf(foldedHead); at >= 0; at = folded.indexOf(foldedHead, at + 1)) {
            if (at > 0 && Character.isLetter(folded.charAt(at - 1)) && folded.charAt(at - 1) != 'و') {
                continue;
            }
            int stop = Math.min(folded.length(), at + 200);
            for (int i = at; i < stop; i++) {
                if (".،,؟!:\n".indexOf(folded.charAt(i)) >= 0) {
                    stop = i;
                    break;
                }
            }
            for (int i = at + foldedHead.length(); i + 1 < stop; i++) {
                // الحكومة وقلق مراقبي الانتخابات: و before a word without the article starts another phrase.
                if (folded.charAt(i) == ' ' && folded.charAt(i + 1) == 'و' && !folded.startsWith("وال", i + 1)) {
                    stop = i;
                    break;
                }
            }
            Speaker phrase = SpeakerPhrases.organizationPhrase(mapped, at, stop);
            if (phrase != null && phrase.name().split("\\s+").length >= 3) {
                out.add(new Phrase(mapped.originalStart(at), phrase.name()));
            }
        }
        return out;
    }

    /** A one-word person's name → the longest person's name in the article ending (else starting) with that word. */
    /**
     * A person's one-word name as the article first wrote it, with the name words just before that first mention
     * when the tagger kept only the surname (تركي المالكي … وأشار المالكي → تركي المالكي): up to two bare name
     * words joined to it by spaces only. The first mention is where a news article names someone in full.
     */
    String fullPersonName(String name) {
        String full = fullName(name);
        if (!full.equals(name) || name.strip().contains(" ")) {
            return full;
        }
        return firstMentionName(bare(ArabicNormalizer.fold(name.strip()))).orElse(name);
    }

    /** The name words before the first mention of {@code foldedWord} in the article, with it; empty when none. */
    Optional<String> firstMentionName(String foldedWord) {
        if (foldedWord.length() < 3) {
            return Optional.empty();
        }
        if (words == null) {
            words = ArticleWord.of(text);
        }
        for (int i = 0; i < words.size(); i++) {
            if (!bare(words.get(i).folded()).equals(foldedWord)) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < 2 && words.get(first).joined() && isFirstNameWord(words.get(first - 1).folded())) {
                first--;
            }
            return first == i ? Optional.empty() : Optional.of(text.substring(words.get(first).start(), words.get(i).end()));
        }
        return Optional.empty();
    }

    /** Whether the article writes this one word after a place noun somewhere (لقضاء سوران): a place, no person. */
    boolean writtenAsPlace(String name) {
        String folded = ArabicNormalizer.fold(name.strip());
        if (folded.contains(" ")) {
            return false;
        }
        if (wordsAfterPlaceNouns == null) {
            // Once per article, not a scan of its words per name asked about (issue 12).
            if (words == null) {
                words = ArticleWord.of(text);
            }
            wordsAfterPlaceNouns = new java.util.HashSet<>();
            for (int i = 1; i < words.size(); i++) {
                if (words.get(i).joined() && SpeakerPhrases.isPlaceOrGroupNoun(words.get(i - 1).folded())) {
                    wordsAfterPlaceNouns.add(words.get(i).folded());
                }
            }
        }
        return wordsAfterPlaceNouns.contains(folded);
    }

    private java.util.Set<String> wordsAfterPlaceNouns;

    /** Whether {@code name} first stands in the article between commas, or after a comma before إن/أن. */
    private boolean inApposition(String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return false;
        }
        String before = text.substring(0, at).stripTrailing();
        String after = text.substring(at + name.length()).stripLeading();
        return (before.endsWith("،") || before.endsWith(",")) && (after.startsWith("،") || after.startsWith(",")
                || QuoteText.THAT.matcher(ArabicNormalizer.fold(after.split("\\s+", 2)[0])).matches());
    }

    /** Words that introduce a name without being part of it (ويدعى مروان سليم). */
    private static final java.util.Set<String> NAMING_WORDS = java.util.stream.Stream.of("يدعى", "ويدعى", "تدعى", "وتدعى", "المدعو",
            "المدعوة", "اسمه", "واسمه", "اسمها", "واسمها", "يسمى", "تسمى").map(ArabicNormalizer::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A word that may be a first name before a surname: a bare name word, no time word, no head noun. */
    private static boolean isFirstNameWord(String folded) {
        return folded.length() >= 3 && !NAMING_WORDS.contains(folded) && SpeakerPhrases.isBareNameWord(folded) && !SpeakerPhrases.NOT_BEFORE_NAME.contains(folded)
                && !Lexicon.SPEAKER_HEADS.contains("ال" + folded) && !Lexicon.UNNAMED_SPEAKERS.contains(folded)
                && !Lexicon.AUDIENCES.contains(folded) && !Lexicon.isSpeechVerb(folded)
                && !SpeakerPhrases.isPlaceOrGroupNoun(folded);
    }

    /** One word of the article: its folded form, where it stands, and whether only spaces part it from the word before. */
    private record ArticleWord(String folded, int start, int end, boolean joined) {
        static List<ArticleWord> of(String text) {
            List<ArticleWord> out = new java.util.ArrayList<>();
            int previousEnd = -1;
            for (int i = 0; i < text.length(); ) {
                if (!Character.isLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                boolean joined = previousEnd >= 0 && text.substring(previousEnd, i).isBlank();
                out.add(new ArticleWord(ArabicNormalizer.fold(text.substring(i, end)), i, end, joined));
                previousEnd = end;
                i = end;
            }
            return out;
        }
    }

    private List<ArticleWord> words;

    String fullName(String name) {
        String folded = bare(ArabicNormalizer.fold(name.strip()));
        if (folded.isEmpty() || folded.contains(" ")) {
            return name;
        }
        if (fullestByLastWord == null) {
            indexFullNames();
        }
        String best = fullestByLastWord.get(folded);
        if (best == null) {
            best = fullestByFirstWord.get(folded);
        }
        return best != null ? best : name;
    }

    /**
     * The article's persons' names of two to five words by their last and by their first word (without the
     * article): the longest, the first met of equal length.
     */
    private void indexFullNames() {
        fullestByLastWord = new java.util.HashMap<>();
        fullestByFirstWord = new java.util.HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String full = hashtag(e).orElse(e.text());
            String[] words = ArabicNormalizer.fold(full).strip().split("\\s+");
            if (words.length < 2 || words.length > 5) {
                continue;
            }
            fullestByLastWord.merge(bare(words[words.length - 1]), full, SpeakerChain::longer);
            fullestByFirstWord.merge(bare(words[0]), full, SpeakerChain::longer);
        }
    }

    private static String longer(String best, String full) {
        return full.length() > best.length() ? full : best;
    }

    /**
     * The person a title introduced earlier in the article: the title's words, followed within four words by a
     * person's name (وزير الخارجية الإيطالي باولو جينتيلوني … وأبان وزير الخارجية الإيطالي أن).
     */
    Optional<String> holderOf(String foldedTitle, int before) {
        String title = foldedTitle.strip();
        if (title.split("\\s+").length < 2) {
            return Optional.empty(); // One word (الوزير) names no particular office.
        }
        if (persons.inTextOrder()) {
            // The first holder in the text, made once per title: later places of the title hold later persons.
            return holders.computeIfAbsent(title, this::firstHolder).filter(h -> h.start() < before).map(Holder::name);
        }
        dev.marsad.text.FoldedText mapped = folded();
        String folded = mapped.folded();
        for (int at = folded.indexOf(title); at >= 0 && mapped.originalStart(at) < before; at = folded.indexOf(title, at + 1)) {
            int end = mapped.originalEnd(at + title.length());
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON && e.start() >= end && e.start() < before
                        && words(text.substring(end, e.start())) <= 4) {
                    String name = hashtag(e).orElse(e.text());
                    return Optional.of(fullName(name));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where {@code title} first stands followed within four words by a person, and that person's name. The first
     * person after a place is the only one to try: words between only grow with the distance. Persons in text
     * order only.
     */
    private Optional<Holder> firstHolder(String title) {
        dev.marsad.text.FoldedText mapped = folded();
        String folded = mapped.folded();
        for (int at = folded.indexOf(title); at >= 0; at = folded.indexOf(title, at + 1)) {
            int end = mapped.originalEnd(at + title.length());
            List<Entity> after = persons.startingIn(end, Integer.MAX_VALUE);
            if (after.isEmpty()) {
                return Optional.empty(); // No person after this place, nor after any later one.
            }
            Entity e = after.get(0);
            if (words(text.substring(end, e.start())) <= 4) {
                return Optional.of(new Holder(e.start(), fullName(hashtag(e).orElse(e.text()))));
            }
        }
        return Optional.empty();
    }

    private dev.marsad.text.FoldedText foldedText;

    /** The article folded with its offset map, made on first use. */
    private dev.marsad.text.FoldedText folded() {
        if (foldedText == null) {
            foldedText = dev.marsad.text.FoldedText.of(text);
        }
        return foldedText;
    }

    /**
     * The holder of the first title among the words of {@code folded} (a preposition ل attached to it dropped:
     * لرئيس الوزراء العراقي), as {@link #holderOf} finds it; the longest phrase from the title that has one.
     */
    Optional<String> holderWithin(String folded, int before) {
        String[] words = folded.strip().split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].startsWith("لل") ? "ا" + words[i].substring(1) : words[i].startsWith("ل") ? words[i].substring(1) : words[i];
            if (!Lexicon.SPEAKER_TITLES.contains(w) && !(i + 1 < words.length && Lexicon.SPEAKER_TITLES.contains(w + " " + words[i + 1]))) {
                continue;
            }
            for (int end = Math.min(words.length, i + 5); end >= i + 2; end--) {
                String phrase = w + (end > i + 1 ? " " + String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, end)) : "");
                Optional<String> holder = holderOf(phrase, before);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    /** The hashtag an entity stands in ({@code #بنيامين_نتنياهو}), without # and with spaces, when it is in one. */
    Optional<String> hashtag(Entity e) {
        int s = e.start();
        int t = e.end();
        boolean tagged = (s > 0 && (text.charAt(s - 1) == '#' || text.charAt(s - 1) == '_'))
                || (t < text.length() && text.charAt(t) == '_');
        if (!tagged) {
            return Optional.empty();
        }
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '_')) {
            s--;
        }
        while (t < text.length() && (Character.isLetter(text.charAt(t)) || text.charAt(t) == '_')) {
            t++;
        }
        String name = text.substring(s, t).replace('_', ' ').strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Weekday and time words a name finder may run into after a name (الجيش التركي الثلاثاء). */
    private static final java.util.Set<String> TIME_WORDS = java.util.stream.Stream.of("السبت", "الأحد", "الاثنين", "الإثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "اليوم", "أمس", "غدا", "الليلة", "صباح", "مساء", "الأسبوع", "الشهر", "العام",
            "الماضي", "المقبل", "الحالي", "الجاري")
            .map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A name without the time words that trail it, nor a descriptor after it (حزب … المؤيد للأكراد). */
    static String withoutTrailingTime(String name) {
        String t = name.strip();
        while (t.contains(" ") && Lexicon.isSpeechVerb(ArabicNormalizer.fold(t.substring(0, t.indexOf(' '))))) {
            t = t.substring(t.indexOf(' ') + 1).strip(); // روى عايض عسيري: a speech verb taken into the name.
        }
        java.util.regex.Matcher d = DESCRIPTOR.matcher(t);
        if (d.find() && d.start() > 0) {
            t = t.substring(0, d.start()).strip();
        }
        while (t.contains(" ")) {
            int cut = t.lastIndexOf(' ');
            if (!TIME_WORDS.contains(ArabicNormalizer.fold(t.substring(cut + 1)))) {
                break;
            }
            t = t.substring(0, cut).strip();
        }
        return t;
    }

    /** A participle of allegiance and what follows it: the name's description, not its words. */
    private static final java.util.regex.Pattern DESCRIPTOR = java.util.regex.Pattern.compile(
            "\\s(?:ال)?(?:مؤيد|موالي|معارض|مدعوم|مقرب|المؤيد|الموالي|المعارض|المدعوم|المقرب)[ةه]?\\s.*$");

    /** A folded word without the article: المسيري and مسيري are one surname. */
    private static String bare(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 ? folded.substring(2) : folded;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s،,]+").length;
    }
}
