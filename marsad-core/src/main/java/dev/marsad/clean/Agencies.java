package dev.marsad.clean;

import dev.marsad.text.ArabicNormalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wire-agency names ({@code agencies-ar.txt}) and their canonical display form: فرانس برس and AFP both give
 * {@code أ ف ب}. Thread-safe, loaded once.
 */
final class Agencies {
    static final String RESOURCE = "/dev/marsad/clean/agencies-ar.txt";

    /**
     * An agency name found in a line.
     *
     * @param canonical the display name
     * @param start     offset of the match in the line
     * @param end       one past its end
     */
    record Found(String canonical, int start, int end) {
    }

    /** Folded spelling → canonical, longest spelling first so that "وكالة الأناضول" wins over "الأناضول". */
    private static final List<Map.Entry<String, String>> SPELLINGS = load();

    private Agencies() {
    }

    private static List<Map.Entry<String, String>> load() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : LexiconFile.read(RESOURCE)) {
            map.putIfAbsent(fold(row[1]), row[0]);
        }
        return map.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    private static String fold(String s) {
        return ArabicNormalizer.foldLower(s).replace(".", " ").replaceAll("\\s+", " ").strip();
    }

    /** The canonical name if {@code text} is, as a whole, an agency name. */
    static Optional<String> exactly(String text) {
        String key = fold(text).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return SPELLINGS.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).findFirst();
    }

    /**
     * The first agency named in {@code line} as whole words. Offsets refer to the folded line, which has the
     * same length as the original for the Arabic letters used in agency names.
     */
    static Optional<Found> find(String line) {
        String folded = ArabicNormalizer.foldLower(line).replace('.', ' ');
        Found best = null;
        for (Map.Entry<String, String> e : SPELLINGS) {
            int from = 0;
            while (true) {
                int at = folded.indexOf(e.getKey(), from);
                if (at < 0) {
                    break;
                }
                int end = at + e.getKey().length();
                boolean whole = (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                        && (end == folded.length() || !Character.isLetter(folded.charAt(end)));
                if (whole && (best == null || at < best.start())) {
                    best = new Found(e.getValue(), at, end);
                }
                from = at + 1;
            }
        }
        return Optional.ofNullable(best);
    }
}
