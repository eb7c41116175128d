package dev.marsad.extract;

import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word tokens of an article with their folded forms and proclitic-free forms, computed once per article
 * and shared by the finders.
 *
 * @param tokens   word and punctuation tokens in order
 * @param folded   folded form of each token
 * @param bare     folded form without proclitics (و ف ب ل ك and combinations before ال); equals folded when none
 * @param prefixes number of chars of proclitic before the bare form, per token
 * @param skeletons {@link NameKey#wordSkeleton} of each bare form
 * @param isWord   {@link Token#isWord()} of each token
 */
record Words(List<Token> tokens, List<String> folded, List<String> bare, int[] prefixes, List<String> skeletons,
        boolean[] isWord) {
    private static final int MAX_CACHED_TOKENS = 200_000;
    /**
     * The forms of each distinct token text met so far: they depend on the text alone, and news vocabulary is
     * Zipfian, so the first tokens seen cover most later ones. Bounded; thread-safe.
     */
    private static final ConcurrentHashMap<String, Forms> FORMS = new ConcurrentHashMap<>();

    /** What {@link #of} derives from one token's text. */
    private record Forms(String folded, String bare, int prefix, String skeleton, boolean isWord) {
    }

    static Words of(String text) {
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        List<String> folded = new ArrayList<>(tokens.size());
        List<String> bare = new ArrayList<>(tokens.size());
        List<String> skeletons = new ArrayList<>(tokens.size());
        int[] prefixes = new int[tokens.size()];
        boolean[] isWord = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Forms forms = FORMS.get(token.text());
            if (forms == null) {
                forms = forms(token);
                if (FORMS.size() < MAX_CACHED_TOKENS) {
                    FORMS.put(token.text(), forms);
                }
            }
            folded.add(forms.folded());
            bare.add(forms.bare());
            prefixes[i] = forms.prefix();
            skeletons.add(forms.skeleton());
            isWord[i] = forms.isWord();
        }
        return new Words(tokens, folded, bare, prefixes, skeletons, isWord);
    }

    private static Forms forms(Token token) {
        // A token has no spaces, so folding and lower-casing is all Lexicon.fold would do.
        String f = dev.marsad.text.ArabicNormalizer.foldLower(token.text());
        int p = procliticLength(f);
        String b = p == 0 ? f : (f.startsWith("لل", 0) && p == 1 ? "ا" + f.substring(1) : f.substring(p));
        return new Forms(f, b, p, NameKey.wordSkeleton(b), token.isWord());
    }

    int size() {
        return tokens.size();
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
        if (f.length() - i > 3 && "بلك".indexOf(f.charAt(i)) >= 0 && f.startsWith("ال", i + 1)) {
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
