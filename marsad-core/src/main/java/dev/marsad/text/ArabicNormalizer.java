package dev.marsad.text;

import java.text.Normalizer;

/**
 * Folds Arabic text to a matching form. Display text is never normalised; this is for keys, search and
 * comparison only. Thread-safe (stateless).
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>NFKC, which maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters;</li>
 *   <li>diacritics (harakat U+064B–U+0652, superscript alef U+0670, Quranic marks U+06D6–U+06ED) and tatweel
 *       are dropped;</li>
 *   <li>alef with madda, hamza above, hamza below and alef wasla become bare alef;</li>
 *   <li>alef maksura and Persian/Urdu yeh (ی ې ێ) become yeh; Persian keheh (ک) becomes kaf; ۀ and ة become heh
 *       (ة→ه is configurable: see {@link #keepTehMarbuta});</li>
 *   <li>waw with hamza and yeh with hamza become waw and yeh; lone hamza stays;</li>
 *   <li>Arabic-Indic and Persian digits become ASCII digits;</li>
 *   <li>zero-width joiners, bidi marks and non-breaking spaces become nothing or a plain space.</li>
 * </ul>
 * Compared with Lucene's {@code ArabicNormalizer}: the same alef, yeh, teh-marbuta and diacritic rules, plus
 * alef wasla, superscript alef, hamza carriers, Persian letters, presentation forms and digits, which Lucene
 * leaves alone. Written by hand because no library folds all of these for matching.
 */
public final class ArabicNormalizer {
    static final char ALEF = '\u0627';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char ALEF_WASLA = '\u0671';
    static final char WAW = '\u0648';
    static final char WAW_HAMZA = '\u0624';
    static final char YEH = '\u064A';
    static final char YEH_HAMZA = '\u0626';
    static final char ALEF_MAKSURA = '\u0649';
    static final char FARSI_YEH = '\u06CC';
    static final char YEH_BARREE = '\u06D2';
    static final char E_YEH = '\u06D0';
    static final char KURDISH_YEH = '\u06CE';
    static final char KAF = '\u0643';
    static final char KEHEH = '\u06A9';
    static final char HEH = '\u0647';
    static final char TEH_MARBUTA = '\u0629';
    static final char HEH_YEH_ABOVE = '\u06C0';
    static final char HEH_GOAL = '\u06C1';
    static final char TATWEEL = '\u0640';
    static final char SUPERSCRIPT_ALEF = '\u0670';

    /** Chars below this (ASCII to the Arabic block, and general punctuation) have precomputed tables. */
    private static final int TABLE_SIZE = 0x2070;
    private static final ArabicNormalizer DEFAULT = new ArabicNormalizer(false);

    private final boolean keepTehMarbuta;

    /** {@link #foldChar} of every char below {@link #TABLE_SIZE}, looked up rather than worked out per char. */
    private final char[] table;

    private ArabicNormalizer(boolean keepTehMarbuta) {
        this.keepTehMarbuta = keepTehMarbuta;
        this.table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = fold(c);
        }
    }

    /** The default folding (ة→ه on). */
    public static ArabicNormalizer standard() {
        return DEFAULT;
    }

    /** A folding that keeps ة distinct from ه (ة→ه is lossy: it merges real ه-final words). */
    public static ArabicNormalizer keepTehMarbuta() {
        return new ArabicNormalizer(true);
    }

    /** Shorthand for {@code standard().normalize(text)}. */
    public static String fold(CharSequence text) {
        return DEFAULT.normalize(text);
    }

    /** Shorthand for {@code fold(text).toLowerCase(Locale.ROOT)}. */
    public static String foldLower(CharSequence text) {
        return CharClass.lowerCase(fold(text));
    }

    /** Returns the matching form of {@code text}. Idempotent. */
    public String normalize(CharSequence text) {
        int n = text.length();
        // Most words fold to themselves: nothing is copied until the first char that changes.
        int same = 0;
        while (same < n) {
            char c = text.charAt(same);
            if (c >= NFKC_INERT.length || !NFKC_INERT[c]) {
                return normalizeNfkc(text);
            }
            if (foldChar(c) != c) {
                break;
            }
            same++;
        }
        if (same == n) {
            return text.toString();
        }
        char[] out = new char[n];
        for (int i = 0; i < same; i++) {
            out[i] = text.charAt(i);
        }
        int k = same;
        for (int i = same; i < n; i++) {
            char c = text.charAt(i);
            if (c >= NFKC_INERT.length || !NFKC_INERT[c]) {
                return normalizeNfkc(text);
            }
            char folded = foldChar(c);
            if (folded != 0) {
                out[k++] = folded;
            }
        }
        return new String(out, 0, k);
    }

    private String normalizeNfkc(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            char folded = foldChar(c);
            if (folded != 0) {
                out.append(folded);
            }
        }
        String result = out.toString();
        // A dropped char may leave two marks it kept apart side by side, out of canonical order (˘, a tatweel, U+0316 folds
        // to a space, U+0306, U+0316): one more pass orders them, so that folding stays idempotent. Each pass that
        // goes on is shorter than the one before.
        return result.length() < nfkc.length() && !Normalizer.isNormalized(result, Normalizer.Form.NFKC)
                ? normalizeNfkc(result) : result;
    }

    /**
     * Chars that NFKC leaves alone in any text made only of such chars, up to the order of marks that folding
     * drops anyway: ASCII to the Arabic block and general punctuation (« » – ” …), less the hamza and madda marks that compose with a letter
     * before them (ا + ٔ → أ), the few compatibility letters (ٵ), and marks that folding keeps. Text made of
     * these (nearly all Arabic news text) folds without the NFKC pass, which is most of the cost of folding.
     */
    private static final boolean[] NFKC_INERT = nfkcInert();

    private static boolean[] nfkcInert() {
        boolean[] inert = new boolean[TABLE_SIZE];
        for (char c = 0; c < inert.length; c++) {
            // Between the Arabic block and general punctuation lie scripts with letters that compose with a
            // letter before them (Hangul vowels, some Indic vowel signs); they take the NFKC pass.
            if (c >= 0x0700 && c < 0x2000) {
                continue;
            }
            String s = String.valueOf(c);
            boolean stable = Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            boolean composes = c >= '\u0653' && c <= '\u0655';
            inert[c] = c < 0x80 || (stable && !composes && (!mark || isDiacritic(c)));
        }
        return inert;
    }

    /** Returns the folded char, or 0 to drop it. */
    char foldChar(char c) {
        return c < TABLE_SIZE ? table[c] : fold(c);
    }

    private char fold(char c) {
        if (isDiacritic(c) || c == TATWEEL || isInvisible(c)) {
            return 0;
        }
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA, FARSI_YEH, YEH_BARREE, E_YEH, KURDISH_YEH, YEH_HAMZA:
                return YEH;
            case WAW_HAMZA:
                return WAW;
            case KEHEH:
                return KAF;
            case HEH_YEH_ABOVE, HEH_GOAL:
                return HEH;
            case TEH_MARBUTA:
                return keepTehMarbuta ? TEH_MARBUTA : HEH;
            case '\u00A0', '\u2007', '\u202F':
                return ' ';
            default:
                return Digits.foldDigit(c);
        }
    }

    /** Harakat, superscript alef and Quranic annotation marks. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF || (c >= '\u06D6' && c <= '\u06ED');
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }
}
