package dev.marsad.clean;

import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cue phrases of {@code cues-ar.txt}: "read also" separators, source lines, tag lines and page furniture.
 * Matching is on folded, lower-cased text with bullets and punctuation trimmed. Thread-safe, loaded once.
 */
final class Cues {
    static final String RESOURCE = "/dev/marsad/clean/cues-ar.txt";

    enum Kind {
        SEPARATOR, SOURCE, TAGS, FURNITURE, COMMENTS,
        /** Words whose first letter و is a root letter, not the conjunction (وزير، واشنطن). */
        ROOT_WAW
    }

    private static final Map<Kind, List<String>> PHRASES = load();

    private Cues() {
    }

    private static Map<Kind, List<String>> load() {
        Map<Kind, List<String>> map = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            map.put(kind, new ArrayList<>());
        }
        for (String[] row : LexiconFile.read(RESOURCE)) {
            map.get(Kind.valueOf(row[0])).add(key(row[1]));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /** The matching form of a line: folded, lower-cased, leading bullets and trailing punctuation removed. */
    static String key(String line) {
        String folded = ArabicNormalizer.foldLower(line);
        int start = 0;
        while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start)) && folded.charAt(start) != '©') {
            start++;
        }
        int end = folded.length();
        while (end > start && !Character.isLetterOrDigit(folded.charAt(end - 1))) {
            end--;
        }
        String key = folded.substring(start, end);
        return Spaces.hasRunOrOddSpace(key) ? SPACES.matcher(key).replaceAll(" ") : key;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** True when the line starts with a phrase of {@code kind} followed by a word boundary. */
    static boolean startsWith(Kind kind, String key) {
        for (String phrase : PHRASES.get(kind)) {
            if (key.startsWith(phrase) && (key.length() == phrase.length() || !Character.isLetter(key.charAt(phrase.length())))) {
                return true;
            }
        }
        return false;
    }

    /** True when the line contains a phrase of {@code kind} as whole words. */
    static boolean contains(Kind kind, String key) {
        String padded = " " + key + " ";
        for (String phrase : PADDED.get(kind)) {
            if (phrase.equals(" © ") ? key.contains("©") : padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The phrases with a space either side, for whole-word search (built once, not per line and phrase). */
    private static final Map<Kind, List<String>> PADDED = padded();

    private static Map<Kind, List<String>> padded() {
        Map<Kind, List<String>> map = new EnumMap<>(Kind.class);
        PHRASES.forEach((kind, phrases) -> map.put(kind, phrases.stream().map(p -> " " + p + " ").toList()));
        return map;
    }

    /** The text after a cue's colon ({@code المصدر: الجزيرة} gives {@code الجزيرة}), or empty. */
    static String afterColon(String line) {
        int colon = indexOfColon(line);
        return colon < 0 ? "" : line.substring(colon + 1).strip();
    }

    static int indexOfColon(String line) {
        return indexOfColon(line, line.length());
    }

    /** The first colon among the first {@code limit} chars, or -1. */
    static int indexOfColon(String line, int limit) {
        for (int i = 0; i < Math.min(limit, line.length()); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '\uFF1A' || c == '\u061B') {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when {@code line} opens with the conjunction و (or ف) attached to its first word, as a paragraph
     * that continues the previous one does (وقال، وفي، ودعا). A new article's lead paragraph almost never does.
     */
    static boolean opensWithConjunction(String line) {
        String key = key(line);
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        if (first.length() < 3 || (first.charAt(0) != '\u0648' && first.charAt(0) != '\u0641')) {
            return false;
        }
        return !PHRASES.get(Kind.ROOT_WAW).contains(first);
    }
}
