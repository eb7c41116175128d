package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * People the unlabelled news names again and again, each a name of two words or more: a list learnt by
 * {@code ./marsad train people} (model card {@code news-people-ar.MODEL.md}), read here so that a name the tagger
 * misses in one article (جينا هاسبل after «مديرة الاستخبارات الأمريكية», مايك بومبيو cut in two) is found where
 * the same name was found in many others. Why a list and not a tagger feature: the evidence is about the name
 * across thousands of articles, which a tagger trained on 2007 text cannot weigh. Immutable, thread-safe.
 */
final class NewsPeople {
    static final String RESOURCE = "/dev/marsad/extract/ner/news-people-ar.tsv.gz";
    /** The confidence given to a listed name (above the rules', below a sure tagger span). */
    private static final double LISTED_SCORE = 0.7;
    private static final String PROCLITICS = "وفبلك";
    private static final NewsPeople EMPTY = new NewsPeople(Map.of());

    /** Folded first word → the listed names starting with it, as folded words, longest first. */
    private final Map<String, List<String[]>> byFirstWord;

    private NewsPeople(Map<String, List<String[]>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** The list shipped in the jar (loaded once). */
    static NewsPeople shipped() {
        return Shipped.LIST;
    }

    /** No listed people (extraction without the learnt list). */
    static NewsPeople none() {
        return EMPTY;
    }

    private static final class Shipped {
        static final NewsPeople LIST = read(RESOURCE);
    }

    /** A list from lines of {@code folded words<TAB>...}; {@code #} lines are comments. */
    static NewsPeople of(List<String> lines) {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String[] words = (tab < 0 ? line : line.substring(0, tab)).strip().split(" ");
            if (words.length >= 2) {
                map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        map.values().forEach(names -> names.sort((a, b) -> Integer.compare(b.length, a.length)));
        return new NewsPeople(Map.copyOf(map));
    }

    static NewsPeople read(String resource) {
        try (InputStream raw = NewsPeople.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            return of(in.lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Whether a listed name opens with this word (بان of بان كي مون): a first name, whatever else the word means. */
    boolean opensAListedName(String word) {
        return byFirstWord.containsKey(dev.marsad.text.ArabicNormalizer.foldLower(word));
    }

    int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The listed names written in the article: the longest listed name at each word, its first word with or
     * without one-letter proclitics (ومايك بومبيو), the other words exactly as listed (after folding).
     */
    List<NameSpan> find(Words w) {
        if (byFirstWord.isEmpty()) {
            return List.of();
        }
        List<NameSpan> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.isWord(i)) {
                continue;
            }
            String first = w.folded().get(i);
            int length = longestAt(w, i, first);
            // لمايك بومبيو، وجينا هاسبل: up to two one-letter proclitics (Words' bare forms strip them only before ال).
            int proclitics = 0;
            while (length == 0 && proclitics < 2 && first.length() > proclitics + 2
                    && PROCLITICS.indexOf(first.charAt(proclitics)) >= 0) {
                proclitics++;
                length = longestAt(w, i, first.substring(proclitics));
            }
            if (length > 0) {
                // The proclitics' letters with any marks on them (لِمايك: two chars for one letter).
                int start = w.tokens().get(i).start() + FoldedText.of(w.tokens().get(i).text()).originalStart(proclitics);
                out.add(new NameSpan(start, w.tokens().get(i + length - 1).end(), EntityType.PERSON, LISTED_SCORE));
                i += length - 1;
            }
        }
        return out;
    }

    private int longestAt(Words w, int i, String first) {
        List<String[]> names = byFirstWord.get(first);
        if (names == null) {
            return 0;
        }
        for (String[] name : names) {
            if (matches(w, i, name)) {
                return name.length;
            }
        }
        return 0;
    }

    private static boolean matches(Words w, int i, String[] name) {
        if (i + name.length > w.size()) {
            return false;
        }
        for (int k = 1; k < name.length; k++) {
            if (!w.isWord(i + k) || !w.folded().get(i + k).equals(name[k])) {
                return false;
            }
        }
        return true;
    }
}
