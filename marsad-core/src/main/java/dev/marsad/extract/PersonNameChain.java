package dev.marsad.extract;

import static dev.marsad.extract.SpeakerNameCleaner.bare;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * People's names in one article as a speaker is written: the fullest name the article gives the person (a surname
 * or first name → the full name met in the article, a surname alone → its first mention with the name words before
 * it), hashtags cleaned ({@code #أحمد_المسيري} → {@code أحمد المسيري}). The first mention is where a news article
 * names someone in full.
 */
final class PersonNameChain {
    private final String text;
    private final List<Entity> entities;
    private final ArticleWordIndex index;
    /** The article's persons' names of two to five words by their last and by their first word, made on first use. */
    private java.util.Map<String, String> fullestByLastWord;
    private java.util.Map<String, String> fullestByFirstWord;
    /** The same names by the word after their first بن/ابن, the father's name (سلمان بن إبراهيم … by إبراهيم). */
    private java.util.Map<String, String> fullestByPatronym;

    PersonNameChain(String text, List<Entity> entities, ArticleWordIndex index) {
        this.text = text;
        this.entities = entities;
        this.index = index;
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
            if (i == 0 && w.startsWith("ال") && w.length() >= 5 && SpeakerNameParts.isBareNameWord(w.substring(2))
                    && !SpeakerWords.PHRASE_STOPS.contains(w) && !Lexicon.STOPWORDS.contains(w) && !Lexicon.isNationality(w) && !Lexicon.SPEAKER_HEADS.contains(w)
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
     * A one-word person's name the tagger cut from its surname: the bare word right after it, when that word also
     * stands elsewhere in the article (فيليب فينيه … وأضاف فينيه → فيليب فينيه); not a word with tanween (وقال مورا
     * متحدثاً: a participle).
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
        boolean tanween = end < text.length() && text.charAt(end) >= '\u064B' && text.charAt(end) <= '\u064D';
        if (word.length() < 3 || tanween || !SpeakerNameParts.isBareNameWord(folded) || Lexicon.isNationality(folded)) {
            return name;
        }
        return index.letterRunCount(word) >= 2 ? name + " " + word : name;
    }

    /**
     * A person's one-word name as the article first wrote it, with the name words just before that first mention
     * when the tagger kept only the surname (تركي المالكي … وأشار المالكي → تركي المالكي): up to two bare name
     * words joined to it by spaces only.
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
        List<ArticleWordIndex.ArticleWord> words = index.words();
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
        return index.writtenAfterPlaceNoun(folded);
    }

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

    /** A word that may be a first name before a surname: a bare name word, no time word, no head noun. */
    private static boolean isFirstNameWord(String folded) {
        if (folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') && Lexicon.STOPWORDS.contains(folded.substring(1))) {
            return false; // وبحسب، ومن: a conjunction on a function word.
        }
        return folded.length() >= 3 && !SpeakerWords.RELATIVES_OF.contains(folded) && !SpeakerWords.NAMING_WORDS.contains(folded) && SpeakerNameParts.isBareNameWord(folded)
                && !SpeakerWords.NOT_BEFORE_NAME.contains(folded)
                && !Lexicon.SPEAKER_HEADS.contains("ال" + folded) && !Lexicon.UNNAMED_SPEAKERS.contains(folded)
                && !Lexicon.AUDIENCES.contains(folded) && !Lexicon.isSpeechVerb(folded)
                && !SpeakerNameParts.isPlaceOrGroupNoun(folded);
    }

    /** See {@link CompoundSurnames#fullerEnding}. */
    String fullerEnding(String name) {
        return CompoundSurnames.fullerEnding(entities, e -> hashtag(e).orElse(e.text()), PersonNameChain::isFirstNameWord, name);
    }

    /** See {@link CompoundSurnames#fullerOpening}. */
    String fullerOpening(String name) {
        return CompoundSurnames.fullerOpening(entities, e -> hashtag(e).orElse(e.text()), name);
    }

    /** A one-word person's name → the longest person's name in the article ending (else starting) with that word. */
    String fullName(String name) {
        String folded = bare(joinedCompounds(ArabicNormalizer.fold(name.strip())));
        if (fullestByLastWord == null) {
            indexFullNames();
        }
        String[] two = folded.split(" ");
        if (two.length == 2 && (two[0].equals("بن") || two[0].equals("ابن"))) {
            // وقال ابن إبراهيم after سلمان بن إبراهيم آل خليفة: a man called by his father's name.
            return fullestByPatronym.getOrDefault(bare(two[1]), name);
        }
        if (folded.isEmpty() || folded.contains(" ")) {
            return name;
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
        fullestByPatronym = new java.util.HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String full = hashtag(e).orElse(e.text());
            String[] words = joinedCompounds(ArabicNormalizer.fold(full).strip()).split("\\s+");
            if (words.length < 2 || words.length > 5 || full.indexOf('\n') >= 0) {
                // (a span across a line break runs a heading's name into the next paragraph's first word)
                continue;
            }
            fullestByLastWord.merge(bare(words[words.length - 1]), full, PersonNameChain::longer);
            fullestByFirstWord.merge(bare(words[0]), full, PersonNameChain::longer);
            for (int i = 1; i + 1 < words.length; i++) {
                if (words[i].equals("بن") || words[i].equals("ابن")) {
                    fullestByPatronym.merge(bare(words[i + 1]), full, PersonNameChain::longer);
                    break; // the first بن: the father's name (سلمان بن إبراهيم بن …)
                }
            }
        }
    }

    /** See {@link CompoundSurnames#joined}. */
    private static String joinedCompounds(String folded) {
        return CompoundSurnames.joined(folded);
    }

    private static String longer(String best, String full) {
        return full.length() > best.length() ? full : best;
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

    /** A lineage word between a first name and a surname: son or daughter of (مفرج بن سعد الحقباني). */
    private static final java.util.regex.Pattern LINEAGE = java.util.regex.Pattern.compile("(?:بن|ابن|بنت)");

    /**
     * A person named by first name and surname only (مفرج الحقباني) → as the article names the same person with the
     * lineage between (مفرج بن سعد الحقباني): Arabic full names put بن/بنت and the father's (and grandfather's) name
     * between, and news writes the full form once, then shortens it; so with a family (عبدالعزيز آل الشيخ →
     * عبدالعزيز بن عبدالله آل الشيخ). Only when the article gives one such form.
     */
    String withLineage(String name) {
        String[] words = ArabicNormalizer.fold(name.strip()).split("\\s+");
        // عبدالعزيز آل الشيخ → عبدالعزيز بن عبدالله آل الشيخ: the family's آل stays before its name.
        boolean family = words.length == 3 && words[1].equals("ال");
        if (words.length != 2 && !family) {
            return name;
        }
        String last = words[words.length - 1];
        java.util.regex.Pattern full = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(words[0])
                + "((?:\\s+" + LINEAGE.pattern() + "\\s+\\p{L}+){1,3})\\s+" + (family ? "ال\\s+" : "")
                + "(?:ال)?" + java.util.regex.Pattern.quote(bare(last)) + "(?![\\p{L}])");
        dev.marsad.text.FoldedText mapped = index.folded();
        java.util.regex.Matcher m = full.matcher(mapped.folded());
        String found = null;
        while (m.find()) {
            String original = text.substring(mapped.originalStart(m.start()), mapped.originalEnd(m.end()));
            if (found != null && !ArabicNormalizer.fold(found).equals(ArabicNormalizer.fold(original))) {
                return name;
            }
            found = original;
        }
        return found != null ? found : name;
    }
}
