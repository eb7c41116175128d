package dev.marsad.extract;

import dev.marsad.model.EntityKey;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Memory shared by the articles of one run: the people met so far, so that a later variant spelling or a
 * surname alone ({@code بوتين} after {@code فلاديمير بوتين}, {@code كيم} after {@code كيم جونغ أون}, whose family
 * name comes first) gets the key and display name of the full name. A single word that could belong to several
 * people seen in the run goes to the one named most often, then the one met first.
 * <p>A single word reaches only the people in its reach ({@link #beginArticle}): those named in full in the same
 * article, and those named in full in at least {@link #RECURRING_ARTICLES} earlier articles of the run. Without that
 * limit, a word of one article took the name of someone met once in another: «وأشار الحاج» in a Gaza hospital
 * report became a Yemeni spokesman «سمير الحاج» quoted in another article, «الأسطول السادس» (the Sixth Fleet) a
 * Saudi imam «عبدالرحمن السديس» (the two words share a skeleton). A full name met again, or a spelling variant of
 * one, is matched across the whole run. Not thread-safe: one per run.
 */
public final class ExtractionRun {

    /**
     * A person seen in full.
     *
     * @param key  entity key of the full name
     * @param name the full name as first written
     */
    public record Person(String key, String name) {
    }

    static final int MIN_SURNAME_SKELETON = 4;
    /**
     * In how many earlier articles a person must have been named in full before a single word of another article
     * reaches them: a figure the run's news keeps naming (بوتين), not someone quoted once.
     */
    static final int RECURRING_ARTICLES = 2;

    private final Map<String, Set<Person>> byLastWord = new HashMap<>();
    private final Map<String, Set<Person>> byFirstWord = new HashMap<>();
    private final Map<String, Person> byKey = new HashMap<>();
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    /** People by their key with every vowel letter dropped: where spelling variants of one name meet. */
    private final Map<String, List<Person>> byConsonants = new HashMap<>();
    /** The word skeletons of each person's key, split once: the name matchers ask for them at many words. */
    private final Map<String, String[]> keyParts = new HashMap<>();
    /** In how many articles, before the current one, each person was named in full. */
    private final Map<String, Integer> earlierArticles = new HashMap<>();
    /** The people named in full in the current article. */
    private final Set<String> thisArticle = new HashSet<>();

    /**
     * Starts the next article: the people its words may reach alone are, from now on, those it names in full and the
     * run's recurring figures. A run whose caller never calls this treats everything as one article.
     */
    public void beginArticle() {
        for (String key : thisArticle) {
            earlierArticles.merge(key, 1, Integer::sum);
        }
        thisArticle.clear();
    }

    /** Remembers a person named with at least two words. */
    public void rememberPerson(String name) {
        List<String> words = NameKey.words(name);
        if (words.size() < 2) {
            return;
        }
        String key = NameKey.of(EntityType.PERSON, name);
        boolean known = byKey.containsKey(key);
        Person person = byKey.computeIfAbsent(key, k -> new Person(k, name));
        if (!known) {
            byConsonants.computeIfAbsent(consonants(key), k -> new ArrayList<>()).add(person);
        }
        keyParts.computeIfAbsent(key, k -> EntityKey.parse(k).wordSkeletons());
        mentions.merge(key, 1, Integer::sum);
        thisArticle.add(key);
        firstSeen.putIfAbsent(key, firstSeen.size());
        if (!afterPatronymic(words)) {
            // سلمان بن عبدالعزيز: the word after بن is the father's name, never the one a person is called by alone.
            byLastWord.computeIfAbsent(NameKey.wordSkeleton(words.get(words.size() - 1)), k -> new HashSet<>()).add(person);
        }
        byFirstWord.computeIfAbsent(NameKey.wordSkeleton(words.get(0)), k -> new HashSet<>()).add(person);
    }

    /** Whether the name's last word follows بن، ابن or بنت (a father's name, not a surname). */
    private static boolean afterPatronymic(List<String> words) {
        if (words.size() < 3) {
            return false;
        }
        String before = dev.marsad.text.ArabicNormalizer.fold(words.get(words.size() - 2));
        return before.equals("بن") || before.equals("ابن") || before.equals("بنت");
    }

    /**
     * The person met first whose full name differs from {@code name} in one word only, and there only by vowel
     * letters written in one spelling and not the other (فلاديمير بوتن → فلاديمير بوتين, دونالد ترمب → دونالد ترامب,
     * جو بايدين → جو بايدن), when neither spelling of that word is a listed first name: Arabic given names differ by
     * exactly such a letter (سلمان / سليمان, حسن / حسين), foreign surnames only in spelling.
     */
    public Optional<Person> variantOf(String name, java.util.function.Predicate<String> isFirstName) {
        String key = NameKey.of(EntityType.PERSON, name);
        List<Person> candidates = byConsonants.getOrDefault(consonants(key), List.of());
        String[] ours = EntityKey.parse(key).wordSkeletons();
        List<String> ourWords = NameKey.words(name);
        Person best = null;
        for (Person p : candidates) {
            String[] theirs = keyParts.get(p.key());
            if (p.key().equals(key) || theirs.length != ours.length || ourWords.size() != ours.length) {
                continue;
            }
            int differing = -1;
            for (int i = 0; i < ours.length; i++) {
                if (!ours[i].equals(theirs[i])) {
                    differing = differing < 0 ? i : Integer.MAX_VALUE;
                }
            }
            if (differing < 0 || differing == Integer.MAX_VALUE || consonants(ours[differing]).length() < 3) {
                continue;
            }
            List<String> theirWords = NameKey.words(p.name());
            if (theirWords.size() != ours.length || isFirstName.test(ourWords.get(differing))
                    || isFirstName.test(theirWords.get(differing))) {
                continue;
            }
            if (best == null || firstSeen.get(p.key()) < firstSeen.get(best.key())) {
                best = p;
            }
        }
        if (best == null || firstSeen.getOrDefault(key, Integer.MAX_VALUE) < firstSeen.get(best.key())) {
            return Optional.empty(); // The first spelling met stays the key.
        }
        return Optional.of(best);
    }

    /** A key or skeleton without its vowel letters ({@code a}, and a final {@code u}/{@code i}). */
    static String consonants(String skeleton) {
        StringBuilder out = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            boolean last = i + 1 == skeleton.length() || skeleton.charAt(i + 1) == '-';
            if (c != 'a' && !(last && (c == 'u' || c == 'i'))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The full-name person a one-word mention refers to, among the people in its reach (named in full in this article,
     * else a recurring figure of the run): when one fits, or the one of several named most often.
     */
    public Optional<Person> resolveSingleWord(String word) {
        // وأعلن المالكي after العقيد تركي المالكي: someone the article itself names in full comes before the run's
        // recurring figures (نوري المالكي, met in many other articles), by surname first, then by first name
        // (الدكتور عبدالعزيز after الدكتور عبدالعزيز بن طالب, not a recurring figure's surname).
        String skeleton = NameKey.skeleton(EntityType.PERSON, word);
        Optional<Person> found = namedHere(skeleton);
        if (found.isPresent()) {
            return found;
        }
        java.util.function.Predicate<Person> recurring = p -> !thisArticle.contains(p.key())
                && earlierArticles.getOrDefault(p.key(), 0) >= RECURRING_ARTICLES;
        found = mostMentioned(those(bySurname(skeleton), recurring));
        return found.isPresent() ? found : mostMentioned(those(byFirstWord.get(skeleton), recurring));
    }

    /**
     * The person named in full in this article whose first or last word {@code word} is (the one named most often),
     * without the run's recurring figures: a word the article itself explains.
     */
    public Optional<Person> namedInThisArticle(String word) {
        return namedHere(NameKey.skeleton(EntityType.PERSON, word));
    }

    /**
     * The one person named in full in this article whose first or last word is {@code folded}, written exactly so
     * (folded), whatever the length of its skeleton; empty when none or several.
     */
    public Optional<Person> namedHereByEdgeWord(String folded) {
        Person found = null;
        for (String key : thisArticle) {
            Person p = byKey.get(key);
            List<String> words = NameKey.words(p.name());
            String first = dev.marsad.text.ArabicNormalizer.fold(words.get(0));
            String last = dev.marsad.text.ArabicNormalizer.fold(words.get(words.size() - 1));
            if (first.equals(folded) || last.equals(folded)) {
                if (found != null && !found.equals(p)) {
                    return Optional.empty();
                }
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@link #namedInThisArticle} for a word's skeleton: by surname first, then by first name. */
    private Optional<Person> namedHere(String skeleton) {
        java.util.function.Predicate<Person> own = p -> thisArticle.contains(p.key());
        Optional<Person> found = mostMentioned(those(bySurname(skeleton), own));
        return found.isPresent() ? found : mostMentioned(those(byFirstWord.get(skeleton), own));
    }

    /**
     * The people whose last word has this skeleton; null when none, or when it is too short to tell surnames apart (جين
     * and جون both give "gan"; a family name written first, كيم, is matched whole by the first word).
     */
    private Set<Person> bySurname(String skeleton) {
        return skeleton.length() >= MIN_SURNAME_SKELETON ? byLastWord.get(skeleton) : null;
    }

    /** Those of {@code people} (null: none) that {@code keep} keeps. */
    private static Set<Person> those(Set<Person> people, java.util.function.Predicate<Person> keep) {
        Set<Person> out = new HashSet<>();
        for (Person p : people == null ? Set.<Person>of() : people) {
            if (keep.test(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The one candidate, or among several the one named in full most often, then the one met first: the
     * story's protagonist (كيم after both كيم جونغ أون and, in passing, كيم جونغ ايل).
     */
    private Optional<Person> mostMentioned(Set<Person> candidates) {
        return candidates.stream().min(java.util.Comparator
                .comparingInt((Person p) -> -mentions.getOrDefault(p.key(), 0))
                .thenComparingInt(p -> firstSeen.getOrDefault(p.key(), Integer.MAX_VALUE)));
    }

    /** The person with this full-name key, as first written. */
    public Optional<Person> person(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The longest full name of a person met so far that starts at word {@code i} of {@code skeletons} (word
     * skeletons of a text), as a word count; 0 when none.
     */
    public int fullNameLengthAt(List<String> skeletons, int i) {
        int best = 0;
        for (Person person : byFirstWord.getOrDefault(skeletons.get(i), Set.of())) {
            String[] parts = keyParts.get(person.key());
            if (parts.length <= best || i + parts.length > skeletons.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < parts.length && all; k++) {
                all = parts[k].equals(skeletons.get(i + k));
            }
            if (all) {
                best = parts.length;
            }
        }
        return best;
    }

    /**
     * The length of a full name at word {@code i} that shares all but its last word with someone met (كيم جونغ
     * ايل beside كيم جونغ أون): a different person whose name must not be taken for the known one; 0 if none.
     */
    public int sameFamilyLengthAt(List<String> skeletons, int i) {
        for (Person person : byFirstWord.getOrDefault(skeletons.get(i), Set.of())) {
            String[] parts = keyParts.get(person.key());
            if (parts.length < 3 || i + parts.length > skeletons.size()) {
                continue;
            }
            boolean prefix = true;
            for (int k = 0; k < parts.length - 1 && prefix; k++) {
                prefix = parts[k].equals(skeletons.get(i + k));
            }
            String last = skeletons.get(i + parts.length - 1);
            if (prefix && !last.isEmpty() && !last.equals(parts[parts.length - 1])) {
                return parts.length;
            }
        }
        return 0;
    }

    /** True when a person met in full ends with a word of this skeleton (الركراكي after وليد الركراكي). */
    public boolean knowsLastWord(String skeleton) {
        return byLastWord.containsKey(skeleton);
    }

    /** True when a word with this skeleton begins or ends the name of someone met (a cheap first check). */
    public boolean knowsSkeleton(String skeleton) {
        return byFirstWord.containsKey(skeleton) || byLastWord.containsKey(skeleton);
    }

    /** True when {@code word} is the first or last word of someone already met. */
    public boolean isKnownNameWord(String word) {
        String skeleton = NameKey.skeleton(EntityType.PERSON, word);
        return byLastWord.containsKey(skeleton) || byFirstWord.containsKey(skeleton);
    }
}
