package dev.marsad.calendar;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Arabic and English month names of every system in use: Gregorian transliterated (يناير), Syriac/Levantine
 * (كانون الثاني), Maghrebi (جانفي، ماي), and Hijri (محرم … ذو الحجة), loaded from
 * {@code months-ar.txt}. Lookups work on {@link ArabicNormalizer}-folded text. Thread-safe, loaded once.
 */
public final class MonthNames {
    /** Resource listing the names; its header states the source. */
    public static final String RESOURCE = "/dev/marsad/calendar/months-ar.txt";

    /**
     * A month name.
     *
     * @param month  1..12
     * @param hijri  true for a Hijri month
     * @param folded the folded spelling (one or two words)
     */
    public record Month(int month, boolean hijri, String folded) {
        public Month {
            Objects.requireNonNull(folded, "folded");
        }

        /** Number of words in the name (تشرين الأول has two). */
        public int words() {
            return folded.split(" ").length;
        }
    }

    private static final String[] ENGLISH = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private MonthNames() {
    }

    private static final class Holder {
        static final Map<String, Month> BY_FOLDED = load();
        /** Longest names first, so that a two-word name wins over its first word. */
        static final List<Month> LONGEST_FIRST = BY_FOLDED.values().stream()
                .sorted(Comparator.comparingInt((Month m) -> m.folded().length()).reversed()).toList();
        static final dev.marsad.text.WordFilter NAMES = dev.marsad.text.WordFilter.of(BY_FOLDED.keySet());
        static final dev.marsad.text.WordFilter FIRST_WORDS = dev.marsad.text.WordFilter.of(BY_FOLDED.keySet().stream()
                .filter(k -> k.indexOf(' ') > 0).map(k -> k.substring(0, k.indexOf(' '))).toList());
    }

    private static Map<String, Month> load() {
        Map<String, Month> map = new HashMap<>();
        try (InputStream in = MonthNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                boolean hijri = parts[0].startsWith("H");
                int month = Integer.parseInt(hijri ? parts[0].substring(1) : parts[0]);
                String folded = ArabicNormalizer.fold(parts[1].strip());
                map.put(folded, new Month(month, hijri, folded));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        for (int i = 0; i < ENGLISH.length; i++) {
            map.put(ENGLISH[i], new Month(i + 1, false, ENGLISH[i]));
            map.put(ENGLISH[i].substring(0, 3), new Month(i + 1, false, ENGLISH[i].substring(0, 3)));
        }
        map.put("sept", new Month(9, false, "sept"));
        return Map.copyOf(map);
    }

    /** The month named by exactly {@code word} (Arabic spelling, any folding state, or English). */
    public static Optional<Month> lookup(String word) {
        String key = ArabicNormalizer.fold(word).toLowerCase(Locale.ROOT).replace('\u060C', ' ').strip();
        return Optional.ofNullable(Holder.BY_FOLDED.get(key));
    }

    /**
     * Where month names stand in folded text, as spans: one- and two-word names, also
     * behind a one-letter proclitic (وسبتمبر). Pattern matchers look only around these, since a regular
     * expression over every month spelling is slow when tried at every position of a long text.
     */
    public static List<Span> occurrences(String folded) {
        return occurrences(folded, dev.marsad.text.LetterRuns.of(folded));
    }

    /** As {@link #occurrences(String)}, on the folded text's letter runs computed once. */
    public static List<Span> occurrences(dev.marsad.text.FoldedText text) {
        return occurrences(text.folded(), text.words());
    }

    private static List<Span> occurrences(String folded, List<Span> words) {
        List<Span> out = new java.util.ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Span w = words.get(k);
            // Nearly every word of a text is no month name; the filters say so without cutting it out. One pass
            // gives the lower-cased hash of the word and of the word less its first letter (a proclitic).
            int rest = 0;
            int power = 1;
            for (int i = w.start() + 1; i < w.end(); i++) {
                rest = 31 * rest + dev.marsad.text.WordFilter.lower(folded.charAt(i));
                power *= 31;
            }
            int whole = dev.marsad.text.WordFilter.lower(folded.charAt(w.start())) * power + rest;
            boolean firstOfTwo = Holder.FIRST_WORDS.mayContainHash(whole);
            boolean single = Holder.NAMES.mayContainHash(whole) || (w.length() > 3 && Holder.NAMES.mayContainHash(rest));
            if (!firstOfTwo && !single) {
                continue;
            }
            String word = dev.marsad.text.CharClass.lowerCase(w.of(folded));
            // Two-word names (كانون الثاني, ذو الحجة) are separated by a single space.
            Span next = k + 1 < words.size() ? words.get(k + 1) : null;
            if (firstOfTwo && next != null && next.start() == w.end() + 1 && folded.charAt(w.end()) == ' '
                    && Holder.BY_FOLDED.containsKey(word + " " + next.of(folded))) {
                out.add(new Span(w.start(), next.end()));
            } else if (Holder.BY_FOLDED.containsKey(word)
                    || (word.length() > 3 && "وبلف".indexOf(word.charAt(0)) >= 0 && Holder.BY_FOLDED.containsKey(word.substring(1)))) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every known name, longest first (for scanning text). */
    public static List<Month> all() {
        return Holder.LONGEST_FIRST;
    }
}
