package dev.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Turns text into the terms used for matching articles (similarity, clustering, summaries). Thread-safe.
 *
 * <p>Rules, in order: {@link ArabicTokenizer} words; {@link ArabicNormalizer#fold}; Lucene's Arabic stop
 * words (folded the same way) dropped; Lucene's {@link ArabicStemmer} light stemming (ال، وال، بال… prefixes
 * and ها، ات، ون، ين، ية… suffixes), so that {@code والصواريخ} and {@code صواريخ} match; Latin lower-cased
 * with {@code Locale.ROOT}; terms shorter than two chars dropped. Lucene's stemmer is used rather than a
 * hand-written one because it is the well-kept reference light stemmer (Larkey et al. 2007).
 */
public final class MatchTerms {
    private static final CharArraySet STOP = foldedStopWords();

    private MatchTerms() {
    }

    /** The matching terms of {@code text}, in text order (repeats kept, for term frequencies). */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        ArabicStemmer stemmer = new ArabicStemmer();
        for (Token token : ArabicTokenizer.tokenize(text)) {
            if (!token.isWord()) {
                continue;
            }
            String folded = token.folded().toLowerCase(java.util.Locale.ROOT);
            if (STOP.contains(folded)) {
                continue;
            }
            char[] chars = folded.toCharArray();
            int len = stemmer.stem(chars, chars.length);
            if (len >= 2 && !STOP.contains(chars, 0, len)) {
                out.add(new String(chars, 0, len));
            }
        }
        return out;
    }

    /** Folded words only, with no stemming or stop words: the plain baseline and dedupe shingles use these. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token token : ArabicTokenizer.tokenize(text)) {
            if (token.isWord()) {
                out.add(token.folded().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet lucene = ArabicAnalyzer.getDefaultStopSet();
        CharArraySet folded = new CharArraySet(lucene.size() * 2, false);
        for (Object word : lucene) {
            String w = word instanceof char[] c ? new String(c) : word.toString();
            folded.add(w);
            folded.add(ArabicNormalizer.fold(w));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
