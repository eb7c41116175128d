package dev.marsad.extract;

import dev.marsad.model.EntityKey;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Spelling-variant keys for names. Arabic outlets transliterate foreign names differently (كيم جونج أون /
 * كيم جونغ أون, جيك سوليفان / جايك ساليفان, بيونغ يانغ / بيونجيانج), so a key is a transliteration skeleton
 * that keeps what spellings agree on and drops what they vary on:
 * <ul>
 *   <li>folding first ({@link ArabicNormalizer}: hamza forms, ى/ي, ة/ه, diacritics, Persian letters);</li>
 *   <li>ج غ ق گ all stand for a foreign g and become {@code g}; ك stays {@code k} (كمال ≠ جمال);</li>
 *   <li>a run of long vowels and hamza (ا و ي ء) inside a word becomes one {@code a}: جيك and جايك both give
 *       {@code gak}; a word-final و or ي keeps its quality ({@code u}, {@code i}), which tells داغا from داغو;
 *       in words of six letters or more medial long vowels are dropped ({@link #LONG_WORD});</li>
 *   <li>emphatic/plain pairs that transliteration swaps merge: ط→t, ص ث→s, ض→d, ذ ظ→z;</li>
 *   <li>doubled letters collapse; the article ال of places and organisations is dropped;</li>
 *   <li>places and organisations ignore spaces (بيونغ يانغ = بيونغيانغ); person names keep one skeleton per
 *       word, so كيم جونغ أون ({@code kam-gang-an}) and كيم جونغ ايل ({@code kam-gang-al}) stay apart.</li>
 * </ul>
 * Written by hand: no library transliterates Arabic names to a variant-tolerant key. Thread-safe.
 */
public final class NameKey {
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-_.]+");
    /** {@link #latin} and {@link #finalVowel} of the chars up to the Arabic block, worked out once. */
    private static final int TABLE_SIZE = 0x0700;
    /**
     * Ids of the distinct letter strings of those functions (the same text, the same id; 0 for none), their chars
     * by id, and the id of each char's letter: {@link #wordSkeleton} compares ids where it compared strings.
     */
    private static final java.util.Map<String, Integer> LETTER_IDS = new java.util.HashMap<>();
    private static final int[] LATIN_ID = new int[TABLE_SIZE];
    private static final int[] FINAL_ID = new int[TABLE_SIZE];
    private static final int NO_LETTER = 0;
    /** Chars past the table are their own letter; their ids start here, above every table id. */
    private static final int TABLE_SIZE_ID_BASE = 1 << 20;
    private static final char[][] LETTER_CHARS;
    private static final int A_ID;

    static {
        LETTER_IDS.put("", NO_LETTER);
        for (char c = 0; c < TABLE_SIZE; c++) {
            LATIN_ID[c] = LETTER_IDS.computeIfAbsent(latin(c), k -> LETTER_IDS.size());
            FINAL_ID[c] = LETTER_IDS.computeIfAbsent(finalVowel(c), k -> LETTER_IDS.size());
        }
        LETTER_CHARS = new char[LETTER_IDS.size()][];
        LETTER_IDS.forEach((letter, id) -> LETTER_CHARS[id] = letter.toCharArray());
        A_ID = LETTER_IDS.get("a");
    }

    private NameKey() {
    }

    /** The key of a name of the given type: {@code person:kam-gang-an}, {@code location:bangang}. */
    public static String of(EntityType type, String name) {
        return new EntityKey(type, skeleton(type, name)).value();
    }

    /** The skeleton part of the key. */
    public static String skeleton(EntityType type, String name) {
        List<String> words = words(name);
        if (type != EntityType.PERSON) {
            List<String> bare = new ArrayList<>();
            for (String w : words) {
                bare.add(w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w);
            }
            return wordSkeleton(String.join("", bare));
        }
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            parts.add(wordSkeleton(w));
        }
        return String.join("-", parts);
    }

    /** Folded words of a name. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(ArabicNormalizer.foldLower(name))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Words of at least this many letters drop their medial long vowels: foreign names spelt with and without
     * one (زيلينسكي / زيلنسكي, واشنطن / واشنطون) then agree. Shorter words keep them, because short Arabic names
     * differ by exactly such a vowel (محمد / محمود, سعد / سعيد); 6 is the smallest length at which no such pair
     * of the own fixtures merges, and the ANETAC-derived pairs gain precision and recall from 99 down to 6.
     */
    static final int LONG_WORD = 6;

    /** The skeleton of one folded word. */
    public static String wordSkeleton(String folded) {
        // Most chars give one Latin letter; a few give two or three (خ → kh, چ → tsh), so the buffer grows if needed.
        int length = folded.length();
        char[] out = new char[length + 4];
        int n = 0;
        // Letters are compared by id ({@link #LETTER_IDS}), which is comparing their text, without the strings.
        int previous = NO_LETTER;
        boolean longWord = length >= LONG_WORD;
        for (int i = 0; i < length; i++) {
            // A final long vowel tells names apart (داغا / داغو, باكا / باكي), so it keeps its quality.
            char c = folded.charAt(i);
            boolean last = i == length - 1 && i > 0;
            int letter;
            if (c < TABLE_SIZE) {
                letter = last ? FINAL_ID[c] : LATIN_ID[c];
            } else {
                // Past the table both functions give the char itself, or nothing: an id of its own.
                letter = Character.isLetterOrDigit(c) ? TABLE_SIZE_ID_BASE + c : NO_LETTER;
            }
            if (letter == NO_LETTER || longWord && i > 0 && !last && letter == A_ID) {
                continue;
            }
            // A run of vowel letters is one vowel; a doubled consonant is one consonant.
            if (letter == previous) {
                continue;
            }
            if (n + 3 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            if (letter >= TABLE_SIZE_ID_BASE) {
                out[n++] = c;
            } else {
                for (char k : LETTER_CHARS[letter]) {
                    out[n++] = k;
                }
            }
            previous = letter;
        }
        return new String(out, 0, n);
    }

    private static String finalVowel(char c) {
        return switch (c) {
            case 'و' -> "u";
            case 'ي', 'ى' -> "i";
            default -> latin(c);
        };
    }

    private static String latin(char c) {
        return switch (c) {
            case 'ا', 'و', 'ي', 'ء', 'ى' -> "a";
            case 'ب' -> "b";
            case 'ت', 'ط' -> "t";
            case 'ث', 'س', 'ص' -> "s";
            case 'ج', 'غ', 'ق', '\u06AF' -> "g";
            case 'ح' -> "h";
            case 'خ' -> "kh";
            case 'د', 'ض' -> "d";
            case 'ذ', 'ز', 'ظ' -> "z";
            case 'ر' -> "r";
            case 'ش' -> "sh";
            case 'ع' -> "3";
            case 'ف', '\u06A4' -> "f";
            case 'ك' -> "k";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'ه' -> "h";
            case '\u067E' -> "b";
            case '\u0686' -> "tsh";
            default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : "";
        };
    }
}
