package dev.marsad.eval.keys;

import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives variant and non-variant pairs from ANETAC (English name, Arabic spelling) lists, by a fixed rule:
 * <ul>
 *   <li>positive: two entries whose English names differ in spelling but have the same English phonetic key
 *       ({@link #englishKey}: Sergei/Sergey, Mohamed/Mohammed, Philip/Filip) and whose Arabic spellings differ —
 *       two ways outlets wrote one name;</li>
 *   <li>negative: two entries with different English keys whose folded Arabic spellings are at edit distance 1
 *       (close spellings of different names, the merges a key must refuse).</li>
 * </ul>
 * The pairs come from ANETAC's own entries; Marsad's key rules were written by hand and not fitted to them.
 */
final class AnetacPairs {
    record Entry(EntityType type, String english, String arabic) {
    }

    private AnetacPairs() {
    }

    /** Entries of the "EN-AR Named-entities.txt" file (CLASS English... Arabic...). */
    static List<Entry> namedEntities(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 3) {
                continue;
            }
            EntityType type;
            try {
                type = EntityType.valueOf(parts[0]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            StringBuilder en = new StringBuilder();
            StringBuilder ar = new StringBuilder();
            for (int i = 1; i < parts.length; i++) {
                boolean arabic = parts[i].codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
                (arabic ? ar : en).append(parts[i]).append(' ');
            }
            if (en.length() > 0 && ar.length() > 0) {
                out.add(new Entry(type, en.toString().strip(), ar.toString().strip()));
            }
        }
        return out;
    }

    /** Entries of a line-aligned transliteration split (xx.en / xx.ar), all treated as person names. */
    static List<Entry> translit(Path en, Path ar) throws IOException {
        List<String> e = Files.readAllLines(en, StandardCharsets.UTF_8);
        List<String> a = Files.readAllLines(ar, StandardCharsets.UTF_8);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            if (!e.get(i).isBlank() && !a.get(i).isBlank()) {
                out.add(new Entry(EntityType.PERSON, e.get(i).strip(), a.get(i).strip()));
            }
        }
        return out;
    }

    /** A phonetic key for English spellings of one name: lower case, y→i, ph→f, c/q→k, doubles collapsed. */
    static String englishKey(String english) {
        String s = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
        s = s.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k").replace("y", "i")
                .replace("ee", "i").replace("oo", "u").replace("ou", "u").replace("dj", "j").replace("sch", "sh");
        s = s.replaceAll("(.)\\1+", "$1").replaceAll("(?<=[a-z]{3})e\\b", "");
        return s;
    }

    static List<KeyPair> pairs(List<Entry> entries, int maxNegatives) {
        Map<String, List<Entry>> byEnglish = new HashMap<>();
        for (Entry e : entries) {
            byEnglish.computeIfAbsent(e.type() + "|" + englishKey(e.english()), k -> new ArrayList<>()).add(e);
        }
        List<KeyPair> out = new ArrayList<>();
        for (List<Entry> group : byEnglish.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Entry x = group.get(i);
                    Entry y = group.get(j);
                    if (!x.english().equals(y.english()) && !x.arabic().equals(y.arabic())) {
                        out.add(new KeyPair(true, x.type(), x.arabic(), y.arabic()));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(KeyPair::a).thenComparing(KeyPair::b));
        out.addAll(negatives(entries, maxNegatives));
        return out;
    }

    private static List<KeyPair> negatives(List<Entry> entries, int max) {
        Map<String, List<Entry>> buckets = new HashMap<>();
        for (Entry e : entries) {
            String f = ArabicNormalizer.fold(e.arabic());
            buckets.computeIfAbsent(e.type() + "|" + f.length() + "|" + f.charAt(0), k -> new ArrayList<>()).add(e);
        }
        List<KeyPair> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(buckets.keySet());
        keys.sort(null);
        for (String k : keys) {
            List<Entry> bucket = buckets.get(k);
            for (int i = 0; i < bucket.size() && out.size() < max; i++) {
                for (int j = i + 1; j < bucket.size() && out.size() < max; j++) {
                    Entry x = bucket.get(i);
                    Entry y = bucket.get(j);
                    if (!englishKey(x.english()).equals(englishKey(y.english()))
                            && substitutions(ArabicNormalizer.fold(x.arabic()), ArabicNormalizer.fold(y.arabic())) == 1) {
                        out.add(new KeyPair(false, x.type(), x.arabic(), y.arabic()));
                    }
                }
            }
        }
        return out;
    }

    /** Hamming distance of equal-length strings. */
    private static int substitutions(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }
}
