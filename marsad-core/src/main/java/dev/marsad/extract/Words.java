package dev.marsad.extract;

import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The word tokens of an article with their folded forms and proclitic-free forms, computed once per article
 * and shared by the finders.
 *
 * @param tokens   word and punctuation tokens in order
 * @param folded   folded form of each token
 * @param bare     folded form without proclitics (و ف ب ل ك and combinations before ال); equals folded when none
 * @param prefixes number of chars of proclitic before the bare form, per token
 * @param isWord   {@link Token#isWord()} of each token
 * @param skeletons {@link NameKey#wordSkeleton} of each bare form, filled in on first use ({@link #skeleton})
 * @param phraseStarts whether a listed phrase may start at each token (0 not yet known, 1 no, 2 yes), filled
 *                 in on first use ({@link #mayStartPhrase})
 */
record Words(List<Token> tokens, List<String> folded, List<String> bare, int[] prefixes, boolean[] isWord,
        String[] skeletons, byte[] phraseStarts) {

    static Words of(String text) {
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        List<String> folded = new ArrayList<>(tokens.size());
        List<String> bare = new ArrayList<>(tokens.size());
        int[] prefixes = new int[tokens.size()];
        boolean[] isWord = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            // A token has no spaces, so folding and lower-casing is all Lexicon.fold would do.
            String f = dev.marsad.text.ArabicNormalizer.foldLower(tokens.get(i).text());
            folded.add(f);
            int p = procliticLength(f);
            prefixes[i] = p;
            bare.add(p == 0 ? f : (f.startsWith("لل", 0) && p == 1 ? "ا" + f.substring(1) : f.substring(p)));
            // Asked several times per token by the finders, so answered once.
            isWord[i] = tokens.get(i).isWord();
        }
        return new Words(tokens, folded, bare, prefixes, isWord, new String[tokens.size()], new byte[tokens.size()]);
    }

    /**
     * True when a title, organisation or place phrase may start at token {@code i} ({@link Lexicon#mayStartPhrase}
     * of its bare or folded form); the rule finders ask several times per token, so it is worked out once.
     */
    boolean mayStartPhrase(int i) {
        if (phraseStarts[i] == 0) {
            // Without proclitics the bare form is the folded one itself: asking twice would give the same answer.
            String b = bare.get(i);
            String f = folded.get(i);
            boolean may = Lexicon.mayStartPhrase(b) || (b != f && Lexicon.mayStartPhrase(f));
            phraseStarts[i] = (byte) (may ? 2 : 1);
        }
        return phraseStarts[i] == 2;
    }

    /** {@link NameKey#wordSkeleton} of bare form {@code i}, worked out once and only when asked for. */
    String skeleton(int i) {
        String s = skeletons[i];
        if (s == null) {
            s = NameKey.wordSkeleton(bare.get(i));
            skeletons[i] = s;
        }
        return s;
    }

    int size() {
        return tokens.size();
    }

    /** The index of the token that holds char offset {@code offset}, or -1 when it falls between tokens. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() && tokens.get(lo).start() <= offset ? lo : -1;
    }

    boolean isWord(int i) {
        return isWord[i];
    }

    /**
     * Length of the proclitics before a word with the article, for matching names: و/ف, then ب/ل/ك, before ال
     * (وبالكرملين → الكرملين, للبيت → البيت as ل+ال). A single letter before a word without the article is
     * ambiguous (فلاديمير, وزير, بيان begin with those letters), so it is left for {@link #withoutFirstLetter}.
     */
    static int procliticLength(String f) {
        int i = f.length() > 4 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') ? 1 : 0;
        // At least three letters after the article: كالين (Kalin) and بالغ are no ك/ب before ال.
        if (f.length() - i >= 6 && "بلك".indexOf(f.charAt(i)) >= 0 && f.startsWith("ال", i + 1)) {
            return i + 1;
        }
        if (f.length() - i > 3 && f.startsWith("لل", i)) {
            return i + 1;
        }
        return f.startsWith("ال", i) ? i : 0;
    }

    /**
     * The folded word without a leading و ف ب ل ك when at least three letters remain (وبيونغ → بيونغ,
     * بكيم → كيم, لبي بي سي → بي بي سي), or empty. Matchers try it only after the word itself failed.
     */
    java.util.Optional<String> withoutFirstLetter(int i) {
        String f = folded.get(i);
        if (prefixes[i] == 0 && f.length() >= 3 && "وفبلك".indexOf(f.charAt(0)) >= 0 && !f.startsWith("ال", 1)) {
            return java.util.Optional.of(f.substring(1));
        }
        return java.util.Optional.empty();
    }
}
