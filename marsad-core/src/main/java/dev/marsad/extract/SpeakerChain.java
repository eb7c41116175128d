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

    SpeakerChain(String text, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
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
        }
        return Optional.empty();
    }

    /**
     * An organisation's short name → as the article writes it most fully: the same words followed by nationality
     * adjectives elsewhere in the article (وزارة الداخلية → وزارة الداخلية الأفغانية, الجمارك → الجمارك الصينية).
     */
    String fullOrganization(String name) {
        String key = ArabicNormalizer.fold(name).strip();
        if (key.isEmpty()) {
            return name;
        }
        dev.marsad.text.FoldedText mapped = folded();
        String folded = mapped.folded();
        String best = name;
        for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
            if (at > 0 && Character.isLetter(folded.charAt(at - 1))) {
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
        java.util.regex.Matcher again = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(word) + "(?!\\p{L})")
                .matcher(text);
        int count = 0;
        while (again.find()) {
            count++;
        }
        return count >= 2 ? name + " " + word : name;
    }

    /**
     * The organisation a definite head noun (الهيئة) refers back to when no entity holds it: the nearest
     * head-noun phrase of three words or more with it earlier in the article (الهيئة العامة للغذاء والدواء).
     */
    Optional<String> organizationNamedEarlier(String foldedHead, int before) {
        dev.marsad.text.FoldedText mapped = folded();
        String folded = mapped.folded();
        String best = null;
        for (int at = folded.indexOf(foldedHead); at >= 0 && mapped.originalStart(at) < before; at = folded.indexOf(foldedHead, at + 1)) {
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
                best = phrase.name(); // the nearest before wins
            }
        }
        return Optional.ofNullable(best);
    }

    /** A one-word person's name → the longest person's name in the article ending (else starting) with that word. */
    String fullName(String name) {
        String folded = bare(ArabicNormalizer.fold(name.strip()));
        if (folded.isEmpty() || folded.contains(" ")) {
            return name;
        }
        String best = null;
        for (boolean last : new boolean[] {true, false}) {
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                String full = hashtag(e).orElse(e.text());
                String[] words = ArabicNormalizer.fold(full).strip().split("\\s+");
                if (words.length < 2 || words.length > 5) {
                    continue;
                }
                String w = bare(last ? words[words.length - 1] : words[0]);
                if (w.equals(folded) && (best == null || full.length() > best.length())) {
                    best = full;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return name;
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
