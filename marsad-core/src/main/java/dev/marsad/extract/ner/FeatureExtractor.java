package dev.marsad.extract.ner;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.CliticSplitter;

/**
 * Turns a sentence of tokens into hashed feature keys, one array per token. Features: the folded word and its
 * clitic-free stem, the proclitic, stem prefixes and suffixes, word shape, the two words either side, word
 * bigrams, name-list membership of the word, its stem and its neighbours, multi-word list matches, and title /
 * role / head-noun cues before and after (for example {@code الرئيس الروسي} two words back). Thread-safe.
 */
final class FeatureExtractor {
    private static final long OUTSIDE = Hashing.of("<S>");
    private static final char YEH = '\u064A';
    private static final int MAX_TRIGRAM_WORD = 14;

    private final NerLexicon lexicon;

    FeatureExtractor(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    long[][] extract(String[] raw) {
        int n = raw.length;
        String[] folded = new String[n];
        String[] stems = new String[n];
        String[] articleForms = new String[n];
        long[] hf = new long[n];
        long[] hs = new long[n];
        long[] hp = new long[n];
        int[] flags = new int[n];
        int[] stemFlags = new int[n];
        int[] cues = new int[n];
        int[] shapes = new int[n];
        for (int i = 0; i < n; i++) {
            folded[i] = ArabicNormalizer.fold(raw[i]);
            CliticSplitter.Split split = CliticSplitter.split(raw[i]);
            stems[i] = split.prefix().isEmpty() ? folded[i] : ArabicNormalizer.fold(split.stem());
            articleForms[i] = ArabicNormalizer.fold(CliticSplitter.stripParticles(raw[i]));
            hf[i] = Hashing.of(folded[i]);
            hs[i] = Hashing.of(stems[i]);
            hp[i] = Hashing.mix(Hashing.of(ArabicNormalizer.fold(split.prefix())), split.hasArticle() ? 1 : 0);
            flags[i] = lexicon.tokenFlags(hf[i]);
            stemFlags[i] = (hs[i] == hf[i] ? 0 : lexicon.tokenFlags(hs[i]))
                    | (articleForms[i].equals(folded[i]) ? 0 : lexicon.tokenFlags(Hashing.of(articleForms[i])));
            cues[i] = lexicon.cueTypes(hf[i]) | lexicon.cueTypes(hs[i]);
            shapes[i] = shape(raw[i]);
        }
        int[] phrase = phraseTags(folded, stems, articleForms);
        long[][] out = new long[n][];
        long[] buf = new long[128];
        for (int i = 0; i < n; i++) {
            int k = 0;
            buf[k++] = Hashing.mix(1, 0);
            buf[k++] = Hashing.mix(2, hf[i]);
            buf[k++] = Hashing.mix(3, hs[i]);
            buf[k++] = Hashing.mix(4, hp[i]);
            buf[k++] = Hashing.mix(5, at(hf, i - 1));
            buf[k++] = Hashing.mix(6, at(hf, i + 1));
            buf[k++] = Hashing.mix(7, at(hf, i - 2));
            buf[k++] = Hashing.mix(8, at(hf, i + 2));
            buf[k++] = Hashing.mix(9, at(hs, i - 1));
            buf[k++] = Hashing.mix(10, at(hs, i + 1));
            buf[k++] = Hashing.mix(Hashing.mix(11, at(hf, i - 1)), hf[i]);
            buf[k++] = Hashing.mix(Hashing.mix(12, hf[i]), at(hf, i + 1));
            String s = stems[i];
            int len = s.length();
            buf[k++] = Hashing.mix(13, Hashing.of(s, Math.max(0, len - 2), len));
            buf[k++] = Hashing.mix(14, Hashing.of(s, Math.max(0, len - 3), len));
            buf[k++] = Hashing.mix(15, Hashing.of(s, 0, Math.min(2, len)));
            buf[k++] = Hashing.mix(16, Hashing.of(s, 0, Math.min(3, len)));
            buf[k++] = Hashing.mix(17, shapeAt(shapes, i) * 64 + shapeAt(shapes, i - 1) * 8 + shapeAt(shapes, i + 1));
            buf[k++] = Hashing.mix(18, Math.min(len, 9));
            k = bits(buf, k, 19, flags[i]);
            k = bits(buf, k, 20, stemFlags[i]);
            k = bits(buf, k, 21, i > 0 ? flags[i - 1] | stemFlags[i - 1] : 0);
            k = bits(buf, k, 22, i + 1 < n ? flags[i + 1] | stemFlags[i + 1] : 0);
            buf[k++] = Hashing.mix(23, phrase[i]);
            int cuePrev = i > 0 ? cues[i - 1] : 0;
            int cuePrev2 = i > 1 ? cues[i - 2] : 0;
            buf[k++] = Hashing.mix(24, cuePrev);
            buf[k++] = Hashing.mix(25, cuePrev2);
            boolean nisba = i > 0 && folded[i - 1].length() > 2 && folded[i - 1].charAt(folded[i - 1].length() - 1) == YEH;
            buf[k++] = Hashing.mix(26, cuePrev2 * 2 + (nisba ? 1 : 0));
            buf[k++] = Hashing.mix(27, i + 1 < n ? cues[i + 1] : 0);
            buf[k++] = Hashing.mix(28, cues[i]);
            buf[k++] = Hashing.mix(29, i == 0 ? 1 : 0);
            buf[k++] = Hashing.mix(Hashing.mix(30, cuePrev), hs[i]);
            buf[k++] = Hashing.mix(31, Hashing.of(s, Math.max(0, len - 4), len));
            buf[k++] = Hashing.mix(32, Hashing.of(s, 0, Math.min(4, len)));
            buf[k++] = Hashing.mix(Hashing.mix(33, at(hs, i - 1)), hs[i]);
            buf[k++] = Hashing.mix(34, i > 0 ? suffix2(stems[i - 1]) : OUTSIDE);
            buf[k++] = Hashing.mix(35, i + 1 < n ? suffix2(stems[i + 1]) : OUTSIDE);
            buf[k++] = Hashing.mix(Hashing.mix(36, cuePrev), flags[i] | stemFlags[i]);
            k = trigrams(buf, k, s);
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    /** B/I marks (1..3 begin, 4..6 inside by type) of the longest listed multi-word names. */
    private int[] phraseTags(String[] folded, String[] stems, String[] articleForms) {
        int n = folded.length;
        int[] tags = new int[n];
        for (int i = 0; i < n; i++) {
            for (int len = Math.min(NerLexicon.MAX_PHRASE, n - i); len >= 2; len--) {
                int type = matchType(folded, stems[i], articleForms[i], i, len);
                if (type >= 0) {
                    tags[i] = tags[i] == 0 ? 1 + type : tags[i];
                    for (int j = i + 1; j < i + len; j++) {
                        tags[j] = tags[j] == 0 ? 4 + type : tags[j];
                    }
                    break;
                }
            }
        }
        return tags;
    }

    private int matchType(String[] folded, String stem, String articleForm, int from, int len) {
        for (String first : new String[] {folded[from], stem, articleForm}) {
            long h = Hashing.of(first);
            for (int j = from + 1; j < from + len; j++) {
                h = Hashing.extend(h, folded[j]);
            }
            int types = lexicon.phraseTypes(h);
            if (types != 0) {
                return Integer.numberOfTrailingZeros(types);
            }
        }
        return -1;
    }

    private static long suffix2(String s) {
        return Hashing.of(s, Math.max(0, s.length() - 2), s.length());
    }

    /**
     * Letter trigrams of the stem with boundary marks: transliterated foreign names share letter patterns
     * (long vowels written out, ـفيلد، ـوف، ـسكي) that a word feature cannot generalise from.
     */
    private static int trigrams(long[] buf, int k, String stem) {
        int len = stem.length();
        if (len < 2 || len > MAX_TRIGRAM_WORD) {
            return k;
        }
        int kk = k;
        for (int j = -1; j + 2 <= len; j++) {
            long h = Hashing.mix(37, j < 0 ? '^' : stem.charAt(j));
            h = Hashing.mix(h, stem.charAt(j + 1));
            h = Hashing.mix(h, j + 2 < len ? stem.charAt(j + 2) : '$');
            buf[kk++] = h;
        }
        return kk;
    }

    private static int bits(long[] buf, int k, int template, int flags) {
        int f = flags;
        while (f != 0) {
            int b = Integer.numberOfTrailingZeros(f);
            buf[k++] = Hashing.mix(template, b);
            f &= f - 1;
        }
        return k;
    }

    private static long at(long[] hashes, int i) {
        return i >= 0 && i < hashes.length ? hashes[i] : OUTSIDE;
    }

    private static int shapeAt(int[] shapes, int i) {
        return i >= 0 && i < shapes.length ? shapes[i] : 7;
    }

    /** 0 punctuation, 1 has a digit, 2 Latin, 3 Arabic, 4 other letters. */
    private static int shape(String token) {
        int shape = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                return 1;
            }
            if (Character.isLetter(c)) {
                shape = c < 0x0250 ? 2 : (c >= 0x0600 && c <= 0x06FF ? 3 : Math.max(shape, 4));
            }
        }
        return shape;
    }
}
