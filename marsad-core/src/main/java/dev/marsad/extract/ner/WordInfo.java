package dev.marsad.extract.ner;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.CliticSplitter;

/**
 * Everything the tagger derives from one word regardless of its neighbours: folded forms, lexicon flags, cue
 * types and the hashed features it contributes at each relative position (as the current word, as the word
 * before or after it, two before or after). Computed once per distinct word at run time. Immutable.
 */
final class WordInfo {
    static final long OUTSIDE = Hashing.of("<S>");
    private static final int MAX_TRIGRAM_WORD = 14;

    final String folded;
    final String stem;
    final String articleForm;
    final long hf;
    final long hs;
    final long ha;
    /** Hash of the word without a leading particle letter (و ف ب ل ك), or {@link #hf}: وبيونغ → بيونغ. */
    final long hp1;
    /** True when some form of the word belongs to a name of the curated current-news list. */
    final boolean curated;
    /** True when a listed multi-word name may start with this word (in any of its three forms). */
    final boolean phraseStart;
    final int flags;
    final int cues;
    final int shape;
    final boolean nisba;
    /** True when the word carries the definite article (after any particle): الخارجية، والدولي. */
    final boolean article;
    final long[] self;
    final long[] asPrev;
    final long[] asNext;
    final long[] asPrev2;
    final long[] asNext2;

    WordInfo(String raw, NerLexicon lexicon) {
        folded = ArabicNormalizer.fold(raw);
        CliticSplitter.Split split = CliticSplitter.split(raw);
        stem = split.prefix().isEmpty() ? folded : ArabicNormalizer.fold(split.stem());
        articleForm = ArabicNormalizer.fold(CliticSplitter.stripParticles(raw));
        hf = Hashing.of(folded);
        hs = Hashing.of(stem);
        ha = Hashing.of(articleForm);
        hp1 = folded.length() > 3 && "\u0648\u0641\u0628\u0644\u0643".indexOf(folded.charAt(0)) >= 0
                ? Hashing.of(folded, 1, folded.length()) : hf;
        long hp = Hashing.mix(Hashing.of(ArabicNormalizer.fold(split.prefix())), split.hasArticle() ? 1 : 0);
        int own = lexicon.tokenFlags(hf);
        int stemFlags = (hs == hf ? 0 : lexicon.tokenFlags(hs))
                | (ha == hf ? 0 : lexicon.tokenFlags(ha));
        flags = own | stemFlags;
        curated = ((flags | (hp1 == hf ? 0 : lexicon.tokenFlags(hp1))) & NerLexicon.CURATED_ANY) != 0;
        phraseStart = ((flags | lexicon.tokenFlags(ha)) & NerLexicon.PHRASE_FIRST) != 0;
        cues = lexicon.cueTypes(hf) | lexicon.cueTypes(hs);
        shape = shape(raw);
        nisba = folded.length() > 2 && folded.charAt(folded.length() - 1) == '\u064A';
        article = split.hasArticle();
        int cls = wordClass(lexicon);
        int fine = cls & 1023;
        int coarse = (cls >>> 10) & 63;
        self = selfFeatures(hp, own, stemFlags, fine, coarse);
        long sfx = Hashing.of(stem, Math.max(0, stem.length() - 2), stem.length());
        asPrev = withBits(new long[] {FeatureTemplate.PREV_WORD.key(hf), FeatureTemplate.PREV_STEM.key(hs),
            FeatureTemplate.PREV_CUES.key(cues), FeatureTemplate.PREV_SUFFIX2.key(sfx),
            FeatureTemplate.PREV_WORD_CLASS.key(fine), FeatureTemplate.PREV_WORD_CLUSTER.key(coarse)},
            FeatureTemplate.PREV_FLAGS, flags);
        asNext = withBits(new long[] {FeatureTemplate.NEXT_WORD.key(hf), FeatureTemplate.NEXT_STEM.key(hs),
            FeatureTemplate.NEXT_CUES.key(cues), FeatureTemplate.NEXT_SUFFIX2.key(sfx),
            FeatureTemplate.NEXT_WORD_CLASS.key(fine), FeatureTemplate.NEXT_WORD_CLUSTER.key(coarse)},
            FeatureTemplate.NEXT_FLAGS, flags);
        asPrev2 = new long[] {FeatureTemplate.PREV2_WORD.key(hf), FeatureTemplate.PREV2_CUES.key(cues)};
        asNext2 = new long[] {FeatureTemplate.NEXT2_WORD.key(hf)};
    }

    /** Features of a missing neighbour before the sentence start (index 0: previous, 1: two before). */
    static final long[][] BEFORE_START = {
        {FeatureTemplate.PREV_WORD.key(OUTSIDE), FeatureTemplate.PREV_STEM.key(OUTSIDE), FeatureTemplate.PREV_CUES.key(0),
            FeatureTemplate.PREV_SUFFIX2.key(OUTSIDE),
            FeatureTemplate.PREV_WORD_CLASS.key(OUTSIDE), FeatureTemplate.PREV_WORD_CLUSTER.key(OUTSIDE)},
        {FeatureTemplate.PREV2_WORD.key(OUTSIDE), FeatureTemplate.PREV2_CUES.key(0)}};
    /** Features of a missing neighbour after the sentence end (index 0: next, 1: two after). */
    static final long[][] AFTER_END = {
        {FeatureTemplate.NEXT_WORD.key(OUTSIDE), FeatureTemplate.NEXT_STEM.key(OUTSIDE), FeatureTemplate.NEXT_CUES.key(0),
            FeatureTemplate.NEXT_SUFFIX2.key(OUTSIDE),
            FeatureTemplate.NEXT_WORD_CLASS.key(OUTSIDE), FeatureTemplate.NEXT_WORD_CLUSTER.key(OUTSIDE)},
        {FeatureTemplate.NEXT2_WORD.key(OUTSIDE)}};

    /**
     * The word's classes learnt from unlabelled news: of the word as written, else without the article and
     * particles, else of its clitic-free stem (a clitic form too rare to be clustered). 0 when none is known.
     */
    private int wordClass(NerLexicon lexicon) {
        int c = lexicon.wordClass(hf);
        if (c == 0 && ha != hf) {
            c = lexicon.wordClass(ha);
        }
        if (c == 0 && hs != hf) {
            c = lexicon.wordClass(hs);
        }
        return c;
    }

    private long[] selfFeatures(long hp, int own, int stemFlags, int fine, int coarse) {
        long[] buf = new long[80];
        int k = 0;
        buf[k++] = FeatureTemplate.WORD_CLASS.key(fine);
        buf[k++] = FeatureTemplate.WORD_CLUSTER.key(coarse);
        int len = stem.length();
        buf[k++] = FeatureTemplate.BIAS.key(0);
        buf[k++] = FeatureTemplate.WORD.key(hf);
        buf[k++] = FeatureTemplate.STEM.key(hs);
        buf[k++] = FeatureTemplate.PROCLITIC.key(hp);
        buf[k++] = FeatureTemplate.SUFFIX2.key(Hashing.of(stem, Math.max(0, len - 2), len));
        buf[k++] = FeatureTemplate.SUFFIX3.key(Hashing.of(stem, Math.max(0, len - 3), len));
        buf[k++] = FeatureTemplate.PREFIX2.key(Hashing.of(stem, 0, Math.min(2, len)));
        buf[k++] = FeatureTemplate.PREFIX3.key(Hashing.of(stem, 0, Math.min(3, len)));
        buf[k++] = FeatureTemplate.LENGTH.key(Math.min(len, 9));
        buf[k++] = FeatureTemplate.CUES.key(cues);
        buf[k++] = FeatureTemplate.SUFFIX4.key(Hashing.of(stem, Math.max(0, len - 4), len));
        buf[k++] = FeatureTemplate.PREFIX4.key(Hashing.of(stem, 0, Math.min(4, len)));
        k = bits(buf, k, FeatureTemplate.FLAGS, own);
        k = bits(buf, k, FeatureTemplate.STEM_FLAGS, stemFlags);
        k = trigrams(buf, k);
        return java.util.Arrays.copyOf(buf, k);
    }

    /**
     * Letter trigrams of the stem with boundary marks: transliterated foreign names share letter patterns
     * (long vowels written out, ـفيلد، ـوف، ـسكي) that a word feature cannot generalise from.
     */
    private int trigrams(long[] buf, int k) {
        int len = stem.length();
        if (len < 2 || len > MAX_TRIGRAM_WORD) {
            return k;
        }
        int kk = k;
        for (int j = -1; j + 2 <= len; j++) {
            long h = FeatureTemplate.TRIGRAM.key(j < 0 ? '^' : stem.charAt(j));
            h = Hashing.mix(h, stem.charAt(j + 1));
            buf[kk++] = Hashing.mix(h, j + 2 < len ? stem.charAt(j + 2) : '$');
        }
        return kk;
    }

    private static long[] withBits(long[] base, FeatureTemplate template, int flags) {
        long[] buf = java.util.Arrays.copyOf(base, base.length + Integer.bitCount(flags));
        bits(buf, base.length, template, flags);
        return buf;
    }

    static int bits(long[] buf, int k, FeatureTemplate template, int flags) {
        int f = flags;
        int kk = k;
        while (f != 0) {
            buf[kk++] = template.key(Integer.numberOfTrailingZeros(f));
            f &= f - 1;
        }
        return kk;
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
