package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds entity mentions and gives each its key. Spans come from the trained model when present and from
 * {@link RuleNameFinder}; overlaps keep the longer span. People named in full are remembered in the
 * {@link ExtractionRun}; later one-word mentions of them (surname, or a Korean/Chinese family name first) are
 * found and keyed to the full name. Mention text never includes proclitics; {@code للبيت الأبيض} is reported as
 * {@code البيت الأبيض} with its span starting after the first ل. Thread-safe per run.
 */
final class EntityExtractor {
    private final Optional<NameFinder> model;

    EntityExtractor(Optional<NameFinder> model) {
        this.model = model;
    }

    List<Entity> extract(String text, Words words, ExtractionRun run) {
        return resolve(text, words, find(text, words), run);
    }

    /**
     * The spans found without the run: the rules' (less those that cannot be a person) and the tagger's.
     *
     * @param rules the rules' spans
     * @param found the tagger's spans
     */
    record Spans(List<NameSpan> rules, List<NameSpan> found) {
    }

    /**
     * The part of {@link #extract} that does not read or change the run (the rules and the tagger, most of the
     * cost): it may run for many articles at once, on any thread, before {@link #resolve} takes them in order.
     */
    Spans find(String text, Words words) {
        List<NameSpan> rules = RuleNameFinder.find(words).stream().filter(s -> !notAPerson(text, s)).toList();
        List<NameSpan> found = model.map(m -> m.find(text, words.tokens())).orElse(List.of()).stream()
                .map(s -> withoutLeadingDescriptor(text, s)).toList();
        return new Spans(rules, found);
    }

    /** The part of {@link #extract} that reads and grows the run: one article at a time, in the run's order. */
    List<Entity> resolve(String text, Words words, Spans firstPass, ExtractionRun run) {
        List<NameSpan> rules = firstPass.rules();
        List<NameSpan> found = firstPass.found();
        for (NameSpan s : resolveOverlaps(concat(rules, found))) {
            if (s.type() == EntityType.PERSON) {
                run.rememberPerson(text.substring(s.start(), s.end()));
            }
        }
        List<NameSpan> spans = new ArrayList<>(rules);
        // The rules' spans as a set: looking each model span up in the list made long inputs quadratic (issue 12).
        Set<Long> ruleBounds = new HashSet<>(rules.size() * 2);
        rules.forEach(r -> ruleBounds.add(bounds(r.start(), r.end())));
        found.forEach(s -> spans.add(trimClitic(text, s, ruleBounds, run)));
        List<NameSpan> chosen = resolveOverlaps(spans);
        chosen = resolveOverlaps(concat(chosen, knownPeople(words, run).stream()
                .filter(s -> !hasCommonWord(NameKey.words(text.substring(s.start(), s.end())))).toList()));
        chosen = grown(chosen, words);
        List<Entity> out = new ArrayList<>(chosen.size());
        for (NameSpan s : chosen) {
            if (!onlyAdjectives(text, s, run) && !commonNounOfAPlaceName(text, s) && !verbAtClauseStart(text, s, words)) {
                out.add(entity(text, s, run));
            }
        }
        return out;
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
    private boolean notAPerson(String text, NameSpan s) {
        if (s.type() != EntityType.PERSON) {
            return false;
        }
        List<String> words = NameKey.words(text.substring(s.start(), s.end()));
        if (words.isEmpty()) {
            return false;
        }
        String first = Lexicon.fold(words.get(0));
        if (isHeadNoun(first) || Lexicon.TITLES.contains(first) || Lexicon.TITLES.contains(withoutLetter(first))) {
            return true;
        }
        return hasCommonWord(words);
    }

    /** Whether one of the words is one the model knows as common and never part of a name (false without it). */
    private boolean hasCommonWord(List<String> words) {
        if (model.isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (model.get().isCommonWord(w)) {
                return true;
            }
        }
        return false;
    }

    private Entity entity(String text, NameSpan s, ExtractionRun run) {
        String surface = text.substring(s.start(), s.end());
        String name = surface;
        // "للبيت الأبيض": the span starts at the second ل; the name is written with its article.
        if (s.start() > 0 && text.charAt(s.start()) == '\u0644' && text.charAt(s.start() - 1) == '\u0644' && surface.length() > 3) {
            name = "\u0627" + surface;
        }
        String key = NameKey.of(s.type(), name);
        if (s.type() == EntityType.PERSON) {
            boolean oneWord = NameKey.words(name).size() == 1;
            Optional<ExtractionRun.Person> single = oneWord ? run.resolveSingleWord(name) : Optional.empty();
            key = single.map(ExtractionRun.Person::key).orElse(key);
            Optional<String> full = oneWord ? single.map(ExtractionRun.Person::name) : Optional.of(name);
            if (full.isPresent() && model.isPresent()) {
                // فلاديمير بوتن after فلاديمير بوتين: one key for the spellings of one name met in this run.
                key = run.variantOf(full.get(), model.get()::isFirstName).map(ExtractionRun.Person::key).orElse(key);
            }
        }
        return new Entity(name, s.type(), key, s.start(), s.end());
    }

    /**
     * Names grown over the words that complete them when the finder stopped short: an organisation named by a head
     * noun over the nationality adjectives after it (وزارة الداخلية <b>المغربية</b>, البنك المركزي <b>التركي</b>: without
     * them the Moroccan and the Jordanian ministry would share a key), a person over a surname with the article that ends
     * the name (وزير الداخلية مازن <b>الفراية</b> إن …) when that word is not a common word, a title or a head noun,
     * and over a listed first name right before it (<b>بدر</b> عبد العاطي).
     */
    private List<NameSpan> grown(List<NameSpan> spans, Words w) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        int next = 0;
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            int limit = k + 1 < spans.size() ? spans.get(k + 1).start() : Integer.MAX_VALUE;
            while (next < w.size() && w.tokens().get(next).end() <= s.end()) {
                next++;
            }
            int first = next - 1;
            while (first >= 0 && w.tokens().get(first).start() > s.start()) {
                first--;
            }
            int end = s.end();
            int j = next;
            if (s.type() == EntityType.ORGANIZATION && first >= 0 && opensWithHeadNoun(w.tokens().get(first), s)) {
                while (j < w.size() && j - next < 2 && w.tokens().get(j).end() <= limit && isNisba(w.folded().get(j))
                        && onlySpaceBetween(w, j, end)) {
                    end = w.tokens().get(j).end();
                    j++;
                }
            } else if (s.type() == EntityType.PERSON && j < w.size() && w.tokens().get(j).end() <= limit
                    && onlySpaceBetween(w, j, end) && isSurname(w, j) && endsName(w, j + 1)) {
                end = w.tokens().get(j).end();
            }
            int start = s.start();
            int before = first - 1;
            int previousEnd = out.isEmpty() ? -1 : out.get(out.size() - 1).end();
            if (s.type() == EntityType.PERSON && before >= 0 && w.tokens().get(first).start() == s.start()
                    && w.tokens().get(before).start() >= previousEnd && w.isWord(before)
                    && !w.folded().get(before).startsWith("ال") && s.start() - w.tokens().get(before).end() <= 2
                    && model.map(m -> m.isFirstName(w.tokens().get(before).text())).orElse(false)) {
                // وزير الخارجية المصري بدر عبد العاطي: a listed first name right before the name is part of it.
                start = w.tokens().get(before).start();
            }
            out.add(end == s.end() && start == s.start() ? s : new NameSpan(start, end, s.type(), s.score()));
        }
        return out;
    }

    /**
     * Whether an organisation opens with a generic head noun (وزارة الداخلية، البنك المركزي): such a name needs its
     * nationality adjective to say which one, a proper name (ريال مدريد الإسباني، تشلسي الإنجليزي) does not, and
     * growing it would give the same club two keys. Measured on the held-out news slice: +1.5 F1.
     */
    private static boolean opensWithHeadNoun(Token firstToken, NameSpan s) {
        return isHeadNoun(Lexicon.fold(firstToken.text().substring(Math.max(0, s.start() - firstToken.start()))));
    }

    /** An organisation's head noun, with or without the article, ب/ل or و before it (بوزارة، لمفوضية); folded. */
    private static boolean isHeadNoun(String folded) {
        for (String f : List.of(folded, withoutLetter(folded))) {
            if (Lexicon.ORGANIZATION_HEADS.contains(f.startsWith("ال") ? f : "ال" + f)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutLetter(String folded) {
        return folded.length() > 3 && "وبل".indexOf(folded.charAt(0)) >= 0 ? folded.substring(1) : folded;
    }

    private static boolean isNisba(String folded) {
        return folded.startsWith("ال") && folded.length() > 5 && (folded.endsWith("ي") || folded.endsWith("يه"));
    }

    private static boolean onlySpaceBetween(Words w, int j, int end) {
        return w.tokens().get(j).start() > end && w.tokens().get(j).start() - end <= 2;
    }

    private boolean isSurname(Words w, int j) {
        String f = w.folded().get(j);
        return w.isWord(j) && f.startsWith("ال") && f.length() >= 5 && !Lexicon.TITLES.contains(f)
                && !Lexicon.ORGANIZATION_HEADS.contains(f) && !Lexicon.STOPWORDS.contains(f)
                && model.map(m -> !m.isCommonWord(w.tokens().get(j).text())).orElse(false);
    }

    /** The name ends before token {@code j}: punctuation, the end, إن/أن, a verb, or a preposition. */
    private static boolean endsName(Words w, int j) {
        if (j >= w.size() || !w.isWord(j)) {
            return true;
        }
        String f = w.folded().get(j);
        return Lexicon.NAME_END_WORDS.contains(f) || Lexicon.isVerb(f);
    }


    /**
     * A person span the model opened one word early loses that word when it is a description, not a name:
     * a nationality adjective with the article (المتحدث باسم الهلال الأحمر <b>الليبي</b> توفيق الشكري), a title, or
     * an organisation's head noun (الأمين العام <b>للمنظمة</b> بيتيري تالاس). Arabic personal names do not open
     * with such words; surnames with the article (الشكري) come last and are kept.
     */
    static NameSpan withoutLeadingDescriptor(String text, NameSpan s) {
        if (s.type() == EntityType.ORGANIZATION) {
            return personAfterHeadNoun(text, s);
        }
        if (s.type() != EntityType.PERSON) {
            return s;
        }
        NameSpan span = s;
        while (true) {
            String surface = text.substring(span.start(), span.end());
            int space = surface.indexOf(' ');
            if (space < 0 || !isDescriptor(Lexicon.fold(surface.substring(0, space)))) {
                return span;
            }
            int next = span.start() + space;
            while (next < span.end() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            span = new NameSpan(next, span.end(), span.type(), span.score());
        }
    }

    /**
     * An "organisation" that is a head noun with the article followed by words without it (الأمين العام
     * <b>للمنظمة بيتيري تالاس</b>): the head noun refers back to an organisation, the rest is a person's name.
     */
    private static NameSpan personAfterHeadNoun(String text, NameSpan s) {
        String surface = text.substring(s.start(), s.end());
        String[] words = surface.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return s;
        }
        if (!Lexicon.ORGANIZATION_HEADS.contains(withArticle(Lexicon.fold(words[0])))) {
            return s;
        }
        for (int i = 1; i < words.length; i++) {
            String w = Lexicon.fold(words[i]);
            if (w.startsWith("ال") || w.startsWith("لل") || w.length() < 2) {
                return s;
            }
        }
        int start = s.start() + surface.indexOf(words[1], words[0].length());
        return new NameSpan(start, s.end(), EntityType.PERSON, s.score());
    }

    /**
     * A word with the preposition ل written as the article would be: للمنظمة → المنظمة, and لمنظمة (a span that kept
     * one ل of للمنظمة, the other gone with the proclitic) → المنظمة. Other words unchanged.
     */
    private static String withArticle(String folded) {
        if (folded.startsWith("لل")) {
            return "ال" + folded.substring(2);
        }
        return folded.startsWith("ل") ? "ال" + folded.substring(1) : folded;
    }

    private static boolean isDescriptor(String folded) {
        String word = folded.startsWith("لل") && folded.length() > 4 ? "ال" + folded.substring(2) : folded;
        if (Lexicon.TITLES.contains(word) || Lexicon.ORGANIZATION_HEADS.contains(withArticle(folded))) {
            return true;
        }
        // الشاهد مروان سليم، المصدر …: a tagger may take an unnamed speaker's noun with the article for a first name.
        if (word.startsWith("ال") && Lexicon.UNNAMED_SPEAKERS.contains(word.substring(2))) {
            return true;
        }
        // اليونسكو أودري أزولاي، لليونسكو …: a listed organisation before a person's name is whom the person speaks
        // for, not a first name (no listed organisation is one); the rules report it as an organisation of its own.
        if (Lexicon.ORGANIZATIONS.contains(word) || Lexicon.ORGANIZATIONS.contains(withoutLetter(word))
                || Lexicon.ORGANIZATIONS.contains(withArticle(folded))) {
            return true;
        }
        // الليبي، الروسية: the article and a nisba ending.
        return word.startsWith("ال") && word.length() > 5 && (word.endsWith("ي") || word.endsWith("يه"));
    }

    /**
     * A model span that kept a one-letter proclitic (وكوريا الشمالية، بكيم) loses it when the rules found the
     * same name without it, or when the rest is someone already met.
     */
    private static NameSpan trimClitic(String text, NameSpan s, Set<Long> ruleBounds, ExtractionRun run) {
        if (s.end() - s.start() < 4 || "وفبلك".indexOf(text.charAt(s.start())) < 0) {
            return s;
        }
        int start = s.start() + 1;
        boolean ruleAgrees = ruleBounds.contains(bounds(start, s.end()));
        String rest = text.substring(start, s.end());
        boolean known = s.type() == EntityType.PERSON && !rest.contains(" ") && run.resolveSingleWord(rest).isPresent();
        return ruleAgrees || known ? new NameSpan(start, s.end(), s.type(), s.score()) : s;
    }

    private static long bounds(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    /** One-word or full mentions of people already met in this run. */
    private static List<NameSpan> knownPeople(Words w, ExtractionRun run) {
        // Skeletons of the words, worked out only for the words looked at (the article and names skip most).
        List<String> skeletons = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return w.isWord(i) ? w.skeleton(i) : "";
            }

            @Override
            public int size() {
                return w.size();
            }
        };
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i)) {
                continue;
            }
            if (w.bare().get(i).startsWith("ال")) {
                // وأكد الركراكي أن … after وليد الركراكي: a surname with the article, only as the last word of
                // someone met in full (so common words with the article are never taken for names).
                if (w.bare().get(i).length() >= 5 && run.knowsLastWord(skeletons.get(i)) && resolvable(w.bare().get(i), run)) {
                    int start = w.tokens().get(i).start() + w.prefixes()[i];
                    out.add(new NameSpan(start, w.tokens().get(i).end(), EntityType.PERSON, 0.5));
                }
                continue;
            }
            java.util.Optional<String> alt = w.withoutFirstLetter(i);
            if (!run.knowsSkeleton(skeletons.get(i)) && alt.map(a -> !run.knowsSkeleton(NameKey.wordSkeleton(a))).orElse(true)) {
                continue;
            }
            int full = run.fullNameLengthAt(skeletons, i);
            if (full > 0) {
                out.add(RuleNameFinder.span(w, i, i + full, EntityType.PERSON));
                i += full - 1;
                continue;
            }
            int relative = run.sameFamilyLengthAt(skeletons, i);
            if (relative > 0) {
                // كيم جونغ ايل after كيم جونغ أون: the same family name and generation name, another person.
                out.add(RuleNameFinder.span(w, i, i + relative, EntityType.PERSON));
                i += relative - 1;
                continue;
            }
            String bare = w.bare().get(i);
            if (resolvable(bare, run) && RuleNameFinder.isNameWord(w, i)) {
                out.add(RuleNameFinder.span(w, i, i + 1, EntityType.PERSON));
            } else if (alt.isPresent() && resolvable(alt.get(), run)) {
                // بكيم، لبوتين: a one-letter preposition on a name without the article.
                int start = w.tokens().get(i).start() + 1;
                out.add(new NameSpan(start, w.tokens().get(i).end(), EntityType.PERSON, 0.5));
            }
        }
        return out;
    }

    /** A one-word mention of someone met; very short skeletons (أون → "an") are too ambiguous to resolve. */
    private static boolean resolvable(String word, ExtractionRun run) {
        return NameKey.wordSkeleton(word).length() >= 3 && run.resolveSingleWord(word).isPresent();
    }

    private static List<NameSpan> concat(List<NameSpan> a, List<NameSpan> b) {
        List<NameSpan> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Longer spans first, then more confident ones (one comparison, not a chain of key extractors). */
    private static final Comparator<NameSpan> LONGER_THEN_SURER = (a, b) -> {
        int byLength = Integer.compare(b.end() - b.start(), a.end() - a.start());
        return byLength != 0 ? byLength : Double.compare(b.score(), a.score());
    };

    /** Keeps non-overlapping spans, preferring the longer (then the more confident) one. */
    static List<NameSpan> resolveOverlaps(List<NameSpan> spans) {
        List<NameSpan> byPreference = new ArrayList<>(spans);
        byPreference.sort(LONGER_THEN_SURER);
        // Kept spans never overlap and are never empty, so by start they are also by end: the one starting last
        // before a span's end is the only one that can overlap it.
        java.util.TreeMap<Integer, NameSpan> kept = new java.util.TreeMap<>();
        for (NameSpan s : byPreference) {
            if (s.end() > s.start()) {
                var before = kept.lowerEntry(s.end());
                if (before == null || before.getValue().end() <= s.start()) {
                    kept.put(s.start(), s);
                }
            }
        }
        return new ArrayList<>(kept.values());
    }
}
